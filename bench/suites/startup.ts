/**
 * Start-up and memory of the service as a process. Ready: from spawning to the first 200 on /health, on a
 * fresh embedded data directory (creates and migrates the database) and on an existing one. Memory: the
 * server process's resident set (VmRSS) after start, and its peak (VmHWM) after a load of messages from
 * a separate process, on PostgreSQL (a scratch database made and dropped for the run; skipped when
 * unreachable). Each for the production start (`npm start`'s command: compiled JavaScript under node),
 * `npm start` itself (npm's own process counted apart) and the TypeScript sources under tsx (`npm run dev`
 * without the watcher). Baselines: spawning a bare `node -e ""` (time) and its resident set (memory).
 * Targets (issue 14): ready < 2 s on existing embedded data; on PostgreSQL RSS after start < 120 MB and
 * peak under load < 250 MB. PostgreSQL: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres. The memory readings and the load: bench/startup-memory.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchSuite } from '../measure.js';
import { PRODUCTION_ARGS, ROOT } from '../server-process.js';
import { LOAD, memoryMb, memoryUnderLoad, settle } from '../startup-memory.js';

const RUNS = 3;

interface Start {
  readonly name: string;
  readonly file: string;
  readonly args: readonly string[];
}

const productionArgs = PRODUCTION_ARGS;

const STARTS: readonly Start[] = [
  { name: `production: \`node ${productionArgs.join(' ')}\``, file: process.execPath, args: productionArgs },
  { name: '`npm start`', file: 'npm', args: ['start', '--silent'] },
  {
    name: 'tsx: `node --import tsx server/main.ts`',
    file: process.execPath,
    args: ['--import', 'tsx', 'server/main.ts'],
  },
];

interface Started {
  readonly child: ChildProcess;
  readonly baseUrl: string;
  /** The server's own pid (from its log line; under npm it is not the child's). */
  readonly pid: number;
  readonly readyMs: number;
  /** CPU the server used until ready, ms (the machine's other load does not inflate it). */
  readonly cpuMs: number;
  stop(): Promise<void>;
}

/** Spawns `start` and resolves once /health answers 200. */
function startServer(start: Start, env: Record<string, string>): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(start.file, start.args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', async (chunk: Buffer) => {
      out += chunk.toString();
      const match = /"pid":(\d+).*Server listening at (http:\/\/[\d.:]+)/.exec(out);
      if (!match) return;
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      const baseUrl = match[2]!;
      const res = await fetch(`${baseUrl}/health`);
      const readyMs = performance.now() - t0;
      const used = cpuMs(Number(match[1]));
      if (res.status !== 200) reject(new Error(`health ${res.status}`));
      resolve({
        child,
        baseUrl,
        pid: Number(match[1]),
        readyMs,
        cpuMs: used,
        async stop() {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
    void exited.then(() => reject(new Error(`${start.name} exited before ready:\n${out}${err}`)));
  });
}

/** CPU time a process has used so far (user + system, all its threads), ms; NaN off Linux. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5) (utime, stime), in clock ticks of 10 ms on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

function timeBareNode(): Promise<{ ms: number; rssMb: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['-e', 'process.stdout.write(String(process.memoryUsage().rss))'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  return new Promise((resolve) =>
    child.once('exit', () => resolve({ ms: performance.now() - t0, rssMb: Number(out) / 1024 / 1024 })),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

interface Figures {
  fresh: number[];
  existing: number[];
  existingCpu: number[];
  rss: number[];
  npmRss: number[];
  pgRss?: number;
  pgPeak?: number;
  pgLoad?: { rps: number; non2xx: number; errors: number };
}

/** npm's own process (the child under `npm start`; the server is its child). */
const npmRss = (server: Started) =>
  server.child.pid !== server.pid ? memoryMb(server.child.pid!, 'VmRSS') : NaN;

async function measureStart(start: Start, withPostgres: boolean): Promise<Figures> {
  const figures: Figures = { fresh: [], existing: [], existingCpu: [], rss: [], npmRss: [] };
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'runloop-bench-'));
    try {
      const fresh = await startServer(start, { DATA_DIR: dir });
      figures.fresh.push(fresh.readyMs);
      await fresh.stop();
      const existing = await startServer(start, { DATA_DIR: dir });
      figures.existing.push(existing.readyMs);
      figures.existingCpu.push(existing.cpuMs);
      await settle();
      figures.rss.push(memoryMb(existing.pid, 'VmRSS'));
      figures.npmRss.push(npmRss(existing));
      await existing.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!withPostgres) return figures;
  const pg = await memoryUnderLoad((env) => startServer(start, env));
  return pg ? { ...figures, pgRss: pg.rss, pgPeak: pg.peak, pgLoad: pg.load } : figures;
}

const suite: BenchSuite = {
  title: 'Start-up and memory of the service process',
  async run() {
    const bare: { ms: number; rssMb: number }[] = [];
    for (let i = 0; i < RUNS; i++) bare.push(await timeBareNode());
    const b = median(bare.map((x) => x.ms));
    const bRss = median(bare.map((x) => x.rssMb));
    // Built first (what `npm ci` does), so no start below pays for the build.
    const buildStart = performance.now();
    await new Promise((resolve) =>
      spawn(process.execPath, ['bin/build.js'], { cwd: ROOT, stdio: 'ignore' }).once('exit', resolve),
    );
    const buildMs = performance.now() - buildStart;

    const results: [Start, Figures][] = [];
    for (const start of STARTS) results.push([start, await measureStart(start, start.file !== 'npm')]);

    const ms = (x: number) => `${x.toFixed(0)} ms (${(x / b).toFixed(1)}×)`;
    const mb = (x: number | undefined) =>
      x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(0)} MB (${(x / bRss).toFixed(1)}×)`;
    const rows = results.map(([start, f]) => {
      const npm = median(f.npmRss);
      const load = f.pgLoad
        ? `${f.pgLoad.rps.toFixed(0)} msg/s${f.pgLoad.non2xx + f.pgLoad.errors > 0 ? `, ${f.pgLoad.non2xx} non-2xx, ${f.pgLoad.errors} errors` : ''}`
        : 'n/a';
      return `| ${start.name} | ${ms(median(f.fresh))} | ${ms(median(f.existing))}, CPU ${median(f.existingCpu).toFixed(0)} ms | ${mb(median(f.rss))}${Number.isNaN(npm) ? '' : ` + npm ${npm.toFixed(0)} MB`} | ${mb(f.pgRss)} | ${mb(f.pgPeak)} | ${load} |`;
    });
    return [
      `Median of ${RUNS} starts each (ready: spawn to the first 200 on /health; CPU: what the server process used`,
      `until then, all threads, which the machine's other load does not inflate). Memory is the server process's`,
      `resident set; under \`npm start\` npm's own process is added apart. Peak: VmHWM after ${LOAD.seconds} s of`,
      `messages (the four-message mix, ${LOAD.runners} runners, ${LOAD.connections} connections, autocannon in its own process).`,
      `Targets: ready < 2000 ms on existing embedded data; on PostgreSQL RSS after start < 120 MB, peak < 250 MB.`,
      '',
      `Baseline: spawn \`node -e ""\` ${b.toFixed(0)} ms, its RSS ${bRss.toFixed(0)} MB. Build (\`npm ci\`'s prepare,`,
      `or the first start without dist/): ${buildMs.toFixed(0)} ms.`,
      '',
      '| start | ready, fresh data dir | ready, existing data dir | RSS after start (embedded) | RSS after start (PostgreSQL) | peak under load (PostgreSQL) | load served |',
      '|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  },
};

export default suite;
