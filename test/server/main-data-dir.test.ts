/**
 * One data directory, one process (issue 14 §5), with real processes: a second server or `runloop chat`
 * on a running server's DATA_DIR refuses with one line naming it (the chat says where to talk to it), a
 * stale lock left by a process that is gone is taken over, and a clean stop frees the directory.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, parseHolder } from '../../db/data-dir-lock.js';
import {
  PROCESS_TEST_TIMEOUT_MS,
  ROOT,
  runUntilExit,
  startServer,
  type RunningServer,
} from '../helpers/process.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** `runloop chat` on `dataDir` with nothing on stdin; resolves with its exit code and output. */
function chatProcess(dataDir: string): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['bin/runloop.js', 'chat'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, TZ: 'UTC' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  child.stdin.end();
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}

/** Resolves once the server said it is ready: its URL is in the lock by then (written after listening). */
function ready(server: RunningServer): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!server.output().includes('runloop is ready')) return;
      server.child.stdout?.off('data', check);
      resolve();
    };
    server.child.stdout?.on('data', check);
    check();
  });
}

describe('one process per DATA_DIR [pglite]', { timeout: PROCESS_TEST_TIMEOUT_MS * 2 }, () => {
  it('takes over a stale lock, refuses a second server and the chat with one line, frees on a clean stop', async () => {
    const DATA_DIR = mkdtempSync(join(tmpdir(), 'runloop-datadir-'));
    dirs.push(DATA_DIR);
    const lockPath = join(DATA_DIR, LOCK_FILE);
    // A lock left by a process that has exited (killed outright, or the machine went down).
    const gone = Number(
      spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout,
    );
    writeFileSync(
      lockPath,
      JSON.stringify({
        pid: gone,
        hostname: hostname(),
        startedAt: '2026-12-01T19:00:00.000Z',
        role: 'service',
        token: 'gone',
      }),
    );

    const first = await startServer({ DATA_DIR });
    await ready(first);
    const pid = first.child.pid!;
    expect(parseHolder(readFileSync(lockPath, 'utf8'))).toMatchObject({
      pid,
      role: 'service',
      url: first.baseUrl,
    });

    const second = await runUntilExit({ DATA_DIR });
    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    const line = second.stderr.trim().split('\n');
    expect(line).toHaveLength(1);
    expect(line[0]).toMatch(/^runloop: DATA_DIR .+ is in use by the runloop service \(pid \d+/);
    expect(line[0]).toContain(`pid ${pid},`);
    expect(line[0]).toContain(first.baseUrl);

    const chat = await chatProcess(DATA_DIR);
    expect(chat.code).toBe(1);
    expect(chat.out).toBe('');
    expect(chat.err.trim().split('\n')).toHaveLength(1);
    expect(chat.err).toContain(
      `runloop chat: the data directory ${DATA_DIR} is in use by the runloop service (pid ${pid},`,
    );
    expect(chat.err).toContain(`talk to it at ${first.baseUrl}`);
    // The refused processes left the service's lock as it was, and the service still answers.
    expect(parseHolder(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid, url: first.baseUrl });
    expect((await fetch(`${first.baseUrl}/health`)).status).toBe(200);

    expect(await first.stop('SIGTERM')).toBe(0);
    expect(existsSync(lockPath)).toBe(false);
    const next = await startServer({ DATA_DIR });
    expect(parseHolder(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: next.child.pid });
    expect(await next.stop('SIGINT')).toBe(0);
    expect(existsSync(lockPath)).toBe(false);
  });
});
