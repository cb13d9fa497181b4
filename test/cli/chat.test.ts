/**
 * `runloop chat` as a newcomer meets it: a real process on a fresh embedded database, answering the
 * onboarding questions (some by number, only the slots still missing), then today's session, a run, its RPE, and coming back later.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_TIMEOUT_MS, ROOT } from '../helpers/process.js';

const dirs: string[] = [];
/** An ISO date `days` from now (UTC), for a process that reads the real clock. */
const raceDateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function chat(
  dataDir: string,
  lines: string[],
  args: string[] = [],
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['bin/runloop.js', 'chat', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, TZ: 'UTC' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}

describe('runloop chat', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('onboards a new runner, builds a plan, logs a run with its RPE, and remembers them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'runloop-chat-'));
    dirs.push(dataDir);
    const first = await chat(dataDir, [
      'Ana',
      '1', // km, by number
      '5k in 25:00',
      'half',
      raceDateIn(150), // the chat runs on the real clock: a race ~5 months out
      'tue thu sat sun', // the long run falls on Sunday
      '30 km',
      'intermediate',
      '4', // the closing question's options: Best Friend
      'what is today?',
      'ran 8k in 46:30',
      '5',
      '/quit',
    ]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('Kilometres or miles?');
    expect(first.out).toMatch(/VDOT 38\.\d/);
    expect(first.out).toContain('8 km in 46:30');
    expect(first.out).toMatch(/RPE 5\/10/);
    expect(first.out).toContain('See you on the road.');
    const remembered = readFileSync(join(dataDir, '.chat-athlete'), 'utf8').trim();
    expect(remembered).toMatch(/^[0-9a-f-]{36}$/);

    const again = await chat(dataDir, ['what are my paces?', '/quit']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Welcome back, Ana.');
    expect(again.out).toMatch(/Threshold: 5:1\d\/km/);
  });

  it('refuses an unknown persona or runner with one line and exit 2', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'runloop-chat-'));
    dirs.push(dataDir);
    const persona = await chat(dataDir, [], ['--persona', 'pirate']);
    expect(persona.code).toBe(2);
    expect(persona.err.trim().split('\n')).toHaveLength(1);
    const runner = await chat(dataDir, [], ['--athlete', '00000000-0000-4000-8000-000000000000']);
    expect(runner.code).toBe(2);
    expect(runner.err).toContain('no runner with id');
  });
});
