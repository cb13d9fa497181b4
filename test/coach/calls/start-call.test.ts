/**
 * A call comes in (issue 13 §1–2): a known runner hears today's session and where they should be; an
 * unknown, withheld or malformed number hears how to link a phone and nothing about any runner.
 */
import { expect, it } from 'vitest';
import { callTurn, openConversation, startCall } from '../../../coach/channel.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { callFixture, PHONE, START } from './call-fixture.js';

const text = (step: { lines: readonly { text: string }[] }) => step.lines.map((l) => l.text).join(' ');

describeEachDatabase('startCall', (ctx) => {
  it.each(['+4915199999999', 'anonymous', '', 'client:ana', '4915112345678', 'Restricted'])(
    'the number %j hears how to link a phone, nothing about any runner, and is hung up on',
    async (from) => {
      const f = await callFixture(ctx.handle);
      f.at(`${f.tempo.date}T07:00:00Z`);
      const step = await startCall(f.deps, { callSid: 'CA-unknown', from });
      expect(step.next).toBe('hangup');
      expect(text(step)).toMatch(/\/phone on Telegram, the API or the command line/);
      expect(text(step)).not.toMatch(/Ana|tempo|5:12|warm-up/i);
      expect(await f.deps.repositories.calls.list(f.athleteId)).toEqual([]);
      // A turn on a call that never started is treated the same way.
      const turn = await callTurn(f.deps, { callSid: 'CA-unknown', from, input: { speech: 'five ten' } });
      expect(turn.next).toBe('hangup');
      expect(text(turn)).not.toMatch(/Ana|5:12/);
    },
  );

  it('a known caller on a tempo day hears the session, then the coach listens with hints and keys', async () => {
    const f = await callFixture(ctx.handle);
    f.at(`${f.tempo.date}T07:00:00Z`);
    const step = await startCall(f.deps, { callSid: 'CA1', from: PHONE });
    expect(step.next).toBe('gather');
    expect(step.keys).toBe(true);
    expect(text(step)).toMatch(
      /^Hi Ana\. Tempo run today: 15 minutes warm-up, then 3 times 5 minutes at 5:12 to 5:20\./,
    );
    expect(text(step)).toMatch(/press 1 for easy, 2 for ok, 3 for hard, or 9 to stop/);
    expect(step.hints).toEqual(expect.arrayContaining(['pace', 'heart rate', '5:12', '5:20', 'chest pain']));
    for (const line of step.lines) expect(line.source).toBe('template');
    const call = await f.deps.repositories.calls.find('CA1');
    expect(call).toMatchObject({
      athleteId: f.athleteId,
      sessionDate: f.tempo.date,
      stepIndex: 0,
      retries: 0,
    });
  });

  it('a rest day and a runner without a plan are told so plainly, and the coach still listens', async () => {
    const f = await callFixture(ctx.handle);
    const plan = await f.deps.repositories.plans.active(f.athleteId);
    const dates = new Set(plan!.sessions.filter((s) => s.kind !== 'rest').map((s) => s.date));
    let rest = f.tempo.date;
    while (dates.has(rest))
      rest = new Date(Date.parse(`${rest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    f.at(`${rest}T07:00:00Z`);
    const step = await startCall(f.deps, { callSid: 'CA-rest', from: PHONE });
    expect(text(step)).toMatch(/Rest day today/);
    expect(step.next).toBe('gather');

    // A runner still onboarding (no plan yet).
    const opened = await openConversation(
      f.deps,
      { channel: 'phone', e164: '+4915100000001' },
      { name: 'Bo', timezone: 'UTC' },
    );
    expect(opened.ok).toBe(true);
    const none = await startCall(f.deps, { callSid: 'CA-none', from: '+4915100000001' });
    expect(text(none)).toMatch(/^Hi Bo\. You have no plan yet/);
    expect(none.next).toBe('gather');
    expect(START < rest).toBe(true);
  });

  it('a second call of the day knows how far in the runner should be, from the first call', async () => {
    const f = await callFixture(ctx.handle);
    f.at(`${f.tempo.date}T07:00:00Z`);
    await startCall(f.deps, { callSid: 'CA-first', from: PHONE });
    f.at(`${f.tempo.date}T07:17:00Z`);
    const second = await startCall(f.deps, { callSid: 'CA-second', from: PHONE });
    expect(text(second)).toMatch(/about 17 minutes in: rep 1, 5 minutes at 5:12 to 5:20/);
    expect(await f.deps.repositories.calls.find('CA-second')).toMatchObject({
      stepIndex: 1,
      runStartedAt: `${f.tempo.date}T07:00:00.000Z`,
    });
    // And its turns place the runner by that clock: on pace in rep 1, two more minutes of it.
    const turn = await callTurn(f.deps, {
      callSid: 'CA-second',
      from: PHONE,
      input: { speech: 'five sixteen' },
    });
    expect(text(turn)).toMatch(
      /^Good, hold it: 5:16 is on target, 5:12 to 5:20\. 3 more minutes of this rep/,
    );
  });
});
