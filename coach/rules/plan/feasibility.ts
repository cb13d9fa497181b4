/**
 * Goal feasibility: the race-day time current fitness predicts, how much VDOT the weeks available can
 * plausibly bring (said in words only), and whether the asked-for target fits. The plan never prescribes
 * a pace faster than current fitness: adaptation raises paces on evidence.
 */
import { vdotFromRace } from '../vdot/vdot-from-race.js';
import type { Level } from './plan-input.js';
import { ADEQUATE_PEAK_WEEK_KM, racePace } from './race-pace.js';
import type { Feasibility, FeasibilityNote, GoalDistance } from './types.js';

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
 *   vdot: 38.3, targetTime: 5400 }); // { ok: false, predictedTime: ≈ 6910, potentialTime: ≈ 6640, realisticTarget: …, notes: [{ code: 'TARGET_OUT_OF_REACH', facts: … }] }
 */
export function goalFeasibility(input: FeasibilityInput): FeasibilityResult {
  const { goal, level, weeks, vdot } = input;
  const notes: FeasibilityNote[] = [];
  let ok = true;
  if (input.vdotEstimated === true && vdot !== undefined) notes.push({ code: 'ESTIMATED_VDOT' });
  if (weeks < COMFORTABLE_WEEKS[goal][level]) {
    ok = false;
    notes.push({
      code: 'SHORT_BUILD',
      facts: { weeks, level, goal, comfortableWeeks: COMFORTABLE_WEEKS[goal][level] },
    });
  }
  const cap = input.maxDayMinutes;
  const needed = minLongRunMinutes(goal, input.easySecondsPerKm);
  if (cap !== undefined && cap < needed) {
    ok = false;
    notes.push({
      code: 'DAY_CAP_TOO_SHORT',
      facts: { capMinutes: Math.floor(cap), goal, neededMinutes: needed },
    });
  }
  if (goal === 'fitness' || input.goalMeters === undefined) {
    return { ok, notes: notes.length > 0 ? notes : [{ code: 'GENERAL_FITNESS', facts: { weeks } }] };
  }
  if (vdot === undefined) {
    notes.push({ code: 'NO_RACE_RESULT' });
    return { ok, notes };
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
  const today = { vdot, predictedTime };
  if (now.lowVolume) {
    const peakWeekKm = Math.round(input.peakWeekKm ?? 0);
    notes.push({ code: 'LOW_VOLUME', facts: { peakWeekKm, goal, adequateKm: ADEQUATE_PEAK_WEEK_KM[goal] } });
  }
  const result = { predictedTime, potentialTime, raceDayVdot };
  const target = input.targetTime;
  if (target !== undefined) {
    const neededVdot = vdotFromRace(input.goalMeters, target);
    // Compared in time, with half a second for rounding, so a target equal to the prediction is reachable.
    if (target < best.seconds - TIME_TOLERANCE_SECONDS) {
      const realisticTarget = Math.ceil(potentialTime / TARGET_ROUNDING_SECONDS) * TARGET_ROUNDING_SECONDS;
      notes.unshift({
        code: 'TARGET_OUT_OF_REACH',
        facts: {
          target,
          ...(neededVdot.ok ? { neededVdot: neededVdot.value } : {}),
          ...today,
          trainingWeeks: input.trainingWeeks,
          raceDayVdot,
          potentialTime,
          realisticTarget,
        },
      });
      return { ok: false, ...result, realisticTarget, notes };
    }
    notes.unshift(
      target < now.seconds - TIME_TOLERANCE_SECONDS
        ? { code: 'TARGET_WITHIN_REACH_IF_TRAINING', facts: { target, potentialTime, ...today } }
        : { code: 'TARGET_WITHIN_REACH', facts: { target, ...today } },
    );
  } else {
    notes.unshift({ code: 'PREDICTED', facts: { ...today, potentialTime, raceDayVdot } });
  }
  return { ok, ...result, notes };
}
