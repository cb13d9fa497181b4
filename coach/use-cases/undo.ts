/**
 * "undo" / "that wasn't a run": the last fact a message stored (a run, an RPE, a check-in) is taken back
 * within a day, and so are the plan changes adaptation made because of it. The undo is itself stored in the
 * audit log (rule `conversation.undo`, with what was removed and which decisions were withdrawn): nothing
 * disappears silently. Adaptation then runs again for the day on what remains.
 */
import type { CoachEvent } from '../turn/events.js';
import type { ConversationState } from '../model/conversation-state.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { say } from '../turn/turn.js';
import { HISTORY_DAYS } from '../history.js';
import { addDays } from '../rules/calendar/add-days.js';

/** Rule id of the audit record an undo leaves (kept stable, like the adaptation rule ids). */
export const UNDO_RULE = 'conversation.undo';

/**
 * How long a stored fact can be taken back, days: a slip is noticed within the day it was typed (issue 11
 * §3 "within a day"); older facts have fed the plan since and are corrected by logging again.
 */
export const UNDO_WINDOW_DAYS = 1;

type LastStored = NonNullable<ConversationState['lastStored']>;

/**
 * The conversation state after a turn, remembering the fact it stored (the last one, when several) and the
 * decisions and VDOT change adaptation made right after. A turn that stored nothing keeps what was there; an
 * undo forgets it.
 *
 * @example
 * rememberStored({ messages: [], events: [{ type: 'run_rated', activityId: 'a1', rpe: 6 }] }, {}, '2026-12-01')
 * // → { lastStored: { fact: 'rpe', id: 'a1', storedOn: '2026-12-01', decisionIds: [] } }
 */
export function rememberStored(
  turn: Pick<Turn, 'events'>,
  state: ConversationState,
  today: string,
): ConversationState {
  if (turn.events.some((e) => e.type === 'fact_undone')) {
    const { lastStored: _gone, ...rest } = state;
    return rest;
  }
  let fact: Pick<LastStored, 'fact' | 'id'> | undefined;
  for (const e of turn.events) {
    if (e.type === 'activity_logged') fact = { fact: 'run', id: e.activityId };
    else if (e.type === 'run_rated') fact = { fact: 'rpe', id: e.activityId };
    else if (e.type === 'checkin_saved' && e.checkinId !== undefined)
      fact = { fact: 'checkin', id: e.checkinId };
  }
  if (!fact) return state;
  const decisionIds = turn.events.flatMap((e) =>
    e.type === 'plan_adapted' ? e.decisions.map((d) => d.id) : [],
  );
  const vdot = turn.events.find(
    (e): e is Extract<CoachEvent, { type: 'vdot_changed' }> => e.type === 'vdot_changed',
  );
  return {
    ...state,
    lastStored: {
      ...fact,
      storedOn: today,
      decisionIds,
      ...(vdot?.from !== undefined ? { vdotFrom: vdot.from } : {}),
    },
  };
}

/** What was taken back, for the reply. */
type Removed = {
  readonly date: string;
  readonly km?: number;
  readonly seconds?: number;
  readonly rpe?: number;
};

async function removeFact(ctx: TurnContext, last: LastStored): Promise<Removed | undefined> {
  const athleteId = ctx.athlete.id;
  if (last.fact === 'checkin') {
    const gone = await ctx.repos.checkins.remove(athleteId, last.id);
    return gone ? { date: gone.date } : undefined;
  }
  if (last.fact === 'rpe') {
    const before = (await ctx.repos.activities.list(athleteId)).find((a) => a.id === last.id);
    const cleared = await ctx.repos.activities.clearRpe(athleteId, last.id);
    if (!cleared) return undefined;
    return { date: cleared.date, ...(before?.rpe !== undefined ? { rpe: before.rpe } : {}) };
  }
  const gone = await ctx.repos.activities.remove(athleteId, last.id);
  if (!gone) return undefined;
  // The session the run fulfilled is open again, unless another run that day still fulfils it.
  const sameDay = await ctx.repos.activities.count(athleteId, { from: gone.date, to: gone.date });
  const session = (await ctx.repos.plans.active(athleteId))?.sessions.find((s) => s.date === gone.date);
  if (sameDay === 0 && session?.status === 'done')
    await ctx.repos.plans.setStatus(athleteId, gone.date, 'planned');
  return {
    date: gone.date,
    ...(gone.distanceMeters !== undefined ? { km: gone.distanceMeters / 1000 } : {}),
    ...(gone.durationSeconds !== undefined ? { seconds: gone.durationSeconds } : {}),
  };
}

/** Withdraws the plan changes the fact caused: offers are settled as "original kept", changed sessions restored. */
async function withdrawDecisions(ctx: TurnContext, last: LastStored): Promise<string[]> {
  const athleteId = ctx.athlete.id;
  const log = await ctx.repos.decisions.list(athleteId, { from: addDays(ctx.today, -HISTORY_DAYS) });
  const withdrawn: string[] = [];
  for (const id of last.decisionIds) {
    const d = log.find((x) => x.id === id);
    if (!d) continue;
    if (d.status === 'proposed') await ctx.repos.decisions.setStatus(athleteId, d.id, 'kept_original');
    const changedSession = d.before != null && d.after != null && d.date >= ctx.today;
    if (changedSession && d.status !== 'kept_original')
      await ctx.repos.plans.restoreOriginal(athleteId, d.date);
    withdrawn.push(d.id);
  }
  if (last.vdotFrom !== undefined) {
    // The VDOT the fact moved goes back: the version before it is stored again, as a new version.
    const versions = await ctx.repos.plans.versions(athleteId);
    const before = versions.at(-2);
    if (before) await ctx.repos.plans.save(athleteId, before.plan);
    await ctx.repos.fitness.add({
      athleteId,
      date: ctx.today,
      vdot: last.vdotFrom,
      source: 'estimate',
      evidence: { rule: UNDO_RULE, reasons: [{ code: 'RUNNER_UNDID', facts: { fact: last.fact } }] },
    });
  }
  return withdrawn;
}

export async function undoLast(ctx: TurnContext): Promise<Turn> {
  const last = ctx.state.lastStored;
  const { lastStored: _last, ...rest } = ctx.state;
  if (!last || last.storedOn < addDays(ctx.today, -UNDO_WINDOW_DAYS)) {
    return { ...say({ kind: 'nothing-to-undo' }), state: rest };
  }
  const removed = await removeFact(ctx, last);
  if (!removed) return { ...say({ kind: 'nothing-to-undo' }), state: rest };
  const withdrawn = await withdrawDecisions(ctx, last);
  await ctx.repos.decisions.add({
    athleteId: ctx.athlete.id,
    rule: UNDO_RULE,
    date: ctx.today,
    action: `undo_${last.fact}`,
    before: { fact: last.fact, id: last.id, ...removed },
    after: null,
    reasons: [
      {
        code: 'RUNNER_UNDID',
        facts: { fact: last.fact, date: removed.date, withdrawnDecisions: withdrawn.length },
      },
    ],
    inputs: { today: ctx.today, withdrawnDecisionIds: withdrawn },
  });
  const pending = (rest.pendingDecisionIds ?? []).filter((id) => !withdrawn.includes(id));
  const { pendingRpe, pendingDecisionIds: _offers, ...others } = rest;
  const state: ConversationState = {
    ...others,
    ...(pending.length > 0 ? { pendingDecisionIds: pending } : {}),
    ...(pendingRpe && !(last.fact === 'run' && pendingRpe.activityId === last.id) ? { pendingRpe } : {}),
  };
  return {
    messages: [{ kind: 'undone', fact: last.fact, withdrawn: withdrawn.length, ...removed }],
    events: [{ type: 'fact_undone', fact: last.fact, date: removed.date, withdrawnDecisionIds: withdrawn }],
    state,
    adapt: true,
  };
}
