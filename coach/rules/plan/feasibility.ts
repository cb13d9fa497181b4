/**
 * Goal feasibility: the race-day time current fitness predicts, how much VDOT the weeks available can
 * plausibly bring (said in words only), and whether the asked-for target fits. The plan never prescribes
 * a pace faster than current fitness: adaptation raises paces on evidence.
 */
import { formatDuration } from '../units/duration.js';
import { vdotFromRace } from '../vdot/vdot-from-race.js';
import type { Level } from './plan-input.js';
import type { RaceGoal } from './race-pace.js';
import { ADEQUATE_PEAK_WEEK_KM, racePace } from './race-pace.js';
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
  /** Peak planned training week, km (absent: volume treated as adequate for the distance). */
  readonly peakWeekKm?: number;
  /** The runner's easy pace, s/km: sets the goal's shortest safe long run (`minLongRunMinutes`). */
  readonly easySecondsPerKm?: number;
}

/**
 * The shortest long run a goal race needs to be prepared at all: the lesser of a distance and a time, so a
 * slow runner meets it by time (Daniels caps every run at 150 min) and a fast one by distance. Half: 13 km or
 * 100 min (about 60 % of the race; Higdon's novice half peaks at 10 mi, Daniels' half plans at 90–120 min);
 * marathon: 24 km or 135 min (15 mi; Higdon's Novice 1 reaches 20 mi, Galloway 26 km+; below 15 mi a first
 * marathon is not prepared). 5K and 10K keep a time (they can be run/walked on a short build).
 */
export const MIN_LONG_RUN_FOR_GOAL: Readonly<
  Record<GoalDistance, { readonly minutes: number; readonly km?: number }>
> = {
  '5k': { minutes: 30 },
  '10k': { minutes: 40 },
  half: { minutes: 100, km: 13 },
  marathon: { minutes: 135, km: 24 },
  fitness: { minutes: 0 },
};

/**
 * The shortest long run `goal` needs for this runner, minutes: the lesser of its time and its distance at the
 * runner's easy pace (the time alone when the pace is unknown).
 *
 * @param easySecondsPerKm the runner's easy pace, s/km
 * @example
 * minLongRunMinutes('marathon', 330); // 132 (24 km at 5:30/km)
 * minLongRunMinutes('marathon', 420); // 135 (24 km would take 168)
 * minLongRunMinutes('half');          // 100
 */
export function minLongRunMinutes(goal: GoalDistance, easySecondsPerKm?: number): number {
  const { minutes, km } = MIN_LONG_RUN_FOR_GOAL[goal];
  if (km === undefined || easySecondsPerKm === undefined) return minutes;
  return Math.min(minutes, Math.ceil((km * easySecondsPerKm) / 60));
}

/** Said when the VDOT comes from an easy pace. */
export const ESTIMATED_VDOT_NOTE =
  'Fitness is estimated from your easy pace (on the cautious side); a race result, even a 5K, will sharpen paces and the prediction.';

export interface FeasibilityResult extends Feasibility {
  /** VDOT expected on race day (absent without a VDOT). */
  readonly raceDayVdot?: number;
}

/**
 * Whether the goal fits the time available. The predicted time comes from CURRENT fitness (the race
 * step's time, `racePace`); what the weeks can plausibly add is said in words ("if training goes well,
 * about …", `potentialTime`) and sets how fast a target may be: one beyond it is refused with a realistic
 * target. A target beyond the world record never gets here (`checkTargetTime` makes it an error).
 *
 * @example
 * goalFeasibility({ goal: 'half', goalMeters: 21097.5, level: 'intermediate', weeks: 19, trainingWeeks: 17,
 *   vdot: 38.3, targetTime: 5400 }); // { ok: false, predictedTime: ≈ 6910, potentialTime: ≈ 6640, realisticTarget: …, message: … }
 */
export function goalFeasibility(input: FeasibilityInput): FeasibilityResult {
  const { goal, level, weeks, vdot } = input;
  const notes: string[] = [];
  let ok = true;
  if (input.vdotEstimated === true && vdot !== undefined) notes.push(ESTIMATED_VDOT_NOTE);
  if (weeks < COMFORTABLE_WEEKS[goal][level]) {
    ok = false;
    notes.push(
      `${weeks} weeks is short for ${level === 'intermediate' ? 'an' : 'a'} ${level} runner preparing a ${goal}: allow ${COMFORTABLE_WEEKS[goal][level]}+ weeks or pick a later race; this plan keeps the build safe rather than complete.`,
    );
  }
  const cap = input.maxDayMinutes;
  const needed = minLongRunMinutes(goal, input.easySecondsPerKm);
  if (cap !== undefined && cap < needed) {
    ok = false;
    notes.push(
      `At most ${Math.floor(cap)} minutes a day leaves no room for the long runs a ${goal} needs (at least ${needed} minutes): free one longer day a week, or pick a shorter race.`,
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
  const now = racePace(goal, input.goalMeters, vdot, input.peakWeekKm);
  const best = racePace(goal, input.goalMeters, raceDayVdot, input.peakWeekKm);
  const predictedTime = Math.round(now.seconds);
  const potentialTime = Math.round(best.seconds);
  const predicted = formatDuration(predictedTime);
  const potential = formatDuration(potentialTime);
  const today = `today's fitness (VDOT ${vdot.toFixed(1)}) says ${predicted}`;
  if (now.lowVolume) notes.push(lowVolumeNote(goal, input.peakWeekKm ?? 0));
  const result = { predictedTime, potentialTime, raceDayVdot };
  const target = input.targetTime;
  if (target !== undefined) {
    const needed = vdotFromRace(input.goalMeters, target);
    // Compared in time, with half a second for rounding, so a target equal to the prediction is reachable.
    if (target < best.seconds - TIME_TOLERANCE_SECONDS) {
      const realisticTarget = Math.ceil(potentialTime / TARGET_ROUNDING_SECONDS) * TARGET_ROUNDING_SECONDS;
      notes.unshift(
        `A ${formatDuration(target)} needs VDOT ${needed.ok ? needed.value.toFixed(1) : 'beyond any runner'}: more than this build can bring. ` +
          `${capitalise(today)}, and ${input.trainingWeeks} training weeks can plausibly take you to about VDOT ${raceDayVdot.toFixed(1)}, about ${potential} if training goes well. ` +
          `A realistic target is ${formatDuration(realisticTarget)}. Race pace follows your current fitness and rises only when a race or your sessions show it.`,
      );
      return { ok: false, ...result, realisticTarget, message: notes.join(' ') };
    }
    notes.unshift(
      target < now.seconds - TIME_TOLERANCE_SECONDS
        ? `${formatDuration(target)} is within reach if training goes well (about ${potential} by race day): ${today}, so the race step is paced at today's fitness and moves towards your target only as a race or your sessions show it.`
        : `${formatDuration(target)} is within reach: ${today}.`,
    );
  } else {
    notes.unshift(
      `Predicted race-day time ${predicted} from today's fitness (VDOT ${vdot.toFixed(1)}); if training goes well, about ${potential} (VDOT about ${raceDayVdot.toFixed(1)} by race day).`,
    );
  }
  return { ok, ...result, message: notes.join(' ') };
}

function lowVolumeNote(goal: RaceGoal, peakWeekKm: number): string {
  return `This build peaks at about ${Math.round(peakWeekKm)} km a week, light for a ${goal} (the race equivalents assume ${ADEQUATE_PEAK_WEEK_KM[goal]} km or more), so race pace starts from the conservative end.`;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
