/**
 * Memory of a started service process for the `startup` suite (bench/suites/startup.ts): its resident set
 * (VmRSS) and peak (VmHWM) read from /proc, and the PostgreSQL phase, where one start on a scratch
 * database (made and dropped for the run) gets its RSS after start read, then a load of messages from a
 * separate process (autocannon posting the four-message mix to runners made through the API, round
 * robin), then its peak. PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { ROOT } from './server-process.js';

const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';
/** The load on PostgreSQL: runners, connections and seconds of messages. */
export const LOAD = { runners: 50, connections: 20, seconds: 15 };

/** The figures of one start under load: RSS after start and peak, MB, and what the load was served. */
export interface MemoryUnderLoad {
  readonly rss: number;
  readonly peak: number;
  readonly load: { rps: number; non2xx: number; errors: number };
}

/** A started server, as far as its memory is read. */
export interface LoadedServer {
  readonly baseUrl: string;
  /** The server's own pid (under npm it is not the child's). */
  readonly pid: number;
  stop(): Promise<void>;
}

/** Half a second for a started process's memory to settle before its resident set is read. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/** A process's resident set now (VmRSS) or at its peak (VmHWM), MB; NaN off Linux. */
export function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

/** The load process: autocannon posting the message mix to `runners`, round robin; prints its summary. */
const LOAD_SCRIPT = `
const autocannon = (await import('autocannon')).default;
const [baseUrl, ids, connections, duration] = JSON.parse(process.argv[1]);
const texts = ['ran 8k in 45:10 rpe 4', 'what is today?', 'slept 7h resting hr 52', 'my paces'];
let n = 0;
const result = await autocannon({
  url: baseUrl, connections, duration,
  requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => {
    const i = n++;
    return { ...req, path: '/api/athletes/' + ids[i % ids.length] + '/messages',
      body: JSON.stringify({ text: texts[Math.floor(i / ids.length) % texts.length] }) };
  } }],
});
process.stdout.write(JSON.stringify({ rps: result.requests.average, non2xx: result.non2xx, errors: result.errors }));
`;

async function loadWithMessages(baseUrl: string): Promise<{ rps: number; non2xx: number; errors: number }> {
  const ids: string[] = [];
  for (let i = 0; i < LOAD.runners; i++) {
    const res = await fetch(`${baseUrl}/api/athletes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: `Load ${i}`,
        timezone: 'Europe/Lisbon',
        race: { distance: '5k', time: '25:00' },
        goal: { distance: 'half', raceDate: '2027-04-18' },
        days: ['tue', 'thu', 'sat', 'sun'],
        longDay: 'sun',
        weeklyKm: 30,
        level: 'intermediate',
      }),
    });
    if (res.status !== 201) throw new Error(`create runner: ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as { id: string }).id);
  }
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      LOAD_SCRIPT,
      JSON.stringify([baseUrl, ids, LOAD.connections, LOAD.seconds]),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  await new Promise((resolve) => child.once('exit', resolve));
  return JSON.parse(out) as { rps: number; non2xx: number; errors: number };
}

/** A scratch PostgreSQL database for one start, or undefined when the server is unreachable. */
async function scratchPostgres(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 3 });
  const name = `runloop_bench_startup_${process.pid}_${Date.now()}`;
  try {
    await admin.unsafe(`create database "${name}"`);
  } catch {
    await admin.end();
    return undefined;
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/**
 * Starts a server with `start` on a scratch PostgreSQL database (and a scratch data directory), reads its
 * RSS after start, loads it with messages and reads its peak; undefined when PostgreSQL is unreachable.
 */
export async function memoryUnderLoad(
  start: (env: Record<string, string>) => Promise<LoadedServer>,
): Promise<MemoryUnderLoad | undefined> {
  const scratch = await scratchPostgres();
  if (!scratch) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'runloop-bench-'));
  try {
    const server = await start({ DATABASE_URL: scratch.url, DATA_DIR: dir });
    try {
      await settle();
      const rss = memoryMb(server.pid, 'VmRSS');
      const load = await loadWithMessages(server.baseUrl);
      const peak = memoryMb(server.pid, 'VmHWM');
      return { rss, peak, load };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await scratch.drop();
  }
}
