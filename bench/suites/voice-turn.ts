/**
 * The phone line's webhooks, end to end (issue 13 §6: a voice turn p99 < 30 ms with PostgreSQL, every
 * webhook well inside Twilio's 15 s). The real server process (server/main.ts, template wording, the phone
 * line on) runs on a scratch PostgreSQL database made for the run and dropped after it (PGlite in a fresh
 * data directory when PostgreSQL is unreachable, said in the output). A separate load process
 * (bench/load/voice-turn.ts) creates runners with a plan and a linked phone through the API, then places
 * signed calls: `/voice/incoming`, turns on `/voice/gather`, `/voice/status`. Times are client-side on
 * loopback, from sending the POST to reading the whole answer: an upper bound of the server's time.
 * Baseline in the same run: the same route and body with a wrong signature (403, refused before any work).
 * Fails when any answer is not 200 TwiML with a `<Say>` (status: 204).
 */
import { randomBytes } from 'node:crypto';
import {
  TIMED_MARKER,
  TURN_KINDS,
  type Go,
  type LoadPlan,
  type LoadReport,
  type LoadResult,
} from '../load/voice-turn-protocol.js';
import { startLoadProcess, type LoadProcess } from '../load-process.js';
import { startServerProcess, type ServerProcess } from '../server-process.js';
import { serverTimes } from '../server-times.js';
import { fromSamples, row, TABLE_HEADER, type BenchSuite, type Measurement } from '../measure.js';

const AUTH_TOKEN = randomBytes(16).toString('hex');
/** What the server signs against; never resolved (the load process posts to the loopback address). */
const PUBLIC_BASE_URL = 'http://voice.bench.invalid';
const PLAN: LoadPlan = { runners: 6, warmupCalls: 3, calls: 40, rounds: 3, baseline: 160 };
/** Issue 13's budget for the server's time per voice turn, p99, ms. */
const TURN_P99_TARGET_MS = 30;
/** Twilio's wait for a webhook's answer, ms. */
const TWILIO_WAIT_MS = 15_000;
/** Longest the whole suite may take before it is stopped, ms. */
const SUITE_TIMEOUT_MS = 120_000;

interface Driven {
  readonly result: LoadResult;
  /** The server's own time per `"<METHOD> <path> <status>"`, µs (bench/server-times.ts). */
  readonly server: Map<string, number[]>;
  /** What the output says about the database. */
  readonly database: string;
}

async function drive(): Promise<Driven> {
  let server: ServerProcess | undefined;
  let load: LoadProcess<Go, LoadReport> | undefined;
  const timer = setTimeout(() => load?.child.kill('SIGKILL'), SUITE_TIMEOUT_MS);
  try {
    server = await startServerProcess({
      database: 'postgres',
      env: { TWILIO_AUTH_TOKEN: AUTH_TOKEN, PUBLIC_BASE_URL },
    });
    load = startLoadProcess<Go, LoadReport>('voice-turn');
    const ready = await load.next();
    if (ready.type !== 'ready') throw new Error(`load process: expected ready, got ${ready.type}`);
    const reported = load.next();
    load.send({
      type: 'go',
      baseUrl: server.baseUrl,
      authToken: AUTH_TOKEN,
      publicBaseUrl: PUBLIC_BASE_URL,
      plan: PLAN,
    });
    const report = await reported;
    if (report.type === 'error') throw new Error(`voice-turn bench failed: ${report.message}`);
    if (report.type !== 'result') throw new Error(`load process: unexpected ${report.type}`);
    const running = server;
    server = undefined;
    await running.stop();
    return {
      result: report.result,
      server: serverTimes(running.output(), TIMED_MARKER),
      database: running.database.label,
    };
  } catch (error) {
    const tail = server?.output().slice(-4000) ?? '';
    throw new Error(`${(error as Error).message}${tail ? `\nserver output (tail):\n${tail}` : ''}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    load?.stop();
    await server?.stop();
  }
}

const ms = (us: number) => (us / 1000).toFixed(2);

/** Server-side rows (Fastify's `responseTime` per route and status), the refused webhook as baseline. */
function serverRows(times: Map<string, number[]>): { rows: string[]; turns: Measurement } {
  const of = (key: string, name: string) => {
    const samples = times.get(key);
    if (!samples?.length) throw new Error(`no server log lines for ${key}: is LOG_LEVEL info?`);
    return fromSamples(name, samples);
  };
  const baseline = of('POST /voice/gather 403', 'baseline: POST /voice/gather, wrong signature (403)');
  const turns = of('POST /voice/gather 200', 'POST /voice/gather, every turn');
  return {
    rows: [
      row(baseline),
      row(of('GET /health 200', 'reference: GET /health'), baseline),
      row(of('POST /voice/incoming 200', 'POST /voice/incoming'), baseline),
      row(turns, baseline),
      row(of('POST /voice/status 204', 'POST /voice/status, completed'), baseline),
    ],
    turns,
  };
}

/** The verdict line for the p99 budget and Twilio's wait. */
function verdict(server: Measurement, client: Measurement, slowestUs: number): string {
  const met = server.p99Us / 1000 < TURN_P99_TARGET_MS;
  return (
    `Target: server time per voice turn p99 < ${TURN_P99_TARGET_MS} ms — ${met ? 'met' : '**not met**'} ` +
    `(server p99 ${ms(server.p99Us)} ms; in the load process, loopback included, ${ms(client.p99Us)} ms; ` +
    `${client.iterations} turns). Slowest webhook answer of the run in the load process: ${ms(slowestUs)} ms ` +
    `(Twilio waits ${TWILIO_WAIT_MS / 1000} s).`
  );
}

const suite: BenchSuite = {
  title: 'Voice turn: Twilio webhooks to TwiML (server process, PostgreSQL, template wording)',
  async run() {
    const driven = await drive();
    const r = driven.result;
    const baseline = fromSamples('baseline: POST /voice/gather, wrong signature (403)', r.refusedUs);
    const turns = r.turnsUs.map((us, k) => fromSamples(`POST /voice/gather, ${TURN_KINDS[k]!.name}`, us));
    const allTurns = fromSamples('POST /voice/gather, every turn above', r.turnsUs.flat());
    const server = serverRows(driven.server);
    const slowest = Math.max(
      ...r.incomingUs,
      ...r.turnsUs.flat(),
      ...r.statusUs,
      ...r.refusedUs,
      ...r.healthUs,
    );
    return [
      `Database: ${driven.database}. ${PLAN.calls} calls from ${PLAN.runners} runners (plan and linked phone, made ` +
        `through the API), each: \`/voice/incoming\`, ${PLAN.rounds} rounds of the ${TURN_KINDS.length} turns, ` +
        '`/voice/status`. Each webhook is signed over PUBLIC_BASE_URL + path and timed in a separate load ' +
        'process on loopback, from sending the POST to reading the whole answer (client-side: HTTP on ' +
        `loopback included, so an upper bound of the server's time). Checked: ${r.checked} answers, each 200 ` +
        'TwiML with a `<Say>` and the next `<Gather>` (status: 204). The greeting heard: ' +
        `"${r.greeting}"`,
      '',
      TABLE_HEADER,
      row(baseline),
      row(fromSamples('reference: GET /health', r.healthUs), baseline),
      row(
        fromSamples("POST /voice/incoming (caller by phone, the day's session, greeting)", r.incomingUs),
        baseline,
      ),
      ...turns.map((t) => row(t, baseline)),
      row(allTurns, baseline),
      row(fromSamples('POST /voice/status, completed (check-in, RPE question)', r.statusUs), baseline),
      '',
      "The server's own time for the same requests: Fastify's `responseTime` from the server process's " +
        'log lines (request arrived → answer written), joined by request id.',
      '',
      TABLE_HEADER,
      ...server.rows,
      '',
      verdict(server.turns, allTurns, slowest),
    ].join('\n');
  },
};

export default suite;
