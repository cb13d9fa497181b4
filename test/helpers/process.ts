/**
 * Starts the service as a real process and waits until it listens: by default the production start
 * (`node bin/start.js`, what `npm start` runs: builds `dist/` when stale, then runs the compiled server),
 * or through `npm start` itself, or the TypeScript sources through tsx (as `npm run dev` does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Room for a test that boots real processes, ms. Each process may build `dist/` and opens embedded PostgreSQL
 * (PGlite's WebAssembly start and migrations, ~2 s of CPU when idle); on a busy 2-core machine that is
 * several times slower, so such tests get room far beyond the suite's 30 s default instead of a timeout
 * they brush against. A process that never comes up still fails, at `PROCESS_START_TIMEOUT_MS`.
 */
export const PROCESS_TEST_TIMEOUT_MS = 120_000;
/** How long a started process may take to listen or exit, ms (under `PROCESS_TEST_TIMEOUT_MS`). */
export const PROCESS_START_TIMEOUT_MS = 60_000;

export interface RunningServer {
  readonly baseUrl: string;
  readonly child: ChildProcess;
  output(): string;
  /** Sends a signal and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Sends a signal to the process's whole group (started `detached`) and resolves with the exit code. */
  stopGroup(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface Exited {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** How the process is started: `node bin/start.js`, `npm start`, or `node --import tsx server/main.ts`. */
export type StartCommand = 'production' | 'npm' | 'tsx';

export interface StartOptions {
  /** How long the process may take to listen, ms. */
  readonly timeoutMs?: number;
  readonly command?: StartCommand;
  /** In a process group of its own (its pid is the group's id), as a supervisor starts a service. */
  readonly detached?: boolean;
}

/** Node's arguments in `npm start`'s script ("exec node --flags bin/start.js"): the production start. */
const PRODUCTION_ARGS = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .replace(/^exec\s+/, '')
  .split(/\s+/)
  .slice(1);

const COMMANDS: Record<StartCommand, readonly [string, readonly string[]]> = {
  production: [process.execPath, PRODUCTION_ARGS],
  npm: ['npm', ['start']],
  tsx: [process.execPath, ['--import', 'tsx', 'server/main.ts']],
};

function start(env: Record<string, string>, command: StartCommand, detached: boolean): ChildProcess {
  const [file, args] = COMMANDS[command];
  return spawn(file, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
}

/** Runs the server and waits (up to `timeoutMs`) for its "listening" line. */
export function startServer(
  env: Record<string, string>,
  { timeoutMs = PROCESS_START_TIMEOUT_MS, command = 'production', detached = false }: StartOptions = {},
): Promise<RunningServer> {
  const child = start(env, command, detached);
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in ${timeoutMs} ms:\n${out}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        const baseUrl = match[1];
        resolve({
          baseUrl,
          child,
          output: () => out,
          async stop(signal = 'SIGTERM') {
            child.kill(signal);
            return exited;
          },
          async stopGroup(signal = 'SIGTERM') {
            if (!detached || child.pid === undefined) throw new Error('stopGroup: start it detached');
            process.kill(-child.pid, signal);
            return exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${out}`));
    });
  });
}

/** Runs the server expecting it to exit by itself (e.g. on bad config). */
export function runUntilExit(
  env: Record<string, string>,
  timeoutMs = PROCESS_START_TIMEOUT_MS,
): Promise<Exited> {
  const child = start(env, 'production', false);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`process did not exit in ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
