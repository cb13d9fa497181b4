/**
 * What an injury history changes in a plan. Any recent or recurring injury puts the runner on the gentle
 * track (athlete.ts); a recent or recurring Achilles or calf problem also keeps the quick, springy running
 * that loads the Achilles and calf most (strides, hill sprints, I and R repetitions: 3–5 min at 5K pace
 * load the calf more than 20-second strides) out of the first weeks; threshold running stays. The
 * plan says so in a note, with the pain-monitoring rule to run by.
 */
import { daysBetween } from '../calendar/days-between.js';
import { PAIN_STOP_SCORE } from '../safety/pain-thresholds.js';
import type { InjuryHistory } from './plan-input.js';
import type { PlanNote } from './types.js';
import { GENTLE_DOWN_WEEK_EVERY, GENTLE_RAMP_RATE } from './weekly-volume.js';

/**
 * Injury areas that count as Achilles or calf, matched in the runner's own words (case-insensitive):
 * "achilles", "calf", "calves", "soleus", "gastrocnemius".
 */
export const ACHILLES_CALF_AREA = /achilles|\bcalf\b|\bcalves\b|soleus|gastroc/i;

/**
 * Weeks from the plan's start with no strides, hill sprints, I or R reps after a recent or recurring Achilles
 * or calf problem. Silbernagel et al. 2007 (Am J Sports Med 35:897–906) return runners with Achilles pain
 * through a staged 12-week loading programme in which fast, rebounding (plyometric) loading comes only in
 * its later stage; runloop keeps fast running out of the first half of it, 6 weeks, and keeps easy
 * running, which that study allowed throughout under the pain-monitoring rule.
 */
export const ACHILLES_CALF_NO_FAST_WEEKS = 6;

/**
 * Most pain (0–10) acceptable during a run under the pain-monitoring model: 3/10, one under the score
 * that stops prescriptions (`PAIN_STOP_SCORE`). Silbernagel et al. 2007 allowed up to 5/10 when pain
 * settles by the next morning and does not rise week to week; runloop is stricter (it is not a clinician).
 */
export const PAIN_MONITORING_MAX_SCORE = PAIN_STOP_SCORE - 1;

/**
 * The injuries that shape a plan: recent (last ~3 months) or recurring ones.
 *
 * @example
 * activeInjuries([{ area: 'knee', recent: false, recurring: false }]); // []
 */
export function activeInjuries(injuries: readonly InjuryHistory[]): InjuryHistory[] {
  return injuries.filter((i) => i.recent || i.recurring);
}

/**
 * The recent or recurring Achilles or calf injury in a history, if any.
 *
 * @example
 * achillesOrCalf([{ area: 'Left calf', recent: true, recurring: false }]); // that entry
 */
export function achillesOrCalf(injuries: readonly InjuryHistory[]): InjuryHistory | undefined {
  return activeInjuries(injuries).find((i) => ACHILLES_CALF_AREA.test(i.area));
}

/**
 * Whether a week starting on `weekStart` falls in the first `ACHILLES_CALF_NO_FAST_WEEKS` weeks after an
 * Achilles or calf problem, where strides, hill sprints, I and R reps stay out. Counted from the plan's first
 * day, so a partial first week does not shorten the protection.
 *
 * @example
 * noFastRunning([{ area: 'achilles', recent: true, recurring: false }], '2026-12-07', '2026-12-07'); // true
 */
export function noFastRunning(
  injuries: readonly InjuryHistory[],
  startDate: string,
  weekStart: string,
): boolean {
  return (
    achillesOrCalf(injuries) !== undefined &&
    daysBetween(startDate, weekStart) < 7 * ACHILLES_CALF_NO_FAST_WEEKS
  );
}

/**
 * The note a plan carries for a runner with a recent or recurring injury: what the plan changed, why, and
 * the pain-monitoring rule. Undefined without one.
 *
 * @example
 * injuryNote([{ area: 'achilles', recent: true, recurring: false }]);
 * // { code: 'INJURY_ADJUSTED', facts: { achillesOrCalf: 1, … }, injury: { area: 'achilles', recent: true, … } }
 */
export function injuryNote(injuries: readonly InjuryHistory[]): PlanNote | undefined {
  const active = activeInjuries(injuries);
  const first = active[0];
  if (first === undefined) return undefined;
  const calf = achillesOrCalf(active);
  const named = calf ?? first;
  return {
    code: 'INJURY_ADJUSTED',
    facts: {
      achillesOrCalf: calf === undefined ? 0 : 1,
      noFastWeeks: calf === undefined ? 0 : ACHILLES_CALF_NO_FAST_WEEKS,
      painMaxScore: PAIN_MONITORING_MAX_SCORE,
      rampPercent: Math.round(GENTLE_RAMP_RATE * 100),
      downWeekEvery: GENTLE_DOWN_WEEK_EVERY,
    },
    injury: { area: named.area.trim(), recent: named.recent, recurring: named.recurring },
  };
}
