/**
 * `runloop chat` as a newcomer meets it: the terminal conversation (`converse`, in-process on each
 * database with typed lines) answering the onboarding questions (some by number, only the slots still
 * missing), then today's session, a run, its RPE by number, and coming back later; and the real process
 * for what only it does (flags, exit codes).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { converse } from '../../cli/commands/chat.js';
import { coachDeps } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';
import { PROCESS_TEST_TIMEOUT_MS, ROOT } from '../helpers/process.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'runloop-chat-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describeEachDatabase('runloop chat', (ctx) => {
  const deps = () => coachDeps(ctx.handle, { now: () => new Date('2026-12-07T09:00:00Z') });
  async function chat(dataDir: string, lines: string[], flags: { athlete?: string; new?: boolean } = {}) {
    let out = '';
    let err = '';
    const code = await converse(
      deps(),
      {
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
        stdin: Readable.from(lines.map((l) => `${l}\n`)),
      },
      { new: false, ...flags, dataDir, timezone: 'UTC' },
    );
    return { code, out, err };
  }

  it('onboards a new runner, builds a plan, logs a run with its RPE, and remembers them', async () => {
    const dataDir = tempDir();
    const first = await chat(dataDir, [
      'Ana',
      '1', // km, by number
      '5k in 25:00',
      'half',
      '2027-05-06', // a race ~5 months out
      'tue thu sat sun', // the long run falls on Sunday
      '30 km',
      '2', // intermediate, by number
      '4', // the closing question's options: Best Friend
      'what is today?',
      'ran 8k in 46:30',
      '5', // the RPE, by number
      '/quit',
    ]);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain('Kilometres or miles?');
    expect(first.out).toMatch(/VDOT 38\.\d/);
    expect(first.out).toContain('8 km in 46:30');
    expect(first.out).toMatch(/RPE 5\/10/);
    expect(first.out).not.toMatch(/didn.t (quite )?(catch|get) that/i);
    expect(first.out).toContain('See you on the road.');
    const remembered = readFileSync(join(dataDir, '.chat-athlete'), 'utf8').trim();
    expect(remembered).toMatch(/^[0-9a-f-]{36}$/);
    const ana = await deps().repositories.athletes.findById(remembered);
    expect(ana).toMatchObject({ name: 'Ana', units: 'km', persona: 'best-friend' });

    const again = await chat(dataDir, ['what are my paces?', '/quit']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Welcome back, Ana.');
    expect(again.out).toMatch(/Threshold: 5:1\d\/km/);
  });

  it('asks the name again when it is too long, and refuses an unknown runner', async () => {
    const dataDir = tempDir();
    const named = await chat(dataDir, ['A'.repeat(81), 'Bo', '/quit'], { new: true });
    expect(named.code).toBe(0);
    expect(named.out).toMatch(/at most 80 characters/);
    expect(named.out).toContain('Kilometres or miles?');
    const unknown = await chat(dataDir, [], { athlete: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no runner with id');
  });
});

function chatProcess(dataDir: string, args: string[]): Promise<{ code: number | null; err: string }> {
  const child = spawn(process.execPath, ['bin/runloop.js', 'chat', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, TZ: 'UTC' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let err = '';
  child.stdout.resume();
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  child.stdin.end();
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, err })));
}

describe('runloop chat (process)', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  // One boot without a database: the unknown runner is refused in-process above, on both databases.
  it('refuses an unknown persona with one line and exit 2', async () => {
    const persona = await chatProcess(tempDir(), ['--persona', 'pirate']);
    expect(persona.code).toBe(2);
    expect(persona.err.trim().split('\n')).toHaveLength(1);
  });
});
