/**
 * A run logged without the word "race" that the rules recognise as one (RPE 9–10 over a race distance at a
 * PR-level effort for the plan's VDOT, `isRaceEffort`): its reply is worded as a race, as adaptation treats
 * it (issue 10 §5). Nothing is stored differently: recognition stays the rules' call.
 */
import type { Activity } from '../model/activity.js';
import type { Repositories } from '../ports/repositories.js';
import { toRulesActivity } from '../history.js';
import { isRaceEffort } from '../rules/adapt/match-activities.js';

/**
 * True when `run` is not marked a race but the rules will read it as one.
 *
 * @example
 * await isRecognisedRace(repos, athleteId, parkrunAllOut); // true on a VDOT 38 plan
 */
export async function isRecognisedRace(
  repos: Repositories,
  athleteId: string,
  run: Activity,
): Promise<boolean> {
  if (run.race === true || run.rpe === undefined) return false;
  const rules = toRulesActivity(run);
  if (rules === undefined) return false;
  const active = await repos.plans.active(athleteId);
  return isRaceEffort(rules, active?.plan.vdot);
}
