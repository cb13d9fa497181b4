/**
 * Goal feasibility: how much VDOT the weeks available can plausibly bring, the race-day time that
 * predicts, and whether the asked-for target fits. The plan never prescribes the target's paces when it
 * does not: paces follow current fitness and adaptation raises them on evidence.
 */
import { formatDuration } from '../units/duration.js';
import { equivalentRaceTime } from '../vdot/equivalent-race-time.js';
import { vdotFromRace } from '../vdot/vdot-from-race.js';
import type { Level } from './plan-input.js';
import type { Feasibility, GoalDistance } from './types.js';

/**
 * Plausible VDOT gain per training week: ≈ 1 VDOT per 4–6 weeks for a trained runner (Daniels: hold a
 * VDOT 4–6 weeks before raising it, DRF ch. 2), faster for beginners, who improve quickly at first.
 */
export const VDOT_GAIN_PER_WEEK: Readonly<Record<Level, number>> = {
  beginner: 1 / 3,
  intermediate: 1 / 5,
  advanced: 1 / 6,
};
/** Most VDOT one plan is expected to add, whatever its length (gains flatten; runloop's choice). */
export const MAX_PLAN_VDOT_GAIN: Readonly<Record<Level, number>> = {
  beginner: 6,
  intermediate: 4,
  advanced: 3,
};

/**
 * Weeks below which a goal is flagged as rushed for the level (the plan still builds): a first marathon
 * in under 16 weeks, a half in under 10… (Higdon novice programmes: 18 / 12 / 8 weeks).
 */
export const COMFORTABLE_WEEKS: Readonly<Record<GoalDistance, Readonly<Record<Level, number>>>> = {
  '5k': { beginner: 6, intermediate: 4, advanced: 3 },
  '10k': { beginner: 8, intermediate: 6, advanced: 4 },
  half: { beginner: 12, intermediate: 8, advanced: 6 },
  marathon: { beginner: 16, intermediate: 12, advanced: 8 },
  fitness: { beginner: 1, intermediate: 1, advanced: 1 },
};

/** A target this close to the prediction (seconds) counts as the prediction. */
export const TIME_TOLERANCE_SECONDS = 0.5;
/** Realistic targets are rounded up to this many seconds. */
export const TARGET_ROUNDING_SECONDS = 10;

export interface FeasibilityInput {
  readonly goal: GoalDistance;
  readonly goalMeters?: number;
  readonly level: Level;
  readonly weeks: number;
  /** Weeks that build fitness (taper excluded). */
  readonly trainingWeeks: number;
  readonly vdot?: number;
  readonly targetTime?: number;
  /** The VDOT is an estimate from an easy pace, not a race. */
  readonly vdotEstimated?: boolean;
  /** The longest the runner can run on any day, minutes (absent: no limit). */
  readonly maxDayMinutes?: number;
}

/**
 * The shortest long run (minutes) a goal race needs to be prepared at all: runloop's floor, well under
 * the long runs of common plans (Daniels' and novice marathon plans build to 2–3 h; half plans to ~90 min).
 */
export const MIN_LONG_RUN_MINUTES_FOR_GOAL: Readonly<Record<GoalDistance, number>> = {
  '5k': 30,
  '10k': 40,
  half: 60,
  marathon: 90,
  fitness: 0,
};

/** Said when the VDOT comes from an easy pace. */
export const ESTIMATED_VDOT_NOTE =
  'Fitness is estimated from your easy pace (on the cautious side); a race result, even a 5K, will sharpen paces and the prediction.';

export interface FeasibilityResult extends Feasibility {
  /** VDOT expected on race day (absent without a VDOT). */
  readonly raceDayVdot?: number;
}

/**
 * Whether the goal fits the time available, with the predicted race-day time.
 *
 * @example
 * goalFeasibility({ goal: 'half', goalMeters: 21097.5, level: 'intermediate', weeks: 19, trainingWeeks: 17,
 *   vdot: 38.3, targetTime: 5400 }); // { ok: false, predictedTime: ≈ 6700, realisticTarget: …, message: … }
 */
export function goalFeasibility(input: FeasibilityInput): FeasibilityResult {
  const { goal, level, weeks, vdot } = input;
  const notes: string[] = [];
  let ok = true;
  if (input.vdotEstimated === true && vdot !== undefined) notes.push(ESTIMATED_VDOT_NOTE);
  if (weeks < COMFORTABLE_WEEKS[goal][level]) {
    ok = false;
    notes.push(
      `${weeks} weeks is short for a ${level} preparing a ${goal}: allow ${COMFORTABLE_WEEKS[goal][level]}+ weeks or pick a later race; this plan keeps the build safe rather than complete.`,
    );
  }
  const cap = input.maxDayMinutes;
  if (cap !== undefined && cap < MIN_LONG_RUN_MINUTES_FOR_GOAL[goal]) {
    ok = false;
    notes.push(
      `At most ${Math.floor(cap)} minutes a day leaves no room for the long runs a ${goal} needs (at least ${MIN_LONG_RUN_MINUTES_FOR_GOAL[goal]} minutes): free one longer day a week, or pick a shorter race.`,
    );
  }
  if (goal === 'fitness' || input.goalMeters === undefined) {
    return { ok, message: notes.length > 0 ? notes.join(' ') : `General fitness over ${weeks} weeks.` };
  }
  if (vdot === undefined) {
    notes.push(
      'No race result yet: sessions go by effort; race once (even a 5K) to unlock paces and a prediction.',
    );
    return { ok, message: notes.join(' ') };
  }
  const gain = Math.min(
    MAX_PLAN_VDOT_GAIN[level],
    Math.max(0, input.trainingWeeks) * VDOT_GAIN_PER_WEEK[level],
  );
  const raceDayVdot = vdot + gain;
  const predictedExact = equivalentRaceTime(raceDayVdot, input.goalMeters);
  const predictedTime = Math.round(predictedExact);
  const predicted = formatDuration(predictedTime);
  if (input.targetTime !== undefined) {
    const needed = vdotFromRace(input.goalMeters, input.targetTime);
    const neededVdot = needed.ok ? needed.value : Number.POSITIVE_INFINITY;
    // Compared in time, with half a second for rounding, so a target equal to the prediction is reachable.
    if (input.targetTime < predictedExact - TIME_TOLERANCE_SECONDS) {
      const realisticTarget = Math.ceil(predictedTime / TARGET_ROUNDING_SECONDS) * TARGET_ROUNDING_SECONDS;
      notes.unshift(
        `A ${formatDuration(input.targetTime)} needs VDOT ${needed.ok ? neededVdot.toFixed(1) : 'beyond any runner'}; ` +
          `${input.trainingWeeks} training weeks can plausibly take you from ${vdot.toFixed(1)} to about ${raceDayVdot.toFixed(1)}. ` +
          `Predicted: ${predicted}; a realistic target is ${formatDuration(realisticTarget)}. Paces follow your current fitness and rise as you improve.`,
      );
      return { ok: false, predictedTime, realisticTarget, message: notes.join(' '), raceDayVdot };
    }
    notes.unshift(
      `${formatDuration(input.targetTime)} is within reach: predicted ${predicted} (VDOT ${vdot.toFixed(1)} now, about ${raceDayVdot.toFixed(1)} by race day).`,
    );
  } else {
    notes.unshift(
      `Predicted race-day time ${predicted} (VDOT ${vdot.toFixed(1)} now, about ${raceDayVdot.toFixed(1)} by race day).`,
    );
  }
  return { ok, predictedTime, message: notes.join(' '), raceDayVdot };
}
