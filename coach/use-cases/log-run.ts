/** Log a run (or a race result) from what the runner said; ask for the RPE when they did not give it. */
import { clarify } from '../turn/clarify.js';
import { assessLoggedRun } from './assess-logged-run.js';
import { runLoggedMessage } from './run-logged-message.js';
import type { Turn, TurnContext } from '../turn/turn.js';

/** A run needs at least a distance or a duration; a race needs both (it sets fitness). */
export async function logRun(ctx: TurnContext, race: boolean): Promise<Turn> {
  const s = ctx.parsed.slots;
  const distanceMeters = s.distanceM;
  const durationSeconds =
    s.durationS ??
    (distanceMeters !== undefined && s.paceSPerKm !== undefined
      ? (distanceMeters / 1000) * s.paceSPerKm
      : undefined);
  if (race && (distanceMeters === undefined || durationSeconds === undefined)) {
    return clarify({
      code: 'RACE_DETAILS_MISSING',
      slot: 'distanceM',
    });
  }
  if (distanceMeters === undefined && durationSeconds === undefined) {
    return clarify({
      code: 'RUN_DETAILS_MISSING',
      slot: 'distanceM',
    });
  }
  const date = s.date ?? ctx.sentOn;
  const activity = await ctx.repos.activities.add({
    athleteId: ctx.athlete.id,
    date,
    ...(distanceMeters !== undefined ? { distanceMeters } : {}),
    ...(durationSeconds !== undefined ? { durationSeconds } : {}),
    ...(s.avgHr !== undefined ? { avgHr: s.avgHr } : {}),
    ...(s.maxHr !== undefined ? { maxHr: s.maxHr } : {}),
    ...(s.cadence !== undefined ? { cadence: s.cadence } : {}),
    ...(s.rpe !== undefined ? { rpe: s.rpe } : {}),
    ...(race ? { race: true } : {}),
    source: 'chat',
  });
  const planned = await ctx.repos.plans.setStatus(ctx.athlete.id, date, 'done');
  const runsLogged = await ctx.repos.activities.count(ctx.athlete.id);
  const { assessment, grayZone } = await assessLoggedRun(ctx.repos, ctx.athlete.id, activity);
  // A run the rules recognise as a race (a parkrun "went all out", `isRaceEffort`) is worded as one, as it
  // is judged: the assessment judged it against the plan's VDOT.
  const shown = assessment?.judgedAs === 'race' ? { ...activity, race: true } : activity;
  const turn: Turn = {
    messages: [
      runLoggedMessage(shown, {
        ...(planned ? { plannedKind: planned.kind } : {}),
        runsLogged,
        ...(grayZone && shown.race !== true ? { grayZone } : {}),
      }),
    ],
    events: [{ type: 'activity_logged', activityId: activity.id, date, race }],
    adapt: true,
  };
  if (s.rpe !== undefined) return turn;
  return {
    ...turn,
    messages: [
      ...turn.messages,
      {
        kind: 'rpe-question',
        date,
        ...(distanceMeters !== undefined ? { km: distanceMeters / 1000 } : {}),
        ...(durationSeconds !== undefined ? { seconds: durationSeconds } : {}),
      },
    ],
    state: { ...ctx.state, pendingRpe: { activityId: activity.id, date } },
  };
}
