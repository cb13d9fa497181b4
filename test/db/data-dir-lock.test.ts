/**
 * The data directory lock (db/data-dir-lock.ts): one holder at a time, the holder named to the next, a
 * stale lock (its process gone, or unreadable) taken over, released only by its own holder, and several
 * processes racing for a stale lock leave exactly one holder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  DataDirInUseError,
  LOCK_FILE,
  parseHolder,
  processIsAlive,
  type DataDirLockDeps,
} from '../../db/data-dir-lock.js';
import { PROCESS_TEST_TIMEOUT_MS, ROOT } from '../helpers/process.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'runloop-lock-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A process on host `here` whose peers are alive when listed in `alive`. */
const as = (pid: number, alive: readonly number[] = [], host = 'here'): DataDirLockDeps => ({
  pid,
  hostname: host,
  now: () => new Date('2026-12-01T20:00:00Z'),
  isAlive: (p) => alive.includes(p),
});

const holderIn = (dir: string) => parseHolder(readFileSync(join(dir, LOCK_FILE), 'utf8'));

/** The pid of a process that has exited. */
function exitedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('data directory lock', () => {
  it('writes the holder, refuses a second live process naming the first, and frees on release', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir, 'service', as(100));
    expect(holderIn(dir)).toMatchObject({ pid: 100, hostname: 'here', role: 'service' });
    expect(holderIn(dir)?.startedAt).toBe('2026-12-01T20:00:00.000Z');

    lock.announce('http://127.0.0.1:3000');
    let refused: unknown;
    try {
      acquireDataDirLock(dir, 'chat', as(200, [100]));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(DataDirInUseError);
    expect(refused).toMatchObject({
      code: 'DATA_DIR_IN_USE',
      dataDir: dir,
      lockPath: join(dir, LOCK_FILE),
      sameHost: true,
      holder: { pid: 100, role: 'service', url: 'http://127.0.0.1:3000' },
    });

    lock.release();
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
    acquireDataDirLock(dir, 'chat', as(200, [100])).release();
  });

  it('takes over a lock whose process is gone, and the old holder then leaves it alone', () => {
    const dir = tempDir();
    const old = acquireDataDirLock(dir, 'service', as(100));
    const next = acquireDataDirLock(dir, 'service', as(200, []));
    expect(holderIn(dir)).toMatchObject({ pid: 200 });
    old.release();
    expect(holderIn(dir)).toMatchObject({ pid: 200 });
    next.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock holding its own pid (a restarted container reuses pids), even from another host', () => {
    const dir = tempDir();
    const left = { pid: 1, hostname: 'old-container', startedAt: '2026-12-01T19:00:00.000Z' };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...left, role: 'service', token: 'gone' }));
    const lock = acquireDataDirLock(dir, 'service', as(1, [], 'new-container'));
    expect(holderIn(dir)).toMatchObject({ pid: 1, hostname: 'new-container' });
    lock.release();
  });

  it('refuses a second open of the directory in the same process', () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir, 'service', as(100));
    expect(() => acquireDataDirLock(dir, 'chat', as(100))).toThrow(DataDirInUseError);
    lock.release();
  });

  it('takes over a lock written before the host restarted, though its pid now runs something else', () => {
    const dir = tempDir();
    acquireDataDirLock(dir, 'service', { ...as(100), bootId: 'before' });
    expect(holderIn(dir)).toMatchObject({ bootId: 'before' });
    expect(() => acquireDataDirLock(dir, 'chat', { ...as(200, [100]), bootId: 'before' })).toThrow(
      DataDirInUseError,
    );
    const lock = acquireDataDirLock(dir, 'service', { ...as(200, [100]), bootId: 'after' });
    expect(holderIn(dir)).toMatchObject({ pid: 200, bootId: 'after' });
    lock.release();
  });

  it('does not take over from another host (its pid cannot be checked here) and says so', () => {
    const dir = tempDir();
    acquireDataDirLock(dir, 'service', as(100, [], 'elsewhere'));
    expect(() => acquireDataDirLock(dir, 'chat', as(200, []))).toThrow(
      expect.objectContaining({
        sameHost: false,
        holder: expect.objectContaining({ hostname: 'elsewhere' }),
      }),
    );
  });

  it.each([[''], ['{"pid":'], ['{"pid":-4}'], ['null']])('takes over an unreadable lock %j', (text) => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), text);
    const lock = acquireDataDirLock(dir, 'chat', as(200));
    expect(holderIn(dir)).toMatchObject({ pid: 200, role: 'chat' });
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('releases on process exit, and stops listening for it once released', () => {
    const before = process.listenerCount('exit');
    const lock = acquireDataDirLock(tempDir(), 'chat', as(200));
    expect(process.listenerCount('exit')).toBe(before + 1);
    lock.release();
    expect(process.listenerCount('exit')).toBe(before);
  });

  it('tells a live pid from one that has exited', () => {
    expect(processIsAlive(process.pid)).toBe(true);
    expect(processIsAlive(exitedPid())).toBe(false);
  });
});

describe('data directory lock across processes', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('of three processes racing for a stale lock, exactly one holds it', async () => {
    const dir = tempDir();
    const stale = { pid: exitedPid(), hostname: hostname(), startedAt: '2026-12-01T19:00:00.000Z' };
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...stale, role: 'chat', token: 'gone' }));
    // Each takes the lock with the real pid and host, says what happened, and holds until stdin closes.
    const script = `
      import { acquireDataDirLock } from './db/data-dir-lock.ts';
      let lock;
      try { lock = acquireDataDirLock(${JSON.stringify(dir)}, 'chat'); console.log('held'); }
      catch (e) { console.log(e.code ?? e.message); }
      process.stdin.resume();
      process.stdin.on('end', () => { lock?.release(); });`;
    const children = [0, 1, 2].map(() =>
      spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'inherit'],
      }),
    );
    const said = await Promise.all(
      children.map(
        (child) =>
          new Promise<string>((resolve) => {
            let out = '';
            child.stdout.on('data', (c: Buffer) => {
              out += c.toString();
              if (out.includes('\n')) resolve(out.trim());
            });
          }),
      ),
    );
    expect(said.sort()).toEqual(['DATA_DIR_IN_USE', 'DATA_DIR_IN_USE', 'held']);
    await Promise.all(
      children.map((child) => {
        child.stdin.end();
        return new Promise((resolve) => child.once('exit', resolve));
      }),
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
