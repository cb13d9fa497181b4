/**
 * What a built plan records about itself for later: the basis adaptation needs to re-assess it (level,
 * peak training km, the long-run day's cap, an estimated VDOT) and its feasibility from current fitness.
 */
import type { Athlete } from './athlete.js';
import { goalFeasibility } from './feasibility.js';
import { peakTrainingWeekKm } from './race-pace.js';
import type { Feasibility, PlanBasis, Week } from './types.js';

/**
 * The plan's basis, from the runner and the weeks built.
 *
 * @example
 * planBasis(athlete, weeks); // { level: 'intermediate', peakWeekKm: 48.6 }
 */
export function planBasis(a: Athlete, weeks: readonly Week[]): PlanBasis {
  return {
    level: a.level,
    peakWeekKm: peakTrainingWeekKm(weeks),
    ...(Number.isFinite(a.maxDayMinutes) ? { maxDayMinutes: a.maxDayMinutes } : {}),
    ...(a.vdotSource === 'easy-pace' ? { vdotEstimated: true } : {}),
  };
}

/**
 * The built plan's feasibility: today's prediction, what the training weeks may add (words only), and
 * whether the target fits.
 *
 * @param taper taper weeks (race week included), which build no fitness
 * @example
 * builtFeasibility(athlete, 3, basis).predictedTime; // the marathon at today's VDOT, seconds
 */
export function builtFeasibility(a: Athlete, taper: number, basis: PlanBasis): Feasibility {
  const { raceDayVdot: _raceDayVdot, ...assessed } = goalFeasibility({
    goal: a.goal,
    ...(a.goalMeters === undefined ? {} : { goalMeters: a.goalMeters }),
    level: a.level,
    weeks: a.weeks,
    trainingWeeks: a.weeks - taper,
    ...(a.vdot === undefined ? {} : { vdot: a.vdot }),
    ...(a.targetTime === undefined ? {} : { targetTime: a.targetTime }),
    vdotEstimated: basis.vdotEstimated === true,
    ...(basis.maxDayMinutes === undefined ? {} : { maxDayMinutes: basis.maxDayMinutes }),
    peakWeekKm: basis.peakWeekKm,
    easySecondsPerKm: (a.estimate.easy.from + a.estimate.easy.to) / 2,
  });
  return assessed;
}
