/**
 * Every run of a history judged against the plan: the matching of `adapt/match-activities.ts` (same day,
 * or a day either side when that day had no run of its own), the runner's easy band and HR ceiling from
 * the plan's E steps, and marathon pace from the plan's VDOT (Daniels' Table 5.2).
 */
import { easyOptionsFor } from '../adapt/easy-defaults.js';
import type { Activity } from '../adapt/history.js';
import { matchActivities, type ActivityMatch } from '../adapt/match-activities.js';
import { trainingPaces } from '../paces/training-paces.js';
import type { Plan, Session } from '../plan/types.js';
import { NO_PURPOSE } from '../plan/purposes.js';
import { baseOf, easyTargets } from '../adapt/plan-edit.js';
import type { AssessOptions } from './assess-run.js';
import { assessRun } from './assess-run.js';
import type { RunAssessment } from './run-assessment.js';

/**
 * The options `assessRun` reads for a run on `date` of `plan`: the nearest easy band and ceiling, M pace.
 * A session with its own E step needs no fallback, so the plan is searched only for extra runs.
 *
 * @example
 * assessOptionsFor(plan, '2027-01-13'); // { easy: { pace: { from: 369, to: 412 }, hrCeilingBpm: 141 }, marathonPaceSPerKm: 330 }
 */
export function assessOptionsFor(plan: Plan, date: string, session?: Session): AssessOptions {
  const marathon = plan.vdot !== undefined ? Math.round(trainingPaces(plan.vdot).marathon) : undefined;
  return optionsWith(plan, date, session, marathon);
}

function optionsWith(
  plan: Plan,
  date: string,
  session: Session | undefined,
  marathon: number | undefined,
): AssessOptions {
  const own = session === undefined ? {} : easyTargets(baseOf(session));
  const easy =
    own.pace !== undefined
      ? own
      : easyOptionsFor(
          plan,
          session ?? { date, kind: 'easy', hard: false, minutes: 0, km: 0, purpose: NO_PURPOSE, steps: [] },
          undefined,
          NO_PURPOSE,
        );
  return {
    easy: {
      ...(easy.pace !== undefined ? { pace: easy.pace } : {}),
      ...(easy.hr !== undefined ? { hrCeilingBpm: easy.hr.to } : {}),
    },
    ...(marathon !== undefined ? { marathonPaceSPerKm: marathon } : {}),
    ...(plan.vdot !== undefined ? { vdot: plan.vdot } : {}),
  };
}

/** One run and its assessment, in date order. */
export interface AssessedRun {
  readonly activity: Activity;
  readonly session: Session | undefined;
  readonly assessment: RunAssessment;
}

/**
 * Assesses every run in `activities` (sorted by date) against `plan`; with `from`, only runs on or after
 * it (matching still reads them all: a moved run is matched against every run around it). Lap-by-lap
 * verdicts only with `lapDetail` (the stored record); the rules do without them.
 *
 * @example
 * assessHistory(plan, activities).filter((r) => r.assessment.flags.includes('gray-zone')).length; // 5
 */
export function assessHistory(
  plan: Plan,
  activities: readonly Activity[],
  { from, lapDetail = false }: { readonly from?: string; readonly lapDetail?: boolean } = {},
): AssessedRun[] {
  const match = matchActivities(plan, activities);
  const { sessionOf } = match;
  const done = assessedFor(plan, match, lapDetail);
  let marathon: number | undefined | null = null; // null: not worked out yet
  const out: AssessedRun[] = [];
  for (const activity of activities) {
    if (from !== undefined && activity.date < from) continue;
    let run = done.get(activity);
    if (run === undefined) {
      if (marathon === null)
        marathon = plan.vdot !== undefined ? Math.round(trainingPaces(plan.vdot).marathon) : undefined;
      const session = sessionOf.get(activity);
      const options = { ...optionsWith(plan, activity.date, session, marathon), lapDetail };
      run = { activity, session, assessment: assessRun(activity, session, options) };
      done.set(activity, run);
    }
    out.push(run);
  }
  return out;
}

/**
 * Runs already judged, by plan and by the match they were judged under (`matchActivities` answers the same
 * runs against the same plan with the same match): the rules of one pass judge the same runs several times
 * over windows of their own. A run's verdict depends on the plan, its matched session and `lapDetail` only.
 */
const ASSESSED = new WeakMap<
  Plan,
  WeakMap<ActivityMatch, [Map<Activity, AssessedRun>, Map<Activity, AssessedRun>]>
>();

function assessedFor(plan: Plan, match: ActivityMatch, lapDetail: boolean): Map<Activity, AssessedRun> {
  let byMatch = ASSESSED.get(plan);
  if (byMatch === undefined) {
    byMatch = new WeakMap();
    ASSESSED.set(plan, byMatch);
  }
  let both = byMatch.get(match);
  if (both === undefined) {
    both = [new Map(), new Map()];
    byMatch.set(match, both);
  }
  return both[lapDetail ? 1 : 0];
}
