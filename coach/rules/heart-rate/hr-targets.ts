import { refusal, ok, type Result } from '../result.js';
import type { Range } from '../plan/types.js';
import type { MaxHr } from './estimate-max-hr.js';
import { checkHrInput, type HrInput } from './hr-limits.js';
import { resolveMaxHr } from './resolve-max-hr.js';
import type { HrZonesError } from './hr-zones.js';

/**
 * Daniels' heart-rate equivalents of his training intensities, % HRmax (*Daniels' Running Formula*,
 * 3rd ed., ch. 4): E 65–79, M 80–90, T 88–92, I 98–100. R is not HR-governed (reps are too short for HR
 * to catch up), so it has no target.
 */
export const DANIELS_HR_BANDS_PCT = {
  E: { from: 65, to: 79 },
  M: { from: 80, to: 90 },
  T: { from: 88, to: 92 },
  I: { from: 98, to: 100 },
} as const;

export type HrTargetIntensity = keyof typeof DANIELS_HR_BANDS_PCT;

/** Target HR ranges in whole bpm (`from` the lower) for Daniels' E, M, T and I. */
export interface HrTargets {
  /** Always `percent-max`: Daniels states these bands as % of HRmax. */
  readonly method: 'percent-max';
  readonly maxHr: MaxHr;
  readonly E: Range;
  readonly M: Range;
  readonly T: Range;
  readonly I: Range;
}

/**
 * Heart-rate targets for Daniels' E, M, T and I paces (R has none): his bands are % of HRmax (SCIENCE.md,
 * DRF ch. 4), so they are applied to HRmax — not to the heart-rate reserve, which would lift the easy
 * ceiling into his M band. Resting HR, when given, is only checked for plausibility; zones by reserve are
 * `hrZones`'s job. HRmax is measured or Tanaka-estimated (`maxHr.estimated`). Errors: implausible inputs,
 * `HR_MAX_UNKNOWN`.
 *
 * @example
 * hrTargets({ maxHr: 190, restingHr: 50 }).value.E; // { from: 124, to: 150 } (65–79 % of HRmax)
 * hrTargets({ maxHr: 190 }).value.T;                // { from: 167, to: 175 } (88–92 % of HRmax)
 */
export function hrTargets(input: HrInput): Result<HrTargets, HrZonesError> {
  const checked = checkHrInput(input);
  if (!checked.ok) return checked;
  const max = resolveMaxHr(input);
  if (!max.ok) return max;
  const maxHr = max.value;
  const { restingHr } = input;
  if (restingHr !== undefined) {
    const again = checkHrInput({ restingHr, maxHr: maxHr.bpm });
    if (!again.ok) return refusal(again.code, { ...again.facts, maxHrEstimated: maxHr.estimated });
  }
  const bpm = (pct: number): number => Math.round((maxHr.bpm * pct) / 100);
  const range = (i: HrTargetIntensity): Range => {
    const band = DANIELS_HR_BANDS_PCT[i];
    return { from: bpm(band.from), to: bpm(band.to) };
  };
  return ok({
    method: 'percent-max',
    maxHr,
    E: range('E'),
    M: range('M'),
    T: range('T'),
    I: range('I'),
  });
}
