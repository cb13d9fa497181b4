/** Starts server/main.ts as a real process (as `npm start` does) and waits until it listens. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Room for a test that boots real processes, ms. Each process starts tsx and opens embedded PostgreSQL
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
}

export interface Exited {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function start(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the server and waits (up to `timeoutMs`) for its "listening" line. */
export function startServer(
  env: Record<string, string>,
  timeoutMs = PROCESS_START_TIMEOUT_MS,
): Promise<RunningServer> {
  const child = start(env);
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
  const child = start(env);
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
