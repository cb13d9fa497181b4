/**
 * The server process the HTTP suites measure: `SERVER_COMMAND` (as the service starts in production) with
 * a clean environment, on a scratch PostgreSQL database made for the run and dropped after it, or on PGlite
 * in a fresh data directory (asked for, or PostgreSQL unreachable — `database.label` says which, for the
 * output). Ready when `GET /health` answers 200 on the port picked for it, so any LOG_LEVEL works. Its
 * stdout and stderr are kept (whole, for `server-times.ts`, or only the tail under heavy load).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';

/** The repository root: the server process's working directory. */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * Node's arguments in `npm start`'s script ("exec node --flags bin/start.js" → the flags and the file):
 * the production start run directly, with no npm process in between.
 */
export const PRODUCTION_ARGS: readonly string[] = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .replace(/^exec\s+/, '')
  .split(/\s+/)
  .slice(1);

/** How the service is started: as `npm start` runs it (compiled JS, built when stale), run in `ROOT`. */
export const SERVER_COMMAND: readonly [string, ...string[]] = [process.execPath, ...PRODUCTION_ARGS];

/** PostgreSQL the scratch databases are made on (and dropped from). */
export const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

/** How long the process may take to answer `/health`, ms. */
const READY_TIMEOUT_MS = 60_000;
/** Characters of output kept with `output: 'tail'`. */
const TAIL_CHARS = 16_000;

export interface ServerProcessOptions {
  /** Environment beside PATH, HOME, PORT, LOG_LEVEL (info unless given) and the database's. */
  readonly env?: Record<string, string>;
  /** `postgres`: a scratch database (PGlite when PostgreSQL is unreachable); `pglite`: embedded. */
  readonly database: 'postgres' | 'pglite';
  /** Keep all output (default; for log lines read after the run) or only its tail (heavy load). */
  readonly output?: 'all' | 'tail';
  /** PostgreSQL to make the scratch database on (default `ADMIN_URL`). */
  readonly adminUrl?: string;
}

export interface ServerProcess {
  readonly baseUrl: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** The database it runs on: `kind` as opened, `label` for the output, `url` when PostgreSQL. */
  readonly database: { readonly kind: 'postgres' | 'pglite'; readonly label: string; readonly url?: string };
  /** Its stdout and stderr so far (interleaved as they arrived). */
  output(): string;
  /** Sends SIGTERM, waits for the exit, then drops the scratch database and data directory. */
  stop(): Promise<number | null>;
}

interface Storage {
  readonly env: Record<string, string>;
  readonly kind: 'postgres' | 'pglite';
  readonly label: string;
  readonly url?: string;
  drop(): Promise<void>;
}

/** A scratch PostgreSQL database, or PGlite in `dataDir` (asked for, or PostgreSQL unreachable). */
async function openStorage(
  wanted: 'postgres' | 'pglite',
  dataDir: string,
  adminUrl: string,
): Promise<Storage> {
  const embedded = (label: string): Storage => ({
    env: { DATA_DIR: dataDir },
    kind: 'pglite',
    label,
    drop: async () => {},
  });
  if (wanted === 'pglite') return embedded('PGlite (embedded, a fresh data directory)');
  const name = `runloop_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin.unsafe(`create database "${name}"`);
  } catch (error) {
    await admin.end({ timeout: 1 });
    return embedded(
      `**PGlite** (embedded): PostgreSQL at ${new URL(adminUrl).host} is unreachable or refused CREATE DATABASE (${(error as Error).message}), so this is not a PostgreSQL figure`,
    );
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    kind: 'postgres',
    url: url.toString(),
    label: `PostgreSQL (scratch database on ${url.host}, dropped after the run)`,
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** A TCP port free on loopback right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the service and resolves once `/health` answers 200; rejects (cleaning up) if it does not. */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'runloop-bench-'));
  let storage: Storage | undefined;
  try {
    storage = await openStorage(options.database, dataDir, options.adminUrl ?? ADMIN_URL);
    const port = await freePort();
    const [command, ...args] = SERVER_COMMAND;
    const child = spawn(command, args, {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        LOG_LEVEL: 'info',
        ...options.env,
        ...storage.env,
        HOST: '127.0.0.1',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const keep = (chunk: Buffer) => {
      out += chunk.toString();
      if (options.output === 'tail' && out.length > 2 * TAIL_CHARS) out = out.slice(-TAIL_CHARS);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let exitCode: number | null | undefined;
    void exited.then((code) => (exitCode = code ?? -1));
    const baseUrl = `http://127.0.0.1:${port}`;
    const started = Date.now();
    for (;;) {
      if (exitCode !== undefined) throw new Error(`server exited with ${exitCode} before ready:\n${out}`);
      if (Date.now() - started > READY_TIMEOUT_MS) {
        child.kill('SIGKILL');
        await exited;
        throw new Error(`server did not answer /health in ${READY_TIMEOUT_MS} ms:\n${out}`);
      }
      const ok = await fetch(`${baseUrl}/health`).then(
        (res) => res.arrayBuffer().then(() => res.status === 200),
        () => false,
      );
      if (ok) break;
      await sleep(50);
    }
    const db = storage;
    storage = undefined;
    let stopped: Promise<number | null> | undefined;
    return {
      baseUrl,
      pid: child.pid!,
      child,
      database: { kind: db.kind, label: db.label, ...(db.url ? { url: db.url } : {}) },
      output: () => out,
      stop() {
        stopped ??= (async () => {
          if (exitCode === undefined) child.kill('SIGTERM');
          const code = await exited;
          await db.drop();
          rmSync(dataDir, { recursive: true, force: true });
          return code;
        })();
        return stopped;
      },
    };
  } catch (error) {
    await storage?.drop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** The process's resident memory now and its peak so far, in MB (Linux `/proc/<pid>/status`). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}
