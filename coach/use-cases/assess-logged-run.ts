/**
 * Judges a stored run against its prescription (`coach/rules/assess`), stores the `RunAssessment` with the
 * run, and says what the post-run reply should flag: an easy run in the gray zone, with its numbers and
 * the 7- and 28-day easy share (80/20).
 */
import type { Activity } from '../model/activity.js';
import type { Repositories } from '../ports/repositories.js';
import type { GrayZoneFlag } from '../prompts/coach-message.js';
import { toRulesActivity } from '../history.js';
import { HISTORY_DAYS } from '../history.js';
import type { Activity as RulesActivity } from '../rules/adapt/history.js';
import { assessHistory, assessOptionsFor } from '../rules/assess/assess-history.js';
import { assessRun } from '../rules/assess/assess-run.js';
import { assessedDistribution, easyShares } from '../rules/assess/distribution.js';
import type { RunAssessment } from '../rules/assess/run-assessment.js';
import { addDays } from '../rules/calendar/add-days.js';
import { EASY_SHARE_TARGET } from '../rules/load/intensity-distribution.js';

export interface LoggedRunAssessment {
  readonly activity: Activity;
  readonly assessment?: RunAssessment;
  readonly grayZone?: GrayZoneFlag;
}

/**
 * What judging a run of `date` reads, at once (one round trip on PostgreSQL; the runs are not needed
 * without a plan, and cost little). Called early, beside other reads, on repositories that remember a
 * message's reads, it leaves `assessLoggedRun` nothing to ask the database.
 */
export function readAssessmentInputs(repos: Repositories, athleteId: string, date: string) {
  return Promise.all([
    repos.plans.active(athleteId),
    repos.activities.list(athleteId, { from: addDays(date, -HISTORY_DAYS), to: date }),
  ]);
}

/**
 * Assesses `run` against the active plan (nothing without a plan, or a run with neither distance nor time)
 * and stores the result with it.
 */
export async function assessLoggedRun(
  repos: Repositories,
  athleteId: string,
  run: Activity,
): Promise<LoggedRunAssessment> {
  const [plan, stored] = await readAssessmentInputs(repos, athleteId, run.date);
  if (!plan) return { activity: run };
  const pairs = stored
    .map((a) => [a, toRulesActivity(a)] as const)
    .filter((p): p is readonly [Activity, RulesActivity] => p[1] !== undefined)
    .sort(([a], [b]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const runs = assessHistory(
    plan.plan,
    pairs.map(([, r]) => r),
  );
  const index = pairs.findIndex(([a]) => a.id === run.id);
  const assessed = index >= 0 ? runs[index] : undefined;
  if (assessed === undefined) return { activity: run };
  // The stored record carries every lap's verdict; the rules' pass over the history does without them.
  const assessment = assessRun(
    assessed.activity,
    assessed.session,
    assessOptionsFor(plan.plan, run.date, assessed.session),
  );
  const saved = (await repos.activities.setAssessment(athleteId, run.id, assessment)) ?? run;
  if (!assessment.flags.includes('gray-zone')) return { activity: saved, assessment };
  const grayZone: GrayZoneFlag = {
    ...(assessment.paceSPerKm !== undefined ? { paceSPerKm: assessment.paceSPerKm } : {}),
    ...(assessment.hr !== undefined ? { avgHr: assessment.hr.avgHr } : {}),
    ...(assessment.pace !== undefined ? { easyPace: assessment.pace.band } : {}),
    ...(assessment.hr?.ceilingBpm !== undefined ? { hrCeilingBpm: assessment.hr.ceilingBpm } : {}),
    ...easyShares(assessedDistribution(runs, run.date)),
    targetShare: EASY_SHARE_TARGET,
  };
  return { activity: saved, assessment, grayZone };
}
