/**
 * `npm run bench:fuzz` — hostile input against the real server process (`server/main.ts` with Telegram in
 * webhook mode against a loopback fake Bot API, the phone line and the call page on), over real HTTP:
 * fast-check requests for every route (`requests.ts`), 16 at a time. Fails when any answer is a 5xx, a
 * body shows a stack frame or SQL, a request hangs (no answer in 20 s) or the process dies.
 *
 *   npm run bench:fuzz -- --requests 100000 --seed 1 [--db postgres]
 */
import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { startFakeTelegram } from '../../test/fakes/telegram-api.js';
import { TEST_BOT_TOKEN } from '../../test/helpers/telegram.js';
import { createRunner } from '../reliability/client.js';
import { startService } from '../reliability/server-process.js';
import { pgliteTarget, postgresTarget, type Target } from '../reliability/targets.js';
import { fuzzRequests, type FuzzContext, type FuzzRequest } from './requests.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const TOTAL = Number(arg('requests', '100000'));
const SEED = Number(arg('seed', '1'));
const CONCURRENCY = 16;
const HANG_MS = 20_000;
const BATCH = 500;
/** What a body must never show: a stack frame, a source path, SQL or the driver's words. */
const LEAK =
  /(\n\s+at \S+ \(|node_modules|\.[cm]?[jt]s:\d+:\d+|\bselect\b[^"]{0,80}\bfrom\b|\binsert into\b|\bviolates\b|syntax error at|relation "|drizzle|postgres(?:ql)? error|ECONNREFUSED)/i;

interface Answer {
  readonly status: number;
  readonly body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(baseUrl: string, r: FuzzRequest): Promise<Answer | { error: string }> {
  return new Promise((resolve) => {
    const url = new URL(baseUrl);
    let settled = false;
    const done = (value: Answer | { error: string }) => {
      if (!settled) {
        settled = true;
        resolve(value);
      }
    };
    let req;
    try {
      req = request(
        { host: url.hostname, port: url.port, method: r.method, path: r.path, headers: r.headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', (e) => done({ error: e.message }));
        },
      );
    } catch (error) {
      // Node refuses to send some paths and headers at all (unescaped characters): not a server answer.
      done({ error: `unsendable: ${(error as Error).message}` });
      return;
    }
    req.setTimeout(HANG_MS, () => {
      done({ error: 'hang' });
      req.destroy();
    });
    req.on('error', (e) => done({ error: e.message }));
    if (r.body !== undefined) req.end(r.body);
    else req.end();
  });
}

async function main(): Promise<number> {
  let target: Target = pgliteTarget();
  if (arg('db', 'pglite') === 'postgres') {
    const pg = await postgresTarget();
    if ('unreachable' in pg) throw new Error(`PostgreSQL unreachable: ${pg.unreachable}`);
    target = pg;
  }
  const telegram = await startFakeTelegram({ token: TEST_BOT_TOKEN });
  const secrets = {
    webhookSecret: 'fuzz-webhook-secret-0123456789',
    twilioAuthToken: 'f0e1d2c3b4a5968778695a4b3c2d1e0f',
    publicBaseUrl: 'http://fuzz.invalid',
  };
  const server = await startService({
    ...target.env,
    TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
    TELEGRAM_API_ROOT: telegram.url,
    TELEGRAM_WEBHOOK_SECRET: secrets.webhookSecret,
    PUBLIC_BASE_URL: secrets.publicBaseUrl,
    TWILIO_AUTH_TOKEN: secrets.twilioAuthToken,
    TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
    TWILIO_API_KEY: `SK${'b'.repeat(32)}`,
    TWILIO_API_SECRET: 'fuzz-api-secret-0123456789',
    TWILIO_TWIML_APP_SID: `AP${'c'.repeat(32)}`,
  }).catch(async (error: unknown) => {
    await telegram.close();
    throw error;
  });
  let died = false;
  const started = Date.now();
  const byFamily = new Map<string, Map<string, number>>();
  const failures: { kind: string; request: FuzzRequest; answer: string }[] = [];
  const counts = { sent: 0, answered: 0, fiveXx: 0, leaks: 0, hangs: 0, connectionErrors: 0, unsendable: 0 };
  try {
    const onboarded = await createRunner(server.baseUrl);
    const fresh = await fetch(`${server.baseUrl}/api/athletes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Onboarding' }),
    }).then(async (r) => ((await r.json()) as { id: string }).id);
    const ctx: FuzzContext = { athleteIds: [onboarded, fresh], ...secrets };
    const arbitrary = fuzzRequests(ctx);
    for (let offset = 0; offset < TOTAL; offset += BATCH) {
      const batch = fc.sample(arbitrary, { numRuns: Math.min(BATCH, TOTAL - offset), seed: SEED + offset });
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < batch.length) {
            const r = batch[next++]!;
            counts.sent += 1;
            const answer = await send(server.baseUrl, r);
            const family = byFamily.get(r.family) ?? new Map<string, number>();
            byFamily.set(r.family, family);
            let bucket: string;
            if ('error' in answer) {
              if (answer.error === 'hang') {
                counts.hangs += 1;
                failures.push({ kind: 'hang', request: r, answer: '' });
                bucket = 'hang';
              } else if (answer.error.startsWith('unsendable')) {
                counts.unsendable += 1;
                bucket = 'unsendable';
              } else {
                counts.connectionErrors += 1;
                bucket = 'conn error';
                // Listed with the request (its size and headers say what the server was answering).
                failures.push({ kind: 'connection error', request: r, answer: answer.error });
              }
            } else {
              counts.answered += 1;
              bucket = `${Math.floor(answer.status / 100)}xx`;
              if (answer.status >= 500) {
                counts.fiveXx += 1;
                failures.push({ kind: `${answer.status}`, request: r, answer: answer.body.slice(0, 300) });
              }
              const leak = LEAK.exec(answer.body);
              if (
                leak &&
                !(r.body ?? '').toLowerCase().includes(leak[0].toLowerCase()) &&
                !r.path.includes(leak[0])
              ) {
                counts.leaks += 1;
                failures.push({ kind: `leak "${leak[0]}"`, request: r, answer: answer.body.slice(0, 300) });
              }
            }
            family.set(bucket, (family.get(bucket) ?? 0) + 1);
          }
        }),
      );
      const health = await fetch(`${server.baseUrl}/health`).then(
        (r) => r.status,
        () => 0,
      );
      if (health !== 200) {
        died = true;
        break;
      }
      if ((offset / BATCH) % 20 === 19)
        console.error(
          `[fuzz] ${counts.sent} sent, ${counts.fiveXx} 5xx, ${Math.round((Date.now() - started) / 1000)} s`,
        );
    }
  } finally {
    await server.stop().catch(() => undefined);
    await telegram.close();
    await target.cleanup();
  }

  const seconds = (Date.now() - started) / 1000;
  const buckets = ['2xx', '3xx', '4xx', '5xx', 'hang', 'conn error', 'unsendable'];
  console.log(
    `\nfuzz: ${counts.sent} requests on ${target.engine} over real HTTP, seed ${SEED}, ${seconds.toFixed(0)} s (${(counts.sent / seconds).toFixed(0)}/s)`,
  );
  console.log(`| family | ${buckets.join(' | ')} |`);
  console.log(`|---|${buckets.map(() => '---').join('|')}|`);
  for (const [family, m] of [...byFamily].sort())
    console.log(`| ${family} | ${buckets.map((b) => m.get(b) ?? 0).join(' | ')} |`);
  console.log(
    `\n5xx: ${counts.fiveXx}, leaks (stack or SQL in a body): ${counts.leaks}, hangs: ${counts.hangs}, ` +
      `crashes: ${died ? 1 : 0}, connection errors: ${counts.connectionErrors}, not sendable by Node: ${counts.unsendable}`,
  );
  for (const f of failures.slice(0, 20))
    console.log(
      `- ${f.kind}: ${f.request.method} ${f.request.path.slice(0, 120)} ${JSON.stringify(f.request.headers).slice(0, 160)} ${(f.request.body ?? '').slice(0, 200)} → ${f.answer}`,
    );
  return counts.fiveXx + counts.leaks + counts.hangs + (died ? 1 : 0) === 0 ? 0 : 1;
}

process.exit(await main());
