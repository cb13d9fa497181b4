/**
 * The real service process (`server/main.ts`, as `npm start` runs it) for the reliability checks: started
 * with a given environment, ready once it prints its listening line, stopped with SIGTERM or killed with
 * SIGKILL (`kill -9`: no shutdown hook runs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** How long a start may take before it counts as a failed restart, ms (a busy 2-core machine is slow). */
const START_TIMEOUT_MS = 90_000;

export interface ServerProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** SIGKILL, resolved once the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM, resolved with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the service; rejects when it exits or stays silent past the timeout (its output in the message). */
export function startService(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no listening line in ${START_TIMEOUT_MS} ms:\n${out.slice(-2000)}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer): void => {
      if (out.length < 20_000) out += chunk.toString();
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      // Keep reading so a full pipe never blocks the server.
      child.stdout?.resume();
      child.stderr?.resume();
      resolve({
        baseUrl: match[1],
        pid: child.pid ?? -1,
        async kill9() {
          child.kill('SIGKILL');
          await exited;
        },
        async stop() {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${out.slice(-2000)}`));
    });
  });
}
