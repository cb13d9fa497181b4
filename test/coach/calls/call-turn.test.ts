/**
 * The turns of a call (issue 13 §3–4): speech through the phone reader and `midRunCue`, keys, the call's
 * asks, retries, and the safety stop. Each cue names the numbers it came from and is stored on the call.
 */
import { expect, it } from 'vitest';
import { callTurn, startCall, type CallInput } from '../../../coach/channel.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { callFixture, PHONE, type CallFixture } from './call-fixture.js';

const text = (step: { lines: readonly { text: string }[] }) => step.lines.map((l) => l.text).join(' ');

describeEachDatabase('callTurn', (ctx) => {
  async function onTheLine(
    day: 'tempo' | 'easy',
    sid = 'CA1',
  ): Promise<CallFixture & { say(input: CallInput | string): ReturnType<typeof callTurn> }> {
    const f = await callFixture(ctx.handle);
    f.at(`${f[day].date}T07:00:00Z`);
    await startCall(f.deps, { callSid: sid, from: PHONE });
    return {
      ...f,
      say: (input) =>
        callTurn(f.deps, {
          callSid: sid,
          from: PHONE,
          input: typeof input === 'string' ? { speech: input, confidence: 0.9 } : input,
        }),
    };
  }

  it('mid-tempo too fast, on pace and too slow: the cues differ and name the paces', async () => {
    const f = await onTheLine('tempo');
    const fast = await f.say('seventeen minutes in, pace five flat');
    expect(text(fast)).toBe(
      'Ease off 16 seconds a kilometre: you are at 5:00, target 5:12 to 5:20. 3 more minutes of this rep, then 1 minute recovery jog.',
    );
    expect(fast.next).toBe('gather');
    expect(fast.keys).toBe(true);
    const onPace = await f.say('seventeen minutes in, five sixteen');
    expect(text(onPace)).toMatch(/^Good, hold it: 5:16 is on target, 5:12 to 5:20\./);
    const slow = await f.say('seventeen minutes in, pace five thirty five');
    expect(text(slow)).toMatch(/^Pick it up 19 seconds a kilometre: you are at 5:35, target 5:12 to 5:20\./);

    const call = await f.deps.repositories.calls.find('CA1');
    expect(call?.reports.map((r) => r.cue.cue)).toEqual(['slow_down', 'hold', 'speed_up']);
    expect(call?.reports[0]).toMatchObject({
      speech: 'seventeen minutes in, pace five flat',
      report: { elapsedSeconds: 1020, rollingPaceSPerKm: 300 },
      cue: { stepIndex: 1, rep: 1, reasons: [{ code: 'PACE_FASTER_THAN_TARGET' }] },
    });
    expect(call).toMatchObject({ previousCue: 'speed_up', stepIndex: 1, retries: 0 });
  });

  it('the issue example: twenty minutes in, five ten, one sixty-five, feeling heavy', async () => {
    const f = await onTheLine('tempo');
    const step = await f.say('nineteen minutes in, pace five ten, heart rate one sixty-five, feeling heavy');
    // 5:10 is inside the hysteresis band of 5:12–5:20, and "heavy" is what threshold running feels like.
    expect(text(step)).toBe(
      'Good, hold it: 5:10 is on target, 5:12 to 5:20. 1 more minute of this rep, then 1 minute recovery jog.',
    );
    expect(step.lines[0]!.text.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(2);
    const call = await f.deps.repositories.calls.find('CA1');
    expect(call?.reports[0]?.report).toMatchObject({
      elapsedSeconds: 1140,
      rollingPaceSPerKm: 310,
      hr: 165,
      feel: 'hard',
    });
  });

  it('heart rate over the easy ceiling on an easy day: slow down, even on pace', async () => {
    const f = await onTheLine('easy');
    const step = await f.say('twenty minutes in, pace six twenty, heart rate one fifty five');
    expect(text(step)).toMatch(/^Slow down: heart rate 155 is over your easy ceiling of 149\./);
    expect((await f.deps.repositories.calls.find('CA1'))?.reports[0]?.cue.reasons[0]?.code).toBe(
      'HR_ABOVE_EASY_CEILING',
    );
  });

  it('a red flag: stop running now, a red-flag check-in stored, the day stopped, the call hung up', async () => {
    const f = await onTheLine('tempo');
    const step = await f.say('I feel dizzy and I have chest pain');
    expect(step.next).toBe('hangup');
    expect(text(step)).toMatch(/^Stop running now/);
    expect(text(step)).toMatch(/professional/);
    expect(text(step)).toMatch(/emergency/);
    expect(text(step)).not.toMatch(/heart attack|cardiac|you have a/i);
    const checkins = await f.deps.repositories.checkins.list(f.athleteId);
    expect(checkins.map((c) => [...c.redFlags].sort())).toEqual([['chest_pain', 'dizziness']]);
    const call = await f.deps.repositories.calls.find('CA1');
    expect(call).toMatchObject({ status: 'red-flag', checkinId: checkins[0]!.id, previousCue: 'stop' });
    const decisions = await f.deps.repositories.decisions.list(f.athleteId);
    expect(decisions.some((d) => d.rule === 'safety.red-flag' && d.date === f.tempo.date)).toBe(true);
    // The day's training is stopped: a call back hears so, and a turn on the stopped call hangs up.
    const again = await startCall(f.deps, { callSid: 'CA2', from: PHONE });
    expect(text(again)).toMatch(/red flag today, so no running/);
    expect((await f.say('five ten')).next).toBe('hangup');
  });

  it('serious pain stops too, and is stored as the check-in', async () => {
    const f = await onTheLine('tempo');
    const step = await f.say('my knee hurts, pain 7 out of 10');
    expect(step.next).toBe('hangup');
    expect(text(step)).toMatch(
      /^Stop running now and walk home\. If it does not ease, see a qualified health professional\.$/,
    );
    const checkins = await f.deps.repositories.checkins.list(f.athleteId);
    expect(checkins[0]?.pain?.score).toBe(7);
  });

  it('empty speech asks again once, then offers the keys; a low confidence counts as empty', async () => {
    const f = await onTheLine('tempo');
    const first = await f.say({ silence: true });
    expect(text(first)).toMatch(/^Sorry, I did not catch that\./);
    expect(first.next).toBe('gather');
    const second = await f.say({ speech: 'five ten', confidence: 0.3 });
    expect(text(second)).toMatch(
      /^Let us use the keys\. Press 1 for easy, 2 for ok, 3 for hard, or 9 to stop\./,
    );
    expect(second.keys).toBe(true);
    expect((await f.deps.repositories.calls.find('CA1'))?.retries).toBe(2);
    // Understood again: the count starts over.
    await f.say({ digits: '2' });
    expect((await f.deps.repositories.calls.find('CA1'))?.retries).toBe(0);
    expect(text(await f.say({ speech: '' }))).toMatch(/^Sorry/);
  });

  it('keys: 1 easy, 2 ok, 3 hard are reports; 9 ends the session for today and hangs up politely', async () => {
    const f = await onTheLine('tempo');
    f.at(`${f.tempo.date}T07:17:00Z`);
    for (const digits of ['1', '2', '3']) expect((await f.say({ digits })).next).toBe('gather');
    const call = await f.deps.repositories.calls.find('CA1');
    expect(call?.reports.map((r) => [r.digits, r.report.feel])).toEqual([
      ['1', 'easy'],
      ['2', 'ok'],
      ['3', 'hard'],
    ]);
    const stop = await f.say({ digits: '9' });
    expect(stop.next).toBe('hangup');
    expect(text(stop)).toMatch(/^Session stopped for today/);
    expect((await f.deps.repositories.calls.find('CA1'))?.status).toBe('stopped');
    expect(text(await f.say({ digits: '7' }))).toMatch(/^Session stopped/);
  });

  it('"how long left", "what\'s next" and "repeat" are understood', async () => {
    const f = await onTheLine('tempo');
    const unknown = await f.say('how long left');
    expect(text(unknown)).toMatch(/^Tell me how long you have been running/);
    await f.say('seventeen minutes in, five sixteen');
    const left = await f.say('how long left');
    expect(text(left)).toBe('About 3 minutes left of this part, and 26 minutes of the session.');
    const next = await f.say("what's next");
    expect(text(next)).toBe('Next: 1 minute recovery jog, in 3 minutes.');
    const again = await f.say('repeat');
    expect(text(again)).toBe(text(next));
    // A stated elapsed time anchors the call's clock: ten minutes later the runner is 27 minutes in, at the start of rep 3.
    f.at(`${f.tempo.date}T07:10:00Z`);
    expect(text(await f.say("what's next"))).toBe('Next: 1 minute recovery jog, in 5 minutes.');
  });
});
