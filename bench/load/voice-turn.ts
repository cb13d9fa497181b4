/**
 * The load process of the voice-turn suite (bench/suites/voice-turn.ts), spawned with an IPC channel. It
 * places calls the way Twilio's voice platform does: form posts signed with the auth token over exactly
 * PUBLIC_BASE_URL + path (`twilio.getExpectedTwilioSignature`), the greeting's `<Gather>` action followed
 * for each turn, the status callback at the end. Each webhook is timed from sending the POST to reading
 * its whole answer; the signature and body are built before the clock starts and the TwiML is checked
 * after it stops. Every answer must be 200 `text/xml` TwiML with at least one `<Say>` and a `<Gather>` to
 * answer next (the status callback: 204); anything else fails the run with the answer in the message.
 */
import { performance } from 'node:perf_hooks';
import twilio from 'twilio';
import { parseTwiml, type Heard } from '../../test/fakes/twilio-caller.js';
import { TIMED_MARKER, TURN_KINDS, type Go, type LoadPlan, type LoadResult } from './voice-turn-protocol.js';
import { answerSuite } from './answer-suite.js';

/** How long one webhook may take before the run fails, ms (Twilio gives up at 15 000). */
const ANSWER_TIMEOUT_MS = 15_000;
const DAY_MS = 86_400_000;
const ACCOUNT_SID = `AC${'0'.repeat(32)}`;
const NUMBER = '+15005550006';

interface Answer {
  readonly us: number;
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/** One form post to `path`, signed over `publicBaseUrl + path` (or with `signature` as given), timed. */
async function post(
  go: Go,
  path: string,
  params: Record<string, string>,
  signature?: string,
): Promise<Answer> {
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    'user-agent': 'TwilioProxy/1.1',
    'x-twilio-signature':
      signature ?? twilio.getExpectedTwilioSignature(go.authToken, `${go.publicBaseUrl}${path}`, params),
  };
  const body = new URLSearchParams(params).toString();
  const t0 = performance.now();
  const res = await fetch(`${go.baseUrl}${path}`, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
  });
  const text = await res.text();
  const us = (performance.now() - t0) * 1000;
  return { us, status: res.status, contentType: res.headers.get('content-type') ?? '', body: text };
}

/** The answer's verbs; throws, quoting it, unless it is 200 TwiML with a `<Say>` and a `<Gather>` last. */
function checkedTwiml(what: string, answer: Answer): Heard[] {
  const fail = (why: string) =>
    new Error(
      `${what}: ${why} — answered ${answer.status} ${answer.contentType}: ${answer.body.slice(0, 600)}`,
    );
  if (answer.status !== 200) throw fail('expected 200');
  if (!/^text\/xml\b/.test(answer.contentType)) throw fail('expected text/xml');
  let verbs: Heard[];
  try {
    verbs = parseTwiml(answer.body);
  } catch (error) {
    throw fail(`not TwiML (${(error as Error).message})`);
  }
  if (!verbs.some((v) => v.verb === 'Say' && v.text !== '')) throw fail('expected a <Say>');
  if (verbs.at(-1)?.verb !== 'Gather') throw fail('expected the call to go on at a <Gather>');
  return verbs;
}

/** The path a `<Gather>` posts to, relative to PUBLIC_BASE_URL. */
function actionPath(go: Go, verbs: readonly Heard[]): string {
  const gather = verbs.at(-1);
  const action = gather?.verb === 'Gather' ? (gather.attributes.action ?? '') : '';
  const url = new URL(action, `${go.publicBaseUrl}/voice/incoming`).href;
  if (!url.startsWith(`${go.publicBaseUrl}/`))
    throw new Error(`<Gather> posts outside PUBLIC_BASE_URL: ${url}`);
  return url.slice(go.publicBaseUrl.length);
}

/** Runners with a plan and a linked phone, made through the HTTP API (setup, not timed). */
async function createRunners(go: Go, plan: LoadPlan): Promise<string[]> {
  const raceDate = new Date(Date.now() + 182 * DAY_MS).toISOString().slice(0, 10);
  const phones: string[] = [];
  for (let i = 0; i < plan.runners; i++) {
    const phone = `+49151000${String(10_001 + i)}`;
    const res = await fetch(`${go.baseUrl}/api/athletes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: `Bench${i}`,
        timezone: 'UTC',
        phone,
        race: { distance: '10k', time: '50:00' },
        goal: { distance: 'marathon', raceDate },
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        longDay: 'sun',
        weeklyKm: 50,
        level: 'intermediate',
      }),
    });
    if (res.status !== 201) throw new Error(`creating runner ${i}: ${res.status} ${await res.text()}`);
    phones.push(phone);
  }
  return phones;
}

interface CallTimes {
  incomingUs: number;
  turnsUs: number[][];
  statusUs: number;
  greeting: string;
  checked: number;
}

/** One whole call from `from`: greeting, `rounds` × every turn kind, hang-up with the status callback. */
async function call(go: Go, from: string, n: number, rounds: number): Promise<CallTimes> {
  const common = {
    AccountSid: ACCOUNT_SID,
    ApiVersion: '2010-04-01',
    CallSid: `CA${n.toString(16).padStart(32, '0')}`,
    From: from,
    Caller: from,
    To: NUMBER,
    Called: NUMBER,
    Direction: 'inbound',
  };
  const incoming = await post(go, '/voice/incoming', { ...common, CallStatus: 'ringing' });
  let verbs = checkedTwiml(`call ${n} /voice/incoming`, incoming);
  const greeting = verbs.flatMap((v) => (v.verb === 'Say' ? [v.text] : [])).join(' ');
  const turnsUs: number[][] = TURN_KINDS.map(() => []);
  let checked = 1;
  for (let round = 0; round < rounds; round++) {
    for (const [k, kind] of TURN_KINDS.entries()) {
      const path = actionPath(go, verbs);
      const answer = await post(go, path, { ...common, CallStatus: 'in-progress', ...kind.input });
      verbs = checkedTwiml(`call ${n} ${path} (${kind.name})`, answer);
      turnsUs[k]!.push(answer.us);
      checked++;
    }
  }
  const status = await post(go, '/voice/status', {
    ...common,
    CallStatus: 'completed',
    CallDuration: '300',
    Duration: '5',
    CallbackSource: 'call-progress-events',
    SequenceNumber: '0',
  });
  if (status.status !== 204)
    throw new Error(`call ${n} /voice/status: expected 204, answered ${status.status}: ${status.body}`);
  return { incomingUs: incoming.us, turnsUs, statusUs: status.us, greeting, checked: checked + 1 };
}

/** One reference request: `/voice/gather` with a wrong signature, refused before any work. */
async function refused(go: Go, from: string): Promise<number> {
  const params = { CallSid: `CA${'f'.repeat(32)}`, From: from, ...TURN_KINDS[0]!.input };
  const answer = await post(go, '/voice/gather', params, 'bm90LXRoZS1zaWduYXR1cmU=');
  if (answer.status !== 403) throw new Error(`wrong signature: expected 403, answered ${answer.status}`);
  return answer.us;
}

async function health(go: Go): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${go.baseUrl}/health`);
  await res.arrayBuffer();
  const us = (performance.now() - t0) * 1000;
  if (res.status !== 200) throw new Error(`/health answered ${res.status}`);
  return us;
}

async function run(go: Go): Promise<LoadResult> {
  const { plan } = go;
  const phones = await createRunners(go, plan);
  const phone = (i: number) => phones[i % phones.length]!;
  for (let i = 0; i < plan.warmupCalls; i++) {
    await call(go, phone(i), 1_000_000 + i, plan.rounds);
    for (let j = 0; j < 10; j++) {
      await refused(go, phone(i));
      await health(go);
    }
  }
  // The suite reads the server's own times from its log lines after this request (bench/server-times.ts).
  await fetch(`${go.baseUrl}${TIMED_MARKER}`).then((res) => res.arrayBuffer());
  const result = {
    refusedUs: [] as number[],
    healthUs: [] as number[],
    incomingUs: [] as number[],
    turnsUs: TURN_KINDS.map(() => [] as number[]),
    statusUs: [] as number[],
    checked: 0,
    greeting: '',
  };
  // Reference requests interleaved with the calls, so both see the same machine over the run.
  const perCall = Math.ceil(plan.baseline / plan.calls);
  for (let i = 0; i < plan.calls; i++) {
    const t = await call(go, phone(i), i, plan.rounds);
    if (i === 0) result.greeting = t.greeting;
    result.incomingUs.push(t.incomingUs);
    t.turnsUs.forEach((us, k) => result.turnsUs[k]!.push(...us));
    result.statusUs.push(t.statusUs);
    result.checked += t.checked;
    for (let j = 0; j < perCall && result.refusedUs.length < plan.baseline; j++) {
      result.refusedUs.push(await refused(go, phone(i)));
      result.healthUs.push(await health(go));
    }
  }
  return result;
}

answerSuite(run);
