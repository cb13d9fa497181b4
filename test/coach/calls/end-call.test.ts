/**
 * After the call (issue 13 §5): its reports become an in-run check-in, and a completed call asks the
 * post-run RPE — on Telegram through the outbox when the runner has a chat (once per call SID, however
 * often the status callback comes), otherwise at their next message ("6" rates it). Export and delete
 * cover the call.
 */
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { callTurn, endCall, handleMessage, startCall } from '../../../coach/channel.js';
import { buildRunnerExport } from '../../../coach/use-cases/runner-export.js';
import { athletes, calls, outbox } from '../../../db/schema/index.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { callFixture, PHONE, type CallFixture } from './call-fixture.js';

describeEachDatabase('endCall', (ctx) => {
  async function calledMidTempo(f: CallFixture, sid = 'CA1') {
    f.at(`${f.tempo.date}T07:00:00Z`);
    await startCall(f.deps, { callSid: sid, from: PHONE });
    await callTurn(f.deps, {
      callSid: sid,
      from: PHONE,
      input: { speech: 'seventeen minutes in, pace five flat, left calf sore 2 out of 10', confidence: 0.8 },
    });
    f.at(`${f.tempo.date}T07:03:00Z`);
  }
  const rows = () => ctx.handle.db.select().from(outbox);

  it('a completed call of a Telegram runner: the check-in stored, the RPE question in the outbox once', async () => {
    const f = await callFixture(ctx.handle, { telegramChatId: 4242 });
    await calledMidTempo(f);
    const end = { callSid: 'CA1', from: PHONE, status: 'completed' as const, durationSeconds: 95 };
    await endCall(f.deps, end);
    await endCall(f.deps, end);

    const queued = await rows();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ channel: 'telegram', destination: '4242', athleteId: f.athleteId });
    expect((queued[0]!.payload as { message: unknown }).message).toEqual({
      kind: 'rpe-question',
      date: f.tempo.date,
    });

    const checkins = await f.deps.repositories.checkins.list(f.athleteId);
    expect(checkins).toHaveLength(1);
    expect(checkins[0]).toMatchObject({ date: f.tempo.date, pain: { score: 2 }, notes: 'call:CA1' });
    const call = await f.deps.repositories.calls.find('CA1');
    expect(call).toMatchObject({
      status: 'ended',
      endStatus: 'completed',
      durationSeconds: 95,
      checkinId: checkins[0]!.id,
    });
    expect(call?.reports[0]?.cue.cue).toBe('cut_short');

    // A tap on "6" in Telegram rates it: the conversation remembers the question too.
    const rated = await handleMessage(f.deps, {
      athleteId: f.athleteId,
      input: { text: '6' },
      channel: 'telegram',
    });
    expect(rated.ok && rated.value.replies.map((r) => r.text).join(' ')).toMatch(/RPE 6 saved/);
    expect((await f.deps.repositories.calls.find('CA1'))?.rpe).toBe(6);
  });

  it('a runner without Telegram: nothing queued, the conversation remembers, and "6" rates the call\'s session', async () => {
    const f = await callFixture(ctx.handle);
    await calledMidTempo(f);
    await endCall(f.deps, { callSid: 'CA1', from: PHONE, status: 'completed' });
    expect(await rows()).toEqual([]);
    const athlete = await f.deps.repositories.athletes.findById(f.athleteId);
    expect(athlete?.state.conversation.pendingRpe).toEqual({ date: f.tempo.date, callSid: 'CA1' });
    const out = await handleMessage(f.deps, {
      athleteId: f.athleteId,
      input: { text: '6' },
      channel: 'chat',
    });
    expect(out.ok && out.value.replies[0]?.text).toMatch(/^RPE 6 saved for your session on/);
    expect((await f.deps.repositories.calls.find('CA1'))?.rpe).toBe(6);
    const after = await f.deps.repositories.athletes.findById(f.athleteId);
    expect(after?.state.conversation.pendingRpe).toBeUndefined();
  });

  it('a run logged that day is the one the RPE rates', async () => {
    const f = await callFixture(ctx.handle);
    await calledMidTempo(f);
    const logged = await handleMessage(f.deps, {
      athleteId: f.athleteId,
      input: { text: 'ran 8k in 45 min' },
      channel: 'chat',
    });
    expect(logged.ok).toBe(true);
    // Rate it now, so the question after the call is about the call's session, then rated by "7".
    await handleMessage(f.deps, { athleteId: f.athleteId, input: { text: '5' }, channel: 'chat' });
    await endCall(f.deps, { callSid: 'CA1', from: PHONE, status: 'completed' });
    await handleMessage(f.deps, { athleteId: f.athleteId, input: { text: '7' }, channel: 'chat' });
    const runs = await f.deps.repositories.activities.list(f.athleteId);
    expect(runs.at(-1)?.rpe).toBe(7);
  });

  it('no RPE question after a call that failed, was not answered, or stopped for a red flag', async () => {
    const f = await callFixture(ctx.handle, { telegramChatId: 4243 });
    await calledMidTempo(f, 'CA-busy');
    await endCall(f.deps, { callSid: 'CA-busy', from: PHONE, status: 'no-answer' });
    f.at(`${f.tempo.date}T07:10:00Z`);
    await startCall(f.deps, { callSid: 'CA-flag', from: PHONE });
    await callTurn(f.deps, { callSid: 'CA-flag', from: PHONE, input: { speech: 'chest pain' } });
    await endCall(f.deps, { callSid: 'CA-flag', from: PHONE, status: 'completed' });
    await endCall(f.deps, { callSid: 'CA-nobody', from: '+4915199999999', status: 'completed' });
    expect(await rows()).toEqual([]);
    // The red-flag call's check-in is the one stored in the turn, not a second one.
    const checkins = await f.deps.repositories.checkins.list(f.athleteId);
    expect(checkins.filter((c) => c.redFlags.length > 0)).toHaveLength(1);
  });

  it('a completed call is word from the runner (the nightly adaptation leaves their day); a missed one is not', async () => {
    const heard = async (athleteId: string) =>
      (await ctx.handle.db.select().from(athletes).where(eq(athletes.id, athleteId)))[0]?.lastMessageAt;
    const f = await callFixture(ctx.handle);
    await calledMidTempo(f, 'CA-missed');
    await endCall(f.deps, { callSid: 'CA-missed', from: PHONE, status: 'no-answer' });
    expect(await heard(f.athleteId)).toBeNull();
    await calledMidTempo(f, 'CA-done');
    await endCall(f.deps, { callSid: 'CA-done', from: PHONE, status: 'completed' });
    expect((await heard(f.athleteId))?.toISOString()).toBe(`${f.tempo.date}T07:03:00.000Z`);
  });

  it('the export holds the calls with their cues and reasons; deleting the runner deletes them', async () => {
    const f = await callFixture(ctx.handle);
    await calledMidTempo(f);
    await endCall(f.deps, { callSid: 'CA1', from: PHONE, status: 'completed' });
    const athlete = (await f.deps.repositories.athletes.findById(f.athleteId))!;
    const exported = await buildRunnerExport(f.deps, athlete);
    expect(exported.calls).toHaveLength(1);
    expect(exported.calls[0]).toMatchObject({ callSid: 'CA1', reports: [{ cue: { cue: 'cut_short' } }] });
    expect(exported.calls[0]!.reports[0]!.cue.reasons.length).toBeGreaterThan(0);
    expect(exported.checkins.some((c) => c.id === exported.calls[0]!.checkinId)).toBe(true);

    await f.deps.repositories.athletes.delete(f.athleteId);
    expect(await ctx.handle.db.select().from(calls).where(eq(calls.athleteId, f.athleteId))).toEqual([]);
  });
});
