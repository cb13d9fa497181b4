/**
 * Telegram in webhook mode, end to end (issue 12): the real server process (server/main.ts, a fresh
 * embedded database, template wording) takes updates on POST /telegram/webhook, and each one is timed from
 * the POST being sent to the fake Bot API recording the `sendMessage` that answers it, and to the webhook's
 * HTTP answer (the reply may be sent before or after that answer). The HTTP load and the fake Bot API run
 * in a separate load process (bench/load/telegram-webhook.ts), so both times come from one clock.
 * Baseline in the same run: the same route and body with a wrong secret (401, nothing processed).
 * Fails when a reply is missing or when the fake's sendMessage count differs from the replies expected.
 */
import { TEST_BOT_TOKEN } from '../../test/helpers/telegram.js';
import type { Go, LoadMessage, LoadPlan, LoadResult } from '../load/telegram-webhook-protocol.js';
import { startLoadProcess, type LoadProcess } from '../load-process.js';
import { startServerProcess, type ServerProcess } from '../server-process.js';
import { fromSamples, row, TABLE_HEADER, type BenchSuite } from '../measure.js';

const SECRET = 'bench-webhook-secret-0123456789';
const PLAN: LoadPlan = { chats: 8, warmup: 16, sequential: 150, firstContacts: 30, concurrentPerChat: 15 };
/** Longest the whole suite may take before it is stopped, ms. */
const SUITE_TIMEOUT_MS = 120_000;

async function drive(): Promise<LoadResult> {
  const load: LoadProcess<Go, LoadMessage> = startLoadProcess('telegram-webhook');
  let server: ServerProcess | undefined;
  const timer = setTimeout(() => load.child.kill('SIGKILL'), SUITE_TIMEOUT_MS);
  try {
    const ready = await load.next();
    if (ready.type !== 'fake')
      throw new Error(`load process: expected the fake's address, got ${ready.type}`);
    server = await startServerProcess({
      database: 'pglite',
      env: {
        TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
        TELEGRAM_API_ROOT: ready.url,
        PUBLIC_BASE_URL: 'http://bench.invalid',
        TELEGRAM_WEBHOOK_SECRET: SECRET,
      },
    });
    const reported = load.next();
    load.send({ type: 'go', baseUrl: server.baseUrl, secret: SECRET, plan: PLAN });
    const report = await reported;
    if (report.type === 'error') throw new Error(`telegram webhook bench failed: ${report.message}`);
    if (report.type !== 'result') throw new Error(`load process: unexpected ${report.type}`);
    return report.result;
  } catch (error) {
    const tail = server?.output().slice(-4000) ?? '';
    throw new Error(`${(error as Error).message}${tail ? `\nserver output (tail):\n${tail}` : ''}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    load.stop();
    await server?.stop();
  }
}

const ms = (us: number) => (us / 1000).toFixed(2);

const suite: BenchSuite = {
  title: 'Telegram webhook to sendMessage (server process, embedded database, template wording)',
  async run() {
    const r = await drive();
    const baseline = fromSamples(
      'baseline: POST /telegram/webhook, wrong secret (401) → HTTP answer',
      r.baselineUs,
    );
    const start = 'first contact `/start <zone>` (creates the runner, 2 replies)';
    const question = `question from an onboarded runner (${PLAN.chats} chats, today / this week / my paces / why)`;
    const c = r.concurrent;
    const atOnce = fromSamples('', c.sentUs);
    const atOnceHttp = fromSamples('', c.httpUs);
    return [
      `${PLAN.sequential} sequential updates per figure (${PLAN.firstContacts} for first contact); each timed in ` +
        'the load process from sending the POST to the HTTP answer and to the fake Bot API recording the ' +
        `reply's \`sendMessage\`. Checked: ${r.sendMessages} sendMessage calls, as many as the replies expected.`,
      '',
      TABLE_HEADER,
      row(baseline),
      row(fromSamples(`${start} → HTTP answer`, r.firstContact.httpUs), baseline),
      row(fromSamples(`${start} → last sendMessage`, r.firstContact.sentUs), baseline),
      row(fromSamples(`${question} → HTTP answer`, r.message.httpUs), baseline),
      row(fromSamples(`${question} → sendMessage`, r.message.sentUs), baseline),
      '',
      `All ${PLAN.chats} chats at once, ${PLAN.concurrentPerChat} questions each (one in flight per chat); ` +
        `baseline: as many wrong-secret requests from ${PLAN.chats} concurrent clients.`,
      '',
      '| what | p50 ms → HTTP answer | p99 ms → HTTP answer | p50 ms → sendMessage | p99 ms → sendMessage | per second | vs baseline |',
      '|---|---|---|---|---|---|---|',
      `| baseline: wrong secret (401) | | | | | ${Math.round(c.baselinePerSecond)} | 1.0× |`,
      `| questions, ${PLAN.chats} chats at once | ${ms(atOnceHttp.p50Us)} | ${ms(atOnceHttp.p99Us)} | ` +
        `${ms(atOnce.p50Us)} | ${ms(atOnce.p99Us)} | ${Math.round(c.perSecond)} | ${(c.perSecond / c.baselinePerSecond).toFixed(2)}× |`,
    ].join('\n');
  },
};

export default suite;
