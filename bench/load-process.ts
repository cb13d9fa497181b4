/**
 * A load process a suite spawns (a script in `bench/load/`, run with tsx and an IPC channel), so the
 * client that sends the load never shares a process, or its event loop, with the server it measures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ROOT } from './server-process.js';

export interface LoadProcess<In, Out> {
  readonly child: ChildProcess;
  /** Its next IPC message; rejects if it exits first. */
  next(): Promise<Out>;
  send(message: In): void;
  /** Its stdout and stderr so far. */
  output(): string;
  /** SIGTERM if it is still running. */
  stop(): void;
}

/** Spawns `bench/load/<name>.ts`. */
export function startLoadProcess<In, Out>(name: string): LoadProcess<In, Out> {
  const script = fileURLToPath(new URL(`./load/${name}.ts`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  // Messages kept until asked for, and askers waiting for one: none is lost between two `next()`.
  const queued: Out[] = [];
  const waiting: { resolve(m: Out): void; reject(e: Error): void }[] = [];
  let exited: Error | undefined;
  child.on('message', (message: Out) => {
    const asker = waiting.shift();
    if (asker) asker.resolve(message);
    else queued.push(message);
  });
  child.once('exit', (code) => {
    exited = new Error(`load process ${name} exited with ${code} before reporting:\n${out}`);
    for (const asker of waiting.splice(0)) asker.reject(exited);
  });
  return {
    child,
    next: () =>
      new Promise<Out>((resolve, reject) => {
        const message = queued.shift();
        if (message !== undefined) resolve(message);
        else if (exited) reject(exited);
        else waiting.push({ resolve, reject });
      }),
    send: (message) => child.send(message as object),
    output: () => out,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    },
  };
}
