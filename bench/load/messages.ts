/**
 * The load process of the messages suite (bench/suites/messages.ts), spawned with an IPC channel. It makes
 * the runners through the API (onboarded, each with a plan), sends every message of the mix once and checks
 * the answer (200, a reply), then drives the server with autocannon: untimed warm-up, bare `GET /health`,
 * the message mix over every runner, and the flood phases (the other runners at a fixed rate, alone and
 * while one runner sends on many connections at once; the others at a steady rate, `paced.ts`). Requests cycle through runners and messages by a
 * counter (`MESSAGE_MIX`), so every run sends the same sequence. Any answer but 200, a connection error or
 * a timeout fails the run: the figures are never of errors.
 */
import autocannon from 'autocannon';
import {
  MESSAGE_MIX,
  type Checked,
  type Go,
  type LoadReport,
  type LoadResult,
  type PhaseFigures,
} from './messages-protocol.js';
import { answerSuite } from './answer-suite.js';
import { latencyOf } from './latency.js';
import { paced } from './paced.js';

const DAY_MS = 86_400_000;
/** Seconds autocannon waits for one answer before counting a timeout. */
const ANSWER_TIMEOUT_S = 10;
/** Runners made at once while seeding. */
const SEED_CONCURRENCY = 4;

const tell = (message: LoadReport) => process.send?.(message);

async function createRunner(baseUrl: string, i: number, raceDate: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/athletes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: `Bench${i}`,
      timezone: 'UTC',
      race: { distance: '10k', time: `${45 + (i % 15)}:00` },
      goal: { distance: 'marathon', raceDate },
      days: ['mon', 'tue', 'thu', 'sat', 'sun'],
      longDay: 'sun',
      weeklyKm: 35 + (i % 20),
      level: 'intermediate',
    }),
  });
  const body = (await res.json()) as { id?: string; plan?: unknown };
  if (res.status !== 201 || typeof body.id !== 'string' || body.plan === undefined)
    throw new Error(`creating runner ${i}: ${res.status} ${JSON.stringify(body).slice(0, 400)}`);
  return body.id;
}

/** `count` onboarded runners with a plan (a marathon about 26 weeks out), made through the API. */
async function seed(baseUrl: string, count: number): Promise<string[]> {
  const raceDate = new Date(Date.now() + 182 * DAY_MS).toISOString().slice(0, 10);
  const ids: string[] = new Array<string>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: SEED_CONCURRENCY }, async () => {
      for (let i = next++; i < count; i = next++) ids[i] = await createRunner(baseUrl, i, raceDate);
    }),
  );
  return ids;
}

/** Each message of the mix once, to a different runner; throws unless 200 with at least one reply. */
async function check(baseUrl: string, ids: readonly string[]): Promise<Checked[]> {
  const checked: Checked[] = [];
  for (const [k, text] of MESSAGE_MIX.entries()) {
    const res = await fetch(`${baseUrl}/api/athletes/${ids[k]}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
    });
    const raw = await res.text();
    const body = JSON.parse(raw) as { replies?: { text?: string }[]; events?: { type?: string }[] };
    const reply = body.replies?.[0]?.text;
    if (res.status !== 200 || typeof reply !== 'string' || reply === '')
      throw new Error(`warm-up check "${text}": ${res.status} ${raw.slice(0, 400)}`);
    checked.push({ text, reply, events: (body.events ?? []).map((e) => String(e.type)) });
  }
  return checked;
}

const BODIES = MESSAGE_MIX.map((text) => JSON.stringify({ text }));

/** The `n`th message of a phase over `ids`: runners in turn, the mix shifted by one each pass over them. */
function messageAt(ids: readonly string[], n: number): { path: string; body: string } {
  const runner = n % ids.length;
  const message = (n + Math.floor(n / ids.length)) % MESSAGE_MIX.length;
  return { path: `/api/athletes/${ids[runner]}/messages`, body: BODIES[message]! };
}

/** The message requests of one autocannon instance: runner and text from a counter over `ids`. */
function messageRequests(ids: readonly string[]): autocannon.Request[] {
  let n = 0;
  return [{ method: 'POST', setupRequest: (request) => ({ ...request, ...messageAt(ids, n++) }) }];
}

/** The other runners' messages at a steady `rate` (open loop, `paced.ts`). */
const othersAt = (url: string, ids: readonly string[], plan: Go['plan'], rate: number) =>
  paced({
    baseUrl: url,
    rate,
    durationS: plan.durationS,
    connections: plan.connections,
    timeoutS: ANSWER_TIMEOUT_S,
    next: (i) => messageAt(ids, i),
  });

/** Runs one autocannon instance; figures from its result and its per-response times. */
function cannon(options: autocannon.Options): Promise<PhaseFigures> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const not200: Record<string, number> = {};
    const instance = autocannon(
      { timeout: ANSWER_TIMEOUT_S, headers: { 'content-type': 'application/json' }, ...options },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        resolve({
          responses: times.length,
          perSecond: result.requests.average,
          seconds: result.duration,
          latencyMs: latencyOf(times),
          errors: result.errors,
          timeouts: result.timeouts,
          not200,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode !== 200) not200[statusCode] = (not200[statusCode] ?? 0) + 1;
    });
  });
}

/** The phases answered in full so far, for the message of a run that fails later. */
const answered: string[] = [];

/**
 * Throws, naming the phase (and saying how the phases before it went), unless every answer was 200 with
 * no error or timeout.
 */
function allAnswered(name: string, f: PhaseFigures): PhaseFigures {
  const wrong = Object.entries(f.not200);
  if (wrong.length > 0 || f.errors > 0 || f.timeouts > 0 || f.responses === 0)
    throw new Error(
      `${name}: ${f.responses} answers, not 200: ${JSON.stringify(f.not200)}, ` +
        `${f.errors} connection errors, ${f.timeouts} timeouts (after ${ANSWER_TIMEOUT_S} s)` +
        (answered.length > 0 ? `; answered in full before it: ${answered.join('; ')}` : ''),
    );
  answered.push(`${name} ${Math.round(f.perSecond)}/s, p99 ${f.latencyMs.p99.toFixed(1)} ms`);
  return f;
}

async function run(go: Go): Promise<LoadResult> {
  const { baseUrl, plan } = go;
  const ids = await seed(baseUrl, plan.runners);
  tell({ type: 'seeded' });
  const checked = await check(baseUrl, ids);
  const url = baseUrl;
  const { connections, durationS: duration } = plan;
  allAnswered(
    'warm-up',
    await cannon({ url, connections, duration: plan.warmupS, requests: messageRequests(ids) }),
  );
  const rounds: { health: PhaseFigures; messages: PhaseFigures }[] = [];
  for (let round = 1; round <= plan.rounds; round++) {
    const health = allAnswered(
      `GET /health (round ${round})`,
      await cannon({ url: `${url}/health`, connections, duration }),
    );
    const messages = allAnswered(
      `messages (round ${round})`,
      await cannon({ url, connections, duration, requests: messageRequests(ids) }),
    );
    rounds.push({ health, messages });
  }
  const ratio = (r: (typeof rounds)[number]) => r.messages.perSecond / r.health.perSecond;
  const { health, messages } = [...rounds].sort((a, b) => ratio(a) - ratio(b))[
    Math.floor(rounds.length / 2)
  ]!;
  const others = ids.slice(1);
  const othersRate = Math.max(1, Math.round(messages.perSecond * plan.othersShare));
  const othersAlone = allAnswered('other runners, alone', await othersAt(url, others, plan, othersRate));
  const [othersFlooded, flood] = await Promise.all([
    othersAt(url, others, plan, othersRate),
    cannon({
      url,
      connections: plan.floodConnections,
      duration,
      requests: messageRequests(ids.slice(0, 1)),
    }),
  ]);
  return {
    runners: ids.length,
    checked,
    health,
    messages,
    rounds,
    othersAlone,
    othersFlooded: allAnswered('other runners, during the flood', othersFlooded),
    flood: allAnswered('the flooding runner', flood),
    othersRate,
  };
}

answerSuite(run);
