import { durationMinutes, type ActivityLoadInput } from './activity-load-input.js';

/** Sex, used only for Banister's TRIMP weighting. */
export type TrimpSex = 'male' | 'female';

/**
 * Banister TRIMP weighting `a·e^(b·HRr)` (Banister 1991; Morton, Fitz-Clarke & Banister 1990, *J Appl
 * Physiol* 69:1171): men a = 0.64, b = 1.92; women a = 0.86, b = 1.67 (the blood-lactate curves by sex).
 */
export const TRIMP_WEIGHTING = {
  male: { a: 0.64, b: 1.92 },
  female: { a: 0.86, b: 1.67 },
} as const;

/**
 * Weighting used when sex is not known: the men's coefficients, Banister's original ones. It gives a
 * TRIMP about 9–16 % lower than the women's curve at running intensities (HRr 0.5–0.8).
 */
export const TRIMP_DEFAULT_SEX: TrimpSex = 'male';

/** The runner's heart-rate anchors TRIMP needs. */
export interface TrimpPhysiology {
  /** Maximum heart rate, bpm. */
  readonly maxHr: number;
  /** Resting heart rate, bpm. */
  readonly restingHr: number;
  /** Defaults to `TRIMP_DEFAULT_SEX` ('male'). */
  readonly sex?: TrimpSex;
}

/**
 * Banister's exponential TRIMP for one session: `minutes × HRr × a·e^(b·HRr)` with HRr the average-HR
 * fraction of heart-rate reserve, `(avgHr − rest) / (max − rest)`, clamped to 0–1. Uses the session
 * average (not per-sample HR), so it under-weights interval sessions a little. `undefined` when the
 * average HR or the duration is unknown, or the anchors are unusable (max ≤ rest).
 *
 * @returns TRIMP in AU, or `undefined` when unknown
 * @example
 * // 45 min at 150 bpm, rest 60, max 190, male: HRr 0.692 → ≈ 75.4
 * trimp({ date: '2027-03-01', durationSeconds: 2700, avgHr: 150 }, { maxHr: 190, restingHr: 60 });
 */
export function trimp(a: ActivityLoadInput, physiology: TrimpPhysiology): number | undefined {
  const minutes = durationMinutes(a);
  const { maxHr, restingHr } = physiology;
  if (minutes === undefined || a.avgHr === undefined || !Number.isFinite(a.avgHr)) return undefined;
  if (!(Number.isFinite(maxHr) && Number.isFinite(restingHr) && maxHr > restingHr)) return undefined;
  const hrr = Math.min(1, Math.max(0, (a.avgHr - restingHr) / (maxHr - restingHr)));
  const { a: coefficient, b } = TRIMP_WEIGHTING[physiology.sex ?? TRIMP_DEFAULT_SEX];
  return minutes * hrr * coefficient * Math.exp(b * hrr);
}
