/**
 * Every run of a history judged against the plan: the matching of `adapt/match-activities.ts` (same day,
 * or a day either side when that day had no run of its own), the runner's easy band and HR ceiling from
 * the plan's E steps, and marathon pace from the plan's VDOT (Daniels' Table 5.2).
 */
import { easyOptionsFor } from '../adapt/easy-defaults.js';
import type { Activity } from '../adapt/history.js';
import { matchActivities } from '../adapt/match-activities.js';
import { trainingPaces } from '../paces/training-paces.js';
import type { Plan, Session } from '../plan/types.js';
import type { AssessOptions } from './assess-run.js';
import { assessRun } from './assess-run.js';
import type { RunAssessment } from './run-assessment.js';

/**
 * The options `assessRun` reads for a run on `date` of `plan`: the nearest easy band and ceiling, M pace.
 *
 * @example
 * assessOptionsFor(plan, '2027-01-13'); // { easy: { pace: { from: 369, to: 412 }, hrCeilingBpm: 141 }, marathonPaceSPerKm: 330 }
 */
export function assessOptionsFor(plan: Plan, date: string, session?: Session): AssessOptions {
  const probe: Session = session ?? {
    date,
    kind: 'easy',
    hard: false,
    minutes: 0,
    km: 0,
    purpose: '',
    steps: [],
  };
  const easy = easyOptionsFor(plan, probe, undefined, '');
  return {
    easy: {
      ...(easy.pace !== undefined ? { pace: easy.pace } : {}),
      ...(easy.hr !== undefined ? { hrCeilingBpm: easy.hr.to } : {}),
    },
    ...(plan.vdot !== undefined ? { marathonPaceSPerKm: Math.round(trainingPaces(plan.vdot).marathon) } : {}),
  };
}

/** One run and its assessment, in date order. */
export interface AssessedRun {
  readonly activity: Activity;
  readonly session: Session | undefined;
  readonly assessment: RunAssessment;
}

/**
 * Assesses every run in `activities` (sorted by date) against `plan`.
 *
 * @example
 * assessHistory(plan, activities).filter((r) => r.assessment.flags.includes('gray-zone')).length; // 5
 */
export function assessHistory(plan: Plan, activities: readonly Activity[]): AssessedRun[] {
  const { sessionOf } = matchActivities(plan, activities);
  return activities.map((activity) => {
    const session = sessionOf.get(activity);
    return {
      activity,
      session,
      assessment: assessRun(activity, session, assessOptionsFor(plan, activity.date, session)),
    };
  });
}
