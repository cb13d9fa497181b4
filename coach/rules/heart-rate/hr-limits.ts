import { PLAUSIBLE } from '../plausibility.js';
import { refusal, ok, type Result } from '../result.js';

/**
 * Plausibility guards for heart-rate inputs (bpm, years). They catch typos and unit mix-ups (300 bpm, age
 * 5), not physiology: values inside the bounds are trusted. The bounds are `../plausibility.ts` (shared
 * with the API and the database), wide enough for trained runners and high-HRmax youngsters.
 */

/** Youngest age (years) the Tanaka estimate is used for; Tanaka et al. 2001 pooled adults 18–81 y. */
export const MIN_AGE_YEARS = PLAUSIBLE.ageYears.min;
/** Oldest age (years) accepted. */
export const MAX_AGE_YEARS = PLAUSIBLE.ageYears.max;
/** Lowest plausible HRmax (bpm). */
export const MIN_MAX_HR_BPM = PLAUSIBLE.maxHrBpm.min;
/** Highest plausible HRmax (bpm); lab-measured HRmax above ~225 bpm is exceptional. */
export const MAX_MAX_HR_BPM = PLAUSIBLE.maxHrBpm.max;
/** Lowest plausible resting HR (bpm); elite endurance athletes reach the high 20s. */
export const MIN_RESTING_HR_BPM = PLAUSIBLE.restingHrBpm.min;
/** Highest plausible resting HR (bpm). */
export const MAX_RESTING_HR_BPM = PLAUSIBLE.restingHrBpm.max;
/** Lowest plausible lactate-threshold HR (bpm). */
export const MIN_LTHR_BPM = PLAUSIBLE.lthrBpm.min;
/** Highest plausible lactate-threshold HR (bpm). */
export const MAX_LTHR_BPM = PLAUSIBLE.lthrBpm.max;
/**
 * Smallest heart-rate reserve (HRmax − HRrest, bpm) accepted: below it the 10 %-wide zones would be under
 * 3 bpm and the inputs are almost certainly wrong.
 */
export const MIN_HR_RESERVE_BPM = 30;

/** What a runner may know about their heart rate; every field is optional (missing means unknown). */
export interface HrInput {
  /** Measured maximum heart rate, bpm. */
  readonly maxHr?: number;
  /** Resting heart rate, bpm. */
  readonly restingHr?: number;
  /** Lactate-threshold heart rate (e.g. from a 30-min time trial, Friel), bpm. */
  readonly lthr?: number;
  /** Age in years, used only to estimate HRmax when it is unknown. */
  readonly ageYears?: number;
}

export type HrInputError =
  | 'AGE_IMPLAUSIBLE'
  | 'MAX_HR_IMPLAUSIBLE'
  | 'RESTING_HR_IMPLAUSIBLE'
  | 'LTHR_IMPLAUSIBLE'
  | 'RESTING_HR_NOT_BELOW_MAX'
  | 'LTHR_NOT_BELOW_MAX'
  | 'HR_RESERVE_TOO_SMALL';

function within(value: number, min: number, max: number): boolean {
  return Number.isFinite(value) && value >= min && value <= max;
}

/**
 * Checks each known heart-rate input against the plausibility bounds above and against each other
 * (resting < max, LTHR < max, reserve ≥ 30 bpm). Unknown fields are not checked.
 *
 * @example
 * checkHrInput({ maxHr: 300 }); // { ok: false, code: 'MAX_HR_IMPLAUSIBLE', … }
 * checkHrInput({ maxHr: 185, restingHr: 50 }); // { ok: true, value: { maxHr: 185, restingHr: 50 } }
 */
export function checkHrInput(input: HrInput): Result<HrInput, HrInputError> {
  const { maxHr, restingHr, lthr, ageYears } = input;
  if (ageYears !== undefined && !within(ageYears, MIN_AGE_YEARS, MAX_AGE_YEARS)) {
    return refusal('AGE_IMPLAUSIBLE', {
      ageYears,
    });
  }
  if (maxHr !== undefined && !within(maxHr, MIN_MAX_HR_BPM, MAX_MAX_HR_BPM)) {
    return refusal('MAX_HR_IMPLAUSIBLE', {
      maxHrBpm: maxHr,
    });
  }
  if (restingHr !== undefined && !within(restingHr, MIN_RESTING_HR_BPM, MAX_RESTING_HR_BPM)) {
    return refusal('RESTING_HR_IMPLAUSIBLE', { restingHrBpm: restingHr });
  }
  if (lthr !== undefined && !within(lthr, MIN_LTHR_BPM, MAX_LTHR_BPM)) {
    return refusal('LTHR_IMPLAUSIBLE', {
      lthrBpm: lthr,
    });
  }
  if (maxHr !== undefined && restingHr !== undefined) {
    if (restingHr >= maxHr) {
      return refusal('RESTING_HR_NOT_BELOW_MAX', {
        restingHrBpm: restingHr,
        maxHrBpm: maxHr,
      });
    }
    if (maxHr - restingHr < MIN_HR_RESERVE_BPM) {
      return refusal('HR_RESERVE_TOO_SMALL', {
        restingHrBpm: restingHr,
        maxHrBpm: maxHr,
      });
    }
  }
  if (maxHr !== undefined && lthr !== undefined && lthr >= maxHr) {
    return refusal('LTHR_NOT_BELOW_MAX', {
      lthrBpm: lthr,
      maxHrBpm: maxHr,
    });
  }
  return ok(input);
}
