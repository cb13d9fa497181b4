/**
 * Messages under load (issue 14, goal 1): the real server process (`SERVER_COMMAND`, template wording) on
 * a scratch PostgreSQL database (PGlite when PostgreSQL is unreachable, said in the output), driven by
 * autocannon from a separate load process (bench/load/messages.ts). Runners are made through the API
 * first; the load is the message mix of `MESSAGE_MIX` over all of them. Baseline in the same run, on the
 * same server, from the same load process: bare `GET /health`, each time just before the messages, in
 * `rounds` pairs (the figures shown are the pair of median ratio). Also the server's memory (VmRSS after start,
 * its peak sampled during the load, VmHWM) and the flood figure: the other runners' latency at a fixed rate,
 * alone and while one runner sends on many connections at once. Fails when any answer is not 200.
 */
import type { Go, LoadPlan, LoadReport, LoadResult, PhaseFigures } from '../load/messages-protocol.js';
import { MESSAGE_MIX } from '../load/messages-protocol.js';
import { DEFAULT_BURST, DEFAULT_PER_SECOND } from '../../coach/conversation/runner-queue.js';
import { startLoadProcess, type LoadProcess } from '../load-process.js';
import type { BenchSuite } from '../measure.js';
import { memoryOf, startServerProcess, type ServerProcess } from '../server-process.js';

/** Seconds of each timed phase: BENCH_MESSAGES_SECONDS, else 10. */
const PHASE_S =
  Number(process.env.BENCH_MESSAGES_SECONDS) > 0 ? Number(process.env.BENCH_MESSAGES_SECONDS) : 10;
/**
 * Runners the load cycles through: BENCH_MESSAGES_RUNNERS, else 200. Past the plans a process keeps
 * (`PLAN_CACHE_ENTRIES`, 256) every run and check-in reads a whole plan from the database: 2,000 shows
 * the service at the scale of a coach with many runners.
 */
const RUNNERS_ASKED = Number(process.env.BENCH_MESSAGES_RUNNERS);
const RUNNERS = Number.isInteger(RUNNERS_ASKED) && RUNNERS_ASKED > 1 ? RUNNERS_ASKED : 200;
const PLAN: LoadPlan = {
  runners: RUNNERS,
  connections: 10,
  durationS: PHASE_S,
  // The service reaches its steady rate only after some thousands of messages: V8 optimises each function
  // once it is hot, and the message path is a lot of code (the parser alone, in a fresh process: 256 µs a
  // call over its first 1,000 calls, 126 µs over 3,000, 26 µs once warm). After 3 s the first round
  // answered 25–35 % fewer messages than the later ones (279 / 275 / 246 / 211 against 366–453 msg/s).
  warmupS: 12,
  rounds: 3,
  floodConnections: 12,
  othersShare: 0.5,
};
/**
 * Request logging off: at the default (`info`) every request writes two log lines, a cost that is the
 * logger's and that would shrink the bare route's figure far more than the messages' one.
 */
const LOG_LEVEL = 'warn';
/** Issue 14's goal: messages per second at least this share of bare `/health` … */
const SHARE_TARGET = 0.025;
/** … with the messages' p99 under this, ms. */
const P99_TARGET_MS = 50;
/** How often the server's memory is read during the load, ms. */
const MEMORY_EVERY_MS = 100;
/** Longest the whole suite may take before the load process is stopped, ms. */
const SUITE_TIMEOUT_MS = 300_000;

interface Memory {
  readonly afterStartMb: number;
  readonly peakSampledMb: number;
  readonly hwmMb: number;
}

interface Driven {
  readonly result: LoadResult;
  readonly memory: Memory;
  readonly database: string;
}

async function drive(): Promise<Driven> {
  let server: ServerProcess | undefined;
  let load: LoadProcess<Go, LoadReport> | undefined;
  let sampler: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => load?.child.kill('SIGKILL'), SUITE_TIMEOUT_MS);
  try {
    server = await startServerProcess({ database: 'postgres', env: { LOG_LEVEL }, output: 'tail' });
    const afterStart = memoryOf(server.pid);
    if (!afterStart) throw new Error(`cannot read /proc/${server.pid}/status`);
    load = startLoadProcess<Go, LoadReport>('messages');
    const ready = await load.next();
    if (ready.type !== 'ready') throw new Error(`load process: expected ready, got ${ready.type}`);
    load.send({ type: 'go', baseUrl: server.baseUrl, plan: PLAN });
    let peak = afterStart.rssMb;
    const pid = server.pid;
    sampler = setInterval(() => {
      peak = Math.max(peak, memoryOf(pid)?.rssMb ?? 0);
    }, MEMORY_EVERY_MS);
    let report = await load.next();
    if (report.type === 'seeded') report = await load.next();
    if (report.type === 'error') throw new Error(`messages bench failed: ${report.message}`);
    if (report.type !== 'result') throw new Error(`load process: unexpected ${report.type}`);
    clearInterval(sampler);
    const end = memoryOf(pid);
    return {
      result: report.result,
      memory: {
        afterStartMb: afterStart.rssMb,
        peakSampledMb: Math.max(peak, end?.rssMb ?? 0),
        hwmMb: end?.peakMb ?? NaN,
      },
      database: server.database.label,
    };
  } catch (error) {
    const tail = server?.output().slice(-4000) ?? '';
    throw new Error(`${(error as Error).message}${tail ? `\nserver output (tail):\n${tail}` : ''}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    clearInterval(sampler);
    load?.stop();
    await server?.stop();
  }
}

const fixed = (n: number, digits = 1) => n.toFixed(digits);
const perSecond = (f: PhaseFigures) => Math.round(f.perSecond).toLocaleString('en-US');

/** A phase's row; the last column is its rate as a share of `last`'s (or `last` itself, words). */
function phaseRow(name: string, f: PhaseFigures, last: PhaseFigures | string): string {
  const l = f.latencyMs;
  const share =
    typeof last === 'string'
      ? last
      : f === last
        ? '1 (baseline)'
        : `${((f.perSecond / last.perSecond) * 100).toFixed(2)} %`;
  return (
    `| ${name} | ${perSecond(f)} | ${fixed(l.mean, 2)} | ${fixed(l.p50, 2)} | ${fixed(l.p97_5, 2)} | ` +
    `${fixed(l.p99, 2)} | ${fixed(l.max)} | ${f.responses.toLocaleString('en-US')} | ` +
    `${f.errors} / ${Object.values(f.not200).reduce((a, b) => a + b, 0)} | ` +
    `${share} |`
  );
}

/** A checked message and the start of its reply, on one line. */
function checkedText(c: LoadResult['checked'][number]): string {
  const reply = c.reply.replace(/\s+/g, ' ');
  const start = reply.length > 90 ? `${reply.slice(0, 90)}…` : reply;
  return `"${c.text}" → "${start}" (${c.events.join(', ') || 'no events'})`;
}

/** One round's rates and their ratio, on one line. */
function roundText({ health, messages }: LoadResult['rounds'][number]): string {
  return (
    `${perSecond(messages)} msg/s (p99 ${fixed(messages.latencyMs.p99)} ms) against ${perSecond(health)} ` +
    `req/s, ${((messages.perSecond / health.perSecond) * 100).toFixed(2)} %`
  );
}

const header = (last: string) =>
  `| what | requests/s | mean ms | p50 ms | p97.5 ms | p99 ms | max ms | answers | errors / not 200 | ${last} |\n` +
  '|---|---|---|---|---|---|---|---|---|---|';

const suite: BenchSuite = {
  title: 'Messages under load: autocannon in its own process against the server process (PostgreSQL)',
  async run() {
    const { result: r, memory, database } = await drive();
    const share = r.messages.perSecond / r.health.perSecond;
    const met = share >= SHARE_TARGET && r.messages.latencyMs.p99 < P99_TARGET_MS;
    const mix = MESSAGE_MIX.map((m) => `"${m}"`).join(', ');
    const alone = r.othersAlone.latencyMs;
    const during = r.othersFlooded.latencyMs;
    return [
      `Database: ${database}. Server: its own process, template wording, LOG_LEVEL=${LOG_LEVEL} (no ` +
        `per-request log lines). ${r.runners} runners onboarded with a plan through the API first. Load: ` +
        `autocannon in a separate process, ${PLAN.connections} connections, ${PLAN.durationS} s per phase ` +
        `after ${PLAN.warmupS} s of untimed messages; the messages cycle through the runners and the mix ` +
        `${mix}, the same sequence every run. Latency: autocannon's time per response (loopback included). ` +
        `Every answer was 200 (the suite fails otherwise). The first answer to each message, checked before ` +
        `the load: ${r.checked.map(checkedText).join('; ')}.`,
      '',
      `The pair of phases (bare \`/health\`, then the messages) ran ${r.rounds.length} times; the table is the ` +
        `round of median ratio. Every round: ${r.rounds.map(roundText).join('; ')}.`,
      '',
      header('vs baseline'),
      phaseRow('baseline: bare `GET /health`', r.health, r.health),
      phaseRow('`POST /api/athletes/:id/messages`, the mix over every runner', r.messages, r.health),
      '',
      `Goal: messages ≥ ${(SHARE_TARGET * 100).toFixed(1)} % of bare \`/health\` with p99 < ${P99_TARGET_MS} ms — ` +
        `${met ? 'met' : '**not met**'} (${(share * 100).toFixed(2)} %, p99 ${fixed(r.messages.latencyMs.p99, 2)} ms).`,
      '',
      `Server memory (VmRSS from /proc): ${fixed(memory.afterStartMb, 0)} MB after start, ` +
        `${fixed(memory.peakSampledMb, 0)} MB at its highest read every ${MEMORY_EVERY_MS} ms during the ` +
        `load, VmHWM (peak since start) ${fixed(memory.hwmMb, 0)} MB.`,
      '',
      `Flood: the ${r.runners - 1} other runners held to ${r.othersRate} messages/s (${PLAN.othersShare * 100} % of ` +
        `the rate above; a steady open-loop rate, each latency counted from when its request was due) on ` +
        `${PLAN.connections} connections, alone and while the first runner sends on ` +
        `${PLAN.floodConnections} connections at once (as fast as answered). The service paces a runner ` +
        `whose messages queue behind each other (\`coach/conversation/runner-queue.ts\`): the first ` +
        `${DEFAULT_BURST} back to back, then ${DEFAULT_PER_SECOND} a second while any wait, so the flooding ` +
        `runner's own answers are slow by design.`,
      '',
      header('held to'),
      phaseRow('other runners, alone', r.othersAlone, `${r.othersRate}/s`),
      phaseRow('other runners, during the flood', r.othersFlooded, `${r.othersRate}/s`),
      phaseRow(`the flooding runner (${PLAN.floodConnections} at once)`, r.flood, 'as answered'),
      '',
      `The other runners during the flood: p50 ${(during.p50 / alone.p50).toFixed(2)}× and p99 ` +
        `${(during.p99 / alone.p99).toFixed(2)}× their figures alone (p50 ${fixed(alone.p50, 2)} → ` +
        `${fixed(during.p50, 2)} ms, p99 ${fixed(alone.p99, 2)} → ${fixed(during.p99, 2)} ms; the p99 of ` +
        `${r.othersFlooded.responses} answers moves with a few slow ones).`,
    ].join('\n');
  },
};

export default suite;
