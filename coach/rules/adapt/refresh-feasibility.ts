/**
 * Feasibility for a plan version: the predicted race-day time (current fitness), what the remaining
 * training weeks can plausibly add (words only) and whether the target fits, recomputed from the plan's
 * VDOT, goal and basis. Adaptation calls it whenever the VDOT changes, so a plan version never carries the
 * prediction of a VDOT it no longer has.
 */
import { addDays } from '../calendar/add-days.js';
import type { Decision } from '../decision.js';
import { goalFeasibility } from '../plan/feasibility.js';
import type { Level } from '../plan/plan-input.js';
import { peakTrainingWeekKm } from '../plan/race-pace.js';
import type { Feasibility, Plan, PlanBasis } from '../plan/types.js';
import { RACE_DISTANCE_METERS } from '../units/race-distance.js';
import { vdotSetOn } from './fitness-rules.js';

/**
 * Level assumed for a plan stored before plans carried a basis: the middle gain rate of
 * `VDOT_GAIN_PER_WEEK` (runloop's choice; such plans adapt, they are never refused).
 */
export const BASIS_FALLBACK_LEVEL: Level = 'intermediate';

/**
 * The plan's feasibility from its VDOT, goal and basis. Gains are counted over the training (non-taper)
 * weeks from the day the VDOT was set (`vdotSetOn`) to race day, so a freshly built plan gets the builder's
 * own feasibility back and an adapted one the prediction of its new VDOT.
 *
 * @example
 * planFeasibility({ ...plan, vdot: 42, vdotSetOn: '2027-02-01' }).predictedTime; // the half at VDOT 42
 */
export function planFeasibility(plan: Plan): Feasibility {
  const goal = plan.goal.distance;
  const basis = plan.basis;
  const since = vdotSetOn(plan);
  const trainingWeeks = plan.weeks.filter((w) => w.phase !== 'taper' && addDays(w.start, 6) >= since).length;
  const maxDayMinutes = basis?.maxDayMinutes;
  const { raceDayVdot: _raceDayVdot, ...assessed } = goalFeasibility({
    goal,
    ...(goal === 'fitness' ? {} : { goalMeters: RACE_DISTANCE_METERS[goal] }),
    level: basis?.level ?? BASIS_FALLBACK_LEVEL,
    weeks: plan.weeks.length,
    trainingWeeks,
    ...(plan.vdot === undefined ? {} : { vdot: plan.vdot }),
    ...(plan.goal.targetTime === undefined ? {} : { targetTime: plan.goal.targetTime }),
    vdotEstimated: basis?.vdotEstimated === true,
    ...(maxDayMinutes === undefined ? {} : { maxDayMinutes }),
    peakWeekKm: basis?.peakWeekKm ?? peakTrainingWeekKm(plan.weeks),
  });
  // The builder refuses a plan whose long runs cannot reach a safe length, so only a plan stored before
  // that refusal carries `longRun`; a VDOT change moves no minutes, so its warning stands.
  const longRun = plan.feasibility.longRun;
  return longRun === undefined ? assessed : { ...assessed, ok: false, longRun };
}

/** Rule that sets the VDOT from a race: afterwards the VDOT is no longer an easy-pace estimate. */
const RACE_RESULT_RULE = 'fitness.race-result';

/**
 * The adapted plan with feasibility recomputed when its VDOT changed since `before` (unchanged otherwise:
 * nothing feasibility depends on moved). A race result also clears the basis's "estimated VDOT" mark.
 *
 * @example
 * withFreshFeasibility(before, adapted, decisions).feasibility.predictedTime; // at adapted.vdot
 */
export function withFreshFeasibility(before: Plan, after: Plan, decisions: readonly Decision[]): Plan {
  if (after.vdot === before.vdot && after.vdotSetOn === before.vdotSetOn) return after;
  let basis: PlanBasis | undefined = after.basis;
  if (basis?.vdotEstimated === true && decisions.some((d) => d.rule === RACE_RESULT_RULE)) {
    const { vdotEstimated: _estimated, ...raced } = basis;
    basis = raced;
  }
  const next: Plan = { ...after, ...(basis === undefined ? {} : { basis }) };
  return { ...next, feasibility: planFeasibility(next) };
}
