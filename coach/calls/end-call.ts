/**
 * A call ends (Twilio's status callback). The call's reports become an in-run check-in (pain and red
 * flags, linked from the call row, which keeps every report and cue). A completed call asks the post-run
 * RPE: on Telegram through the outbox when the runner has a chat, and always remembered by the
 * conversation, so their next message "6" rates it. Once per call SID, however often the callback comes.
 */
import { applyAdaptation } from '../adaptation/apply-adaptation.js';
import type { CoachDeps } from '../coach-deps.js';
import { outboxMessagesFor } from '../delivery/outbox-messages.js';
import type { Athlete } from '../model/athlete.js';
import type { NewCheckin } from '../model/checkin.js';
import type { CallRecord } from '../ports/call-repository.js';
import type { Repositories } from '../ports/repositories.js';
import { classifyRedFlags } from '../rules/safety/red-flags.js';
import type { CallEnd } from './call-types.js';

/** The `processed_events` source that makes the RPE question after a call go once per call SID. */
export const CALL_RPE_EVENT = 'call-rpe';

export async function endCall(deps: CoachDeps, end: CallEnd): Promise<void> {
  const at = end.at ?? deps.clock.now();
  await deps.unitOfWork.run(async (repos) => {
    const call = await repos.calls.lockForUpdate(end.callSid);
    if (!call) return;
    const athlete = await repos.athletes.lockForUpdate(call.athleteId);
    if (!athlete) return;
    const checkinId = call.checkinId ?? (await storeReports(repos, athlete, call));
    if (call.endedAt === undefined) {
      await repos.calls.update(call.callSid, {
        status: call.status === 'active' ? 'ended' : call.status,
        endStatus: end.status,
        endedAt: at.toISOString(),
        ...(end.durationSeconds !== undefined && Number.isFinite(end.durationSeconds)
          ? { durationSeconds: Math.max(0, Math.round(end.durationSeconds)) }
          : {}),
        ...(checkinId !== undefined ? { checkinId } : {}),
      });
    }
    if (end.status !== 'completed') return;
    // No RPE question after a call that stopped for a red flag or in which nothing was said.
    const asks =
      call.status !== 'red-flag' &&
      call.reports.length > 0 &&
      (await repos.events.claim(CALL_RPE_EVENT, call.callSid, athlete.id));
    const state = asks ? await askRpe(repos, athlete, call, at) : athlete.state;
    // A call the runner made (mid-run, as a rule) is word from them, as a message is: the nightly
    // adaptation leaves their day to them instead of taking the session for missed.
    await repos.athletes.saveState(athlete.id, state, {}, at);
  });
}

/** The call's reports as one in-run check-in (pain, red flags); none when nothing was reported. */
async function storeReports(
  repos: Repositories,
  athlete: Athlete,
  call: CallRecord,
): Promise<string | undefined> {
  if (call.reports.length === 0) return undefined;
  const pain = Math.max(-1, ...call.reports.map((r) => r.report.painScore ?? -1));
  const flags = classifyRedFlags(call.reports.flatMap((r) => r.report.redFlags ?? []));
  const checkin: NewCheckin = {
    athleteId: athlete.id,
    date: call.sessionDate,
    redFlags: flags,
    ...(pain >= 0 ? { pain: { score: pain } } : {}),
    notes: `call:${call.callSid}`,
  };
  const stored = await repos.checkins.add(checkin);
  // Pain said on the phone limits the coming days, as a typed check-in would.
  if (pain > 0 || flags.length > 0) await applyAdaptation(repos, athlete, call.sessionDate);
  return stored.id;
}

/**
 * The RPE question: on Telegram through the outbox when linked; returns the runner's state with it
 * pending in the conversation (the caller saves it).
 */
async function askRpe(
  repos: Repositories,
  athlete: Athlete,
  call: CallRecord,
  at: Date,
): Promise<Athlete['state']> {
  const runs = await repos.activities.list(athlete.id, { from: call.sessionDate, to: call.sessionDate });
  const run = runs.at(-1);
  const pendingRpe = {
    date: call.sessionDate,
    callSid: call.callSid,
    ...(run !== undefined && run.rpe === undefined ? { activityId: run.id } : {}),
  };
  const state = { ...athlete.state, conversation: { ...athlete.state.conversation, pendingRpe } };
  if (athlete.telegramChatId === undefined) return state;
  // Enqueued, not `enqueueReplies`: the runner did not write on Telegram, so a chat that blocked us stays so.
  const question = {
    kind: 'rpe-question' as const,
    date: call.sessionDate,
    ...(run?.distanceMeters !== undefined ? { km: run.distanceMeters / 1000 } : {}),
    ...(run?.durationSeconds !== undefined ? { seconds: run.durationSeconds } : {}),
  };
  const deliver = { channel: 'telegram' as const, destination: String(athlete.telegramChatId) };
  await repos.outbox.enqueue(
    outboxMessagesFor({ ...athlete, athleteId: athlete.id }, deliver, 'telegram', [question], at),
  );
  return state;
}
