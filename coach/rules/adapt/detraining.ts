/**
 * Detraining after a break from running. Source: Daniels' Running Formula (3rd ed., ch. 9 "Training breaks
 * and setbacks"), Table 9.2 FVDOT-1 (no cross-training): the fraction of the pre-break VDOT to return at,
 * as reproduced by the VDOT O2 team (news.vdoto2.com, "VDOT adjustments: time off", 2018); linear between
 * rows. The volume rebuild follows the same chapter: a return period as long as the break (up to 8 weeks),
 * at ~50 % then ~75 % of the previous load (thirds at 33/50/75 % for breaks over 4 weeks).
 */

/** [days off, fraction of VDOT kept] — FVDOT-1, Daniels Table 9.2. */
export const FVDOT_NO_CROSS_TRAINING: readonly (readonly [number, number])[] = Object.freeze([
  [5, 1.0],
  [6, 0.997],
  [7, 0.994],
  [10, 0.985],
  [14, 0.973],
  [21, 0.952],
  [28, 0.931],
  [35, 0.91],
  [42, 0.889],
  [49, 0.868],
  [56, 0.847],
  [63, 0.826],
  [70, 0.805],
  [72, 0.8],
]);

/** A break of this many days or more without running lowers VDOT and rebuilds volume (issue 4). */
export const BREAK_MIN_DAYS = 7;
/** Longest return period (days) used for the rebuild. Source: Daniels ch. 9 (breaks beyond 8 weeks start over). */
export const RETURN_MAX_DAYS = 56;
/** Breaks longer than this (days) use three return steps instead of two. Source: Daniels ch. 9. */
export const LONG_BREAK_DAYS = 28;

/**
 * Fraction of VDOT kept after `daysOff` days without running.
 *
 * @example
 * detrainingFactor(14); // 0.973
 * detrainingFactor(12); // 0.979
 */
export function detrainingFactor(daysOff: number): number {
  const table = FVDOT_NO_CROSS_TRAINING;
  const first = table[0]!;
  const last = table[table.length - 1]!;
  if (daysOff <= first[0]) return first[1];
  if (daysOff >= last[0]) return last[1];
  for (let i = 1; i < table.length; i++) {
    const [d1, f1] = table[i]!;
    const [d0, f0] = table[i - 1]!;
    if (daysOff <= d1) return Math.round((f0 + ((f1 - f0) * (daysOff - d0)) / (d1 - d0)) * 1000) / 1000;
  }
  return last[1];
}

/** One step of the return: from `day` (0 = first day back) the sessions keep `keep` of their minutes. */
export interface ReturnStep {
  readonly fromDay: number;
  readonly keep: number;
  /** Only easy running in this step. */
  readonly easyOnly: boolean;
}

/**
 * The return ladder after a break: its length in days and its steps.
 *
 * @example
 * returnLadder(10); // { days: 10, steps: [{ fromDay: 0, keep: 0.5, easyOnly: true }, { fromDay: 5, keep: 0.75, easyOnly: false }] }
 */
export function returnLadder(daysOff: number): { days: number; steps: ReturnStep[] } {
  const days = Math.min(daysOff, RETURN_MAX_DAYS);
  if (daysOff <= LONG_BREAK_DAYS) {
    const half = Math.floor(days / 2);
    return {
      days,
      steps: [
        { fromDay: 0, keep: 0.5, easyOnly: true },
        { fromDay: half, keep: 0.75, easyOnly: false },
      ],
    };
  }
  const third = Math.floor(days / 3);
  return {
    days,
    steps: [
      { fromDay: 0, keep: 0.33, easyOnly: true },
      { fromDay: third, keep: 0.5, easyOnly: true },
      { fromDay: 2 * third, keep: 0.75, easyOnly: false },
    ],
  };
}
