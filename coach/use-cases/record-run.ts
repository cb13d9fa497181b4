/**
 * Stores a run and builds its reply, for every way a run comes in (a chat message, a file): the planned
 * session is marked done, the run is judged against its prescription, the "run logged" reply says so, the
 * RPE question follows when the run has none (and the conversation remembers it, so the next "6" rates
 * this run), and adaptation runs after the turn.
 */
import type { NewActivity } from '../model/activity.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { readAdaptationInputs } from '../adaptation/apply-adaptation.js';
import { assessLoggedRun, readAssessmentInputs } from './assess-logged-run.js';
import { runLoggedMessage } from './run-logged-message.js';

export async function recordRun(ctx: TurnContext, run: NewActivity): Promise<Turn> {
  const { date } = run;
  const race = run.race === true;
  // The two writes, and behind them every read of the turn: what judging the run and adaptation after the
  // turn (`adapt: true`) read. A unit of work runs calls in the order made, so the reads see both writes,
  // and all go to the database in one round trip; the judging then reads nothing more.
  const [activity, planned, runsLogged] = await Promise.all([
    ctx.repos.activities.add(run),
    ctx.repos.plans.setStatus(ctx.athlete.id, date, 'done'),
    ctx.repos.activities.count(ctx.athlete.id),
    readAssessmentInputs(ctx.repos, ctx.athlete.id, date),
    readAdaptationInputs(ctx.repos, ctx.athlete, ctx.today),
  ]);
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
  if (run.rpe !== undefined) return turn;
  const { distanceMeters, durationSeconds } = run;
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
