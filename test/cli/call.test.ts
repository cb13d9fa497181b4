/**
 * `runloop call` (issue 13): a scripted call on the terminal, in-process on each database, through the
 * same voice routes as Twilio's (`voice/local-call.ts`) and the real coach; the runner the call comes from;
 * and the real process for what only it does (no runner with a phone: the link hint, exit 2).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { callerInput, callOnTerminal } from '../../cli/call/call-on-terminal.js';
import { createEspeakSpeaker } from '../../cli/call/espeak.js';
import { callerNumber } from '../../cli/commands/call.js';
import type { CoachDeps } from '../../coach/coach-deps.js';
import { callFixture, PHONE } from '../coach/calls/call-fixture.js';
import { describeEachDatabase } from '../helpers/database.js';
import { PROCESS_TEST_TIMEOUT_MS, ROOT } from '../helpers/process.js';

const LINK_HINT =
  /link a phone with \/phone on Telegram, runloop phone --runner \S+ \+49…, or PATCH \/api\/athletes\//;

function terminal(lines: readonly string[]) {
  const io = { out: '', err: '' };
  return {
    io,
    cli: {
      stdout: (t: string) => void (io.out += t),
      stderr: (t: string) => void (io.err += t),
      stdin: Readable.from(lines.map((l) => `${l}\n`)),
    },
  };
}

const coachLines = (out: string) =>
  out
    .split('\n')
    .map((l) => l.replace(/^(you: )+/, ''))
    .filter((l) => l.startsWith('coach: '));

describeEachDatabase('runloop call', (ctx) => {
  const speech = async (deps: CoachDeps, lines: readonly string[]) => {
    const t = terminal(lines);
    const said: string[][] = [];
    const code = await callOnTerminal(deps, t.cli, {
      from: PHONE,
      speaker: { say: (l) => void said.push([...l]), stop: () => undefined },
    });
    return { code, ...t.io, said };
  };

  it('a mid-run check-in: the greeting names today, a cue, 9 stops and hangs up, the call ended', async () => {
    const f = await callFixture(ctx.handle);
    f.at(`${f.tempo.date}T07:00:00Z`);
    const t = terminal([]);
    expect(await callerNumber(f.deps, ctx.handle, t.cli, {})).toBe(PHONE);

    const call = await speech(f.deps, ['twenty minutes in, pace five ten', '9', 'never read']);
    expect(call.code, call.err).toBe(0);
    const lines = coachLines(call.out);
    expect(lines[0]).toMatch(/^coach: Hi Ana\. Tempo run today: 15 minutes warm-up/);
    expect(lines[2]).toMatch(
      /^coach: Hold what you are doing: the target is 6:08 to 6:51\. 1 more minute of this recovery/,
    );
    expect(lines.at(-1)).toMatch(/^coach: Session stopped for today.*Goodbye\./);
    expect(call.out).toMatch(/\[call ended\]\n$/);
    expect(call.out).not.toContain('never read');
    expect(call.said.length).toBe(3);
    expect(call.said[0]?.join(' ')).toMatch(/^Hi Ana\./);

    const [stored] = await f.deps.repositories.calls.list(f.athleteId);
    expect(stored).toMatchObject({ status: 'stopped', endStatus: 'completed' });
    expect(stored?.reports.map((r) => r.cue.cue)).toHaveLength(1);
  });

  it('the end of input hangs up: the status callback completes the call', async () => {
    const f = await callFixture(ctx.handle);
    f.at(`${f.tempo.date}T07:00:00Z`);
    const call = await speech(f.deps, ['', '2']);
    expect(call.code, call.err).toBe(0);
    expect(coachLines(call.out).length).toBeGreaterThanOrEqual(3);
    const [stored] = await f.deps.repositories.calls.list(f.athleteId);
    expect(stored).toMatchObject({ endStatus: 'completed' });
  });

  it('a runner without a phone: the link hint and exit 2; --phone is taken as is', async () => {
    const f = await callFixture(ctx.handle);
    const ben = await f.deps.repositories.athletes.create({ name: 'Ben' });
    if (!ben.ok) throw new Error(ben.code);
    const t = terminal([]);
    expect(await callerNumber(f.deps, ctx.handle, t.cli, { runner: ben.value.id })).toBe(2);
    expect(t.io.err).toMatch(LINK_HINT);
    expect(t.io.err).toContain(ben.value.id);
    expect(t.io.err.trim().split('\n')).toHaveLength(1);
    expect(await callerNumber(f.deps, ctx.handle, t.cli, { runner: f.athleteId })).toBe(PHONE);
    expect(await callerNumber(f.deps, ctx.handle, t.cli, { phone: '+4915199999999' })).toBe('+4915199999999');
    expect(await callerNumber(f.deps, ctx.handle, t.cli, { phone: '0151' })).toBe(2);
  });
});

describe('typed lines on the call', () => {
  it.each([
    ['twenty minutes in', { kind: 'speech', text: 'twenty minutes in' }],
    ['9', { kind: 'keys', digits: '9' }],
    [' 1 ', { kind: 'keys', digits: '1' }],
    ['', { kind: 'silence' }],
    ['/hangup', { kind: 'hangup' }],
  ])('%j', (line, input) => expect(callerInput(line)).toEqual(input));

  it('speaking with no espeak-ng installed fails nothing', () => {
    const speaker = createEspeakSpeaker('runloop-no-such-espeak');
    expect(() => speaker.say(['Hi Ana.'])).not.toThrow();
    speaker.stop();
  });
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('runloop call (process)', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('with no runner holding a phone: the link hint on one line and exit 2', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'runloop-call-'));
    dirs.push(dataDir);
    const child = spawn(process.execPath, ['bin/runloop.js', 'call', '--quiet'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, TZ: 'UTC' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let err = '';
    child.stdout.resume();
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, err).toBe(2);
    expect(err).toMatch(LINK_HINT);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
