import { refusal, ok, type Result } from '../result.js';
import { MAX_AGE_YEARS, MIN_AGE_YEARS } from './hr-limits.js';

/** Tanaka intercept, bpm: HRmax = 208 − 0.7·age (Tanaka, Monahan & Seals 2001, JACC 37:153). */
export const TANAKA_INTERCEPT_BPM = 208;
/** Tanaka slope, bpm per year of age (Tanaka et al. 2001). */
export const TANAKA_SLOPE_BPM_PER_YEAR = 0.7;
/**
 * Typical error of age-based HRmax equations, bpm: Sxy 7–11 b/min (Robergs & Landwehr 2002, JEPonline
 * 5(2), reviewing age-only equations including Tanaka's).
 */
export const AGE_HRMAX_SD_BPM = { low: 7, high: 11 } as const;

/** An HRmax, measured or estimated. */
export interface MaxHr {
  /** Maximum heart rate, bpm (whole beats). */
  readonly bpm: number;
  /** True when it comes from age, not a measurement: every zone built on it inherits the error. */
  readonly estimated: boolean;
  /** For an estimate, the typical individual error of the equation (bpm, one SD). */
  readonly sdBpm?: { readonly low: number; readonly high: number };
}

/**
 * Estimates HRmax from age with Tanaka's equation `208 − 0.7·age`, rounded to whole bpm and flagged
 * `estimated: true` with the equation's typical error (one SD ≈ 7–11 bpm): a real runner may sit 10+ bpm
 * either side. Ages outside 12–100 years are rejected (`AGE_IMPLAUSIBLE`).
 *
 * @param ageYears age in years (fractional allowed)
 * @example
 * estimateMaxHr(40); // { ok: true, value: { bpm: 180, estimated: true, sdBpm: { low: 7, high: 11 } } }
 * estimateMaxHr(5);  // { ok: false, code: 'AGE_IMPLAUSIBLE', … }
 */
export function estimateMaxHr(ageYears: number): Result<MaxHr, 'AGE_IMPLAUSIBLE'> {
  if (!Number.isFinite(ageYears) || ageYears < MIN_AGE_YEARS || ageYears > MAX_AGE_YEARS) {
    return refusal('AGE_IMPLAUSIBLE', {
      ageYears,
    });
  }
  const bpm = Math.round(TANAKA_INTERCEPT_BPM - TANAKA_SLOPE_BPM_PER_YEAR * ageYears);
  return ok({ bpm, estimated: true, sdBpm: AGE_HRMAX_SD_BPM });
}
