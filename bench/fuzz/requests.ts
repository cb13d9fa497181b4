/**
 * Hostile requests for every route, as fast-check arbitraries: random unicode and control characters,
 * huge and odd numbers, wrong JSON types, 100 kB and over-limit bodies, odd `at` values, percent-encoded
 * and malformed paths, wrong content types; Telegram updates with and without the webhook secret, and
 * Twilio webhooks signed over PUBLIC_BASE_URL + path or not.
 */
import fc from 'fast-check';
import twilio from 'twilio';

/** Percent-encodes `s` (lone surrogates, which cannot be encoded, as `x`). */
const encode = (s: string): string => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, 'x'));

export interface FuzzRequest {
  readonly family: string;
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface FuzzContext {
  /** Runners that exist (with a plan, and still onboarding). */
  readonly athleteIds: readonly string[];
  readonly webhookSecret: string;
  readonly twilioAuthToken: string;
  readonly publicBaseUrl: string;
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007\u0008\u001b[31m',
  '\r\n\r\n',
  '\uFEFF',
  '\u202Eevil',
  '\uD800',
  '\uDFFF\uD800',
  '💩'.repeat(50),
  'ﷺ'.repeat(20),
  "'; drop table athletes; --",
  '" or 1=1 --',
  '$1',
  '%s%s%s%n',
  '${7*7}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(400),
  'rpe 6.5',
  '6,5',
  '6-7',
  'ran 1e308 km in 0 min',
  'ran 99999999999999999999 km in 1:00',
  'slept 6.5h resting hr 52,5 soreness 3.5/10 stress 4-5/10',
  'knee pain 2.5/10',
  'ran 16 km in 42 min',
  'ran -5 km in -3 min',
  'ran 5k in 25:99:99',
  'delete everything',
  'yes',
  '/start',
  '/export',
  '/delete',
  'move my long run to 31 feb',
  'race on 2027-02-30 target 0:00:01',
];

const text = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    {
      weight: 2,
      arbitrary: fc.string({
        unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)),
        maxLength: 20,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('x'.repeat(100_000), 'ran 5k '.repeat(15_000), '💩'.repeat(30_000)),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'ran',
            'rpe',
            'slept',
            'resting hr',
            'soreness',
            'stress',
            'knee pain',
            'hrv',
            'cadence',
            'max hr',
            'raced a 5k in',
          ),
          numberText(),
          fc.constantFrom('', 'km', 'k', 'mi', 'min', 'h', '/10', 'bpm', ' in 25:00', ' in 1e3 min'),
        )
        .map(([w, n, u]) => `${w} ${n}${u}`),
    },
  );

const numberText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom(
      '6.5',
      '6,5',
      '6-7',
      '2.5',
      '1e308',
      '-1',
      '0',
      '00',
      '1_000',
      '0x1f',
      '１２',
      '٣',
      'Infinity',
      '9'.repeat(40),
    ),
  );

const hugeNumber = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      -0,
      2 ** 31,
      -(2 ** 31) - 1,
      0.1 + 0.2,
      1e-320,
    ),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
  );

const oddAt = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(
      '2026-02-30T00:00:00Z',
      '2026-12-01T25:61:00Z',
      '9999-12-31T23:59:59Z',
      '0000-01-01T00:00:00Z',
      '+275760-09-13T00:00:00.000Z',
      '-271821-04-20T00:00:00Z',
      '2026-12-01',
      '2026-12-01T00:00:00+14:00',
      '2026-12-01T00:00:00-12:00',
      'now',
      'yesterday',
      '',
      '1',
      'T',
      '2026-13-45',
    ),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    hugeNumber(),
    fc.constantFrom(null, true, [], {}),
  );

/** Any JSON value, wrong types included. */
const anyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 2, arbitrary: hugeNumber() },
    { weight: 2, arbitrary: text() },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [[[[[]]]]]) },
  );

const record = (
  keys: readonly string[],
  value: () => fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> =>
  fc.dictionary(fc.constantFrom(...keys), value(), { maxKeys: keys.length });

/** A body as sent: JSON of a value, raw text that is not JSON, or nothing. */
const rawBody = (value: fc.Arbitrary<unknown>): fc.Arbitrary<string | undefined> =>
  fc.oneof(
    { weight: 8, arbitrary: value.map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '{',
        '{"text":',
        '[1,2',
        '{"a":1}{"b":2}',
        '\u0000',
        'x'.repeat(1_100_000),
        '{"text":"\\ud800"}',
        '{"__proto__":{"x":1}}',
        '{"constructor":{"prototype":{}}}',
      ),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

const contentType = (): fc.Arbitrary<string | undefined> =>
  fc.oneof(
    { weight: 10, arbitrary: fc.constant('application/json') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        undefined,
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=utf-16',
        'application/json; charset=latin1',
        'application/octet-stream',
        'application/*',
        '',
        'application/json\u0000',
      ),
    },
  );

/** An id in a path: a real runner, a random uuid, or hostile segments (malformed % escapes among them). */
const idSegment = (ctx: FuzzContext): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...ctx.athleteIds) },
    { weight: 3, arbitrary: fc.uuid() },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '%E0%A4%A',
        '%zz',
        '%',
        '%00',
        '%C0%80',
        '%F0%9F%98',
        '%2e%2e%2f%2e%2e',
        '..',
        '%20',
        '0',
        '-1',
        'null',
        'a'.repeat(300),
        '%FF%FE',
        '%u0041',
        '00000000-0000-0000-0000-000000000000',
      ),
    },
    {
      weight: 2,
      arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => encode(s)),
    },
  );

const query = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '?',
        '?a=%E0%A4%A',
        '?filename=%00.gpx',
        '?filename=' + 'a'.repeat(5000),
        '?x=1&x=2&x[]=3',
        '?__proto__[x]=1',
        '?limit=-1&from=2026-02-30',
      ),
    },
  );

const json = (body: string | undefined, type: string | undefined): Record<string, string> =>
  body === undefined || type === undefined ? {} : { 'content-type': type };

function apiRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const id = idSegment(ctx);
  const messageBody = fc.oneof(
    {
      weight: 5,
      arbitrary: record(['text', 'at'], () => fc.oneof(text(), oddAt())).map((r) => ({
        text: 'hello',
        ...r,
      })),
    },
    { weight: 2, arbitrary: fc.record({ option: anyJson(), at: oddAt() }, { requiredKeys: [] }) },
    {
      weight: 2,
      arbitrary: fc.record({
        option: fc.record(
          {
            kind: fc.constantFrom(
              'rpe',
              'decision',
              'confirm',
              'persona',
              'units',
              'goal',
              'level',
              'long-day',
              'none',
              'x',
            ),
            value: hugeNumber(),
            answer: anyJson(),
            ids: fc.array(fc.oneof(fc.uuid(), text()), { maxLength: 3 }),
          },
          { requiredKeys: ['kind'] },
        ),
      }),
    },
    { weight: 1, arbitrary: anyJson() },
  );
  const athleteFields = record(
    [
      'name',
      'timezone',
      'units',
      'persona',
      'birthYear',
      'age',
      'sex',
      'maxHr',
      'restingHr',
      'lthr',
      'phone',
      'telegramChatId',
      'race',
      'goal',
      'days',
      'longDay',
      'weeklyKm',
      'weeklyMinutes',
      'longestRunKm',
      'level',
      'injuries',
    ],
    anyJson,
  );
  const sub = fc.constantFrom(
    'plan',
    'today',
    'activities',
    'checkins',
    'decisions',
    'export',
    'progress.png',
    'nope',
    '',
    'messages/',
    'plan/x',
  );
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          id,
          rawBody(messageBody),
          contentType(),
          fc.option(
            fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('k-1', 'a'.repeat(200), 'a b', 'é')),
          ),
          query(),
        )
        .map(([i, body, type, key, q]): FuzzRequest => ({
          family: 'POST messages',
          method: 'POST',
          path: `/api/athletes/${i}/messages${q}`,
          headers: {
            ...json(body, type),
            ...(key !== null ? { 'idempotency-key': encode(key) } : {}),
          },
          ...(body !== undefined ? { body } : {}),
        })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(rawBody(athleteFields), contentType()).map(([body, type]): FuzzRequest => ({
        family: 'POST athletes',
        method: 'POST',
        path: '/api/athletes',
        headers: json(body, type),
        ...(body !== undefined ? { body } : {}),
      })),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(id, rawBody(athleteFields), contentType()).map(([i, body, type]): FuzzRequest => ({
        family: 'PATCH athlete',
        method: 'PATCH',
        path: `/api/athletes/${i}`,
        headers: json(body, type),
        ...(body !== undefined ? { body } : {}),
      })),
    },
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.constantFrom('GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'POST'), id, sub, query())
        .map(([method, i, s, q]): FuzzRequest => ({
          family: `${method} athlete data`,
          method,
          // Only a random runner is deleted: the real ones keep the later requests meaningful.
          path: `/api/athletes/${method === 'DELETE' && ctx.athleteIds.includes(i) ? 'ffffffff-ffff-4fff-8fff-ffffffffffff' : i}${s ? `/${s}` : ''}${q}`,
          headers: {},
        })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          id,
          fc.oneof(
            text(),
            fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1')),
          ),
          fc.constantFrom('application/octet-stream', 'application/gpx+xml', 'text/xml', 'application/json'),
          query(),
        )
        .map(([i, body, type, q]): FuzzRequest => ({
          family: 'POST activity import',
          method: 'POST',
          path: `/api/athletes/${i}/activities/import${q}`,
          headers: { 'content-type': type, 'x-filename': encode(body.slice(0, 30)) },
          body,
        })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom('GET', 'POST', 'DELETE'),
          fc.constantFrom(
            '/health',
            '/ready',
            '/',
            '/%',
            '/%E0%A4%A',
            '/api',
            '/api/',
            '/api/athletes/',
            '//api//athletes',
            '/health%00',
            '/call',
            '/call?%zz',
            '/voice/token',
            '/favicon.ico',
            '/api/athletes/%2F',
          ),
          query(),
        )
        .map(([method, path, q]): FuzzRequest => ({
          family: 'other paths',
          method,
          path: `${path}${q}`,
          headers: {},
        })),
    },
  );
}

function telegramRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const chatId = fc.oneof(fc.integer({ min: 1, max: 50 }), hugeNumber(), text());
  const update = fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(
          fc.integer({ min: 1, max: 2 ** 31 }),
          chatId,
          text(),
          fc.oneof(fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }), hugeNumber()),
        )
        .map(([updateId, chat, t, date]) => ({
          update_id: updateId,
          message: {
            message_id: updateId,
            date,
            chat: { id: chat, type: 'private', first_name: 'Fuzz' },
            from: { id: chat, is_bot: false, first_name: 'Fuzz' },
            text: t,
            ...(typeof t === 'string' && t.startsWith('/')
              ? { entities: [{ type: 'bot_command', offset: 0, length: Math.min(t.length, 8) }] }
              : {}),
          },
        })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 2 ** 31 }), chatId, anyJson())
        .map(([updateId, chat, data]) => ({
          update_id: updateId,
          callback_query: {
            id: String(updateId),
            from: { id: chat, is_bot: false, first_name: 'F' },
            chat_instance: 'x',
            data: typeof data === 'string' ? data : JSON.stringify(data),
            message: { message_id: 1, date: 1, chat: { id: chat, type: 'private' } },
          },
        })),
    },
    { weight: 2, arbitrary: anyJson() },
    {
      weight: 1,
      arbitrary: record(
        ['update_id', 'message', 'edited_message', 'callback_query', 'my_chat_member'],
        anyJson,
      ),
    },
  );
  return fc
    .tuple(rawBody(update), contentType(), fc.constantFrom('valid', 'wrong', 'missing', 'huge'))
    .map(([body, type, secret]): FuzzRequest => ({
      family: `telegram webhook (${secret === 'valid' ? 'signed' : 'unsigned'})`,
      method: 'POST',
      path: '/telegram/webhook',
      headers: {
        ...json(body, type),
        ...(secret === 'valid' ? { 'x-telegram-bot-api-secret-token': ctx.webhookSecret } : {}),
        ...(secret === 'wrong' ? { 'x-telegram-bot-api-secret-token': 'wrong-secret' } : {}),
        ...(secret === 'huge' ? { 'x-telegram-bot-api-secret-token': 'a'.repeat(4000) } : {}),
      },
      ...(body !== undefined ? { body } : {}),
    }));
}

function voiceRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const value = fc.oneof(
    text(),
    numberText(),
    fc.constantFrom(
      '+4915112345678',
      '+1',
      'client:abc',
      'anonymous',
      'completed',
      'in-progress',
      '1',
      '2',
      '#',
      '*',
    ),
  );
  const params = record(
    [
      'CallSid',
      'From',
      'To',
      'SpeechResult',
      'Confidence',
      'Digits',
      'CallStatus',
      'AccountSid',
      'CallDuration',
      'step',
      'turn',
    ],
    () => value,
  ).map((p) => ({
    CallSid: 'CA' + 'f'.repeat(32),
    ...Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)])),
  }));
  return fc
    .tuple(
      fc.constantFrom(
        '/voice/incoming',
        '/voice/gather',
        '/voice/status',
        '/voice/gather?turn=%E0',
        '/voice/gather?step=99999999999',
      ),
      params,
      fc.constantFrom('signed', 'unsigned', 'wrong'),
      fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'text/plain'),
    )
    .map(([path, p, sign, type]): FuzzRequest => {
      const body = type === 'application/json' ? JSON.stringify(p) : new URLSearchParams(p).toString();
      const signature =
        sign === 'signed'
          ? twilio.getExpectedTwilioSignature(ctx.twilioAuthToken, `${ctx.publicBaseUrl}${path}`, p)
          : sign === 'wrong'
            ? 'AAAA'
            : undefined;
      return {
        family: `voice (${sign === 'signed' ? 'signed' : 'unsigned'})`,
        method: 'POST',
        path,
        headers: { 'content-type': type, ...(signature ? { 'x-twilio-signature': signature } : {}) },
        body,
      };
    });
}

/** Every route family, weighted toward the API the runner's data goes through. */
export function fuzzRequests(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { weight: 6, arbitrary: apiRequests(ctx) },
    { weight: 2, arbitrary: telegramRequests(ctx) },
    { weight: 2, arbitrary: voiceRequests(ctx) },
  );
}
