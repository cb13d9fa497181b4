import type { DayValue } from './daily-series.js';
import { dayWindow } from './day-window.js';

/** Acute window, days (Hulin et al. 2014; Gabbett 2016, *Br J Sports Med* 50:273). */
export const ACUTE_DAYS = 7;
/** Chronic window, days (same sources). */
export const CHRONIC_DAYS = 28;

/**
 * EWMA decay `λ = 2 / (N + 1)` for an N-day window (Williams et al. 2017, *Br J Sports Med* 51:209):
 * acute λ = 0.25, chronic λ ≈ 0.069.
 *
 * @example
 * ewmaLambda(7); // 0.25
 */
export function ewmaLambda(days: number): number {
  return 2 / (days + 1);
}

/**
 * Gabbett 2016 bands for the ratio: 0.8–1.3 "sweet spot", ≥ 1.5 "danger". Impellizzeri et al. 2020
 * (*Int J Sports Physiol Perform* 15:907) dispute the ratio's predictive value, so runloop reads a high
 * ratio as a *caution* needing a second signal, never as injury risk on its own.
 */
export const ACWR_BANDS = { low: 0.8, high: 1.3, veryHigh: 1.5 } as const;

/** Where a ratio sits: under 0.8, 0.8–1.3, 1.3–1.5, or ≥ 1.5. */
export type AcwrBand = 'BELOW_RANGE' | 'IN_RANGE' | 'ELEVATED' | 'VERY_ELEVATED';

/** Acute and chronic daily-load averages and their ratio; each `undefined` when not computable. */
export interface AcwrForm {
  readonly acute: number | undefined;
  readonly chronic: number | undefined;
  readonly ratio: number | undefined;
  readonly band: AcwrBand | undefined;
}

export interface Acwr {
  readonly asOf: string;
  /** Days of history up to and including `asOf` (from the series start). */
  readonly historyDays: number;
  /** Fewer than 28 days of history: both forms are biased (EWMA starts from 0), treat as unknown. */
  readonly insufficientHistory: boolean;
  /** Unknown days in the last 7 and 28 days of history. */
  readonly missingDays: { readonly acute: number; readonly chronic: number };
  /** Coupled rolling averages: mean daily load over the last 7 and the last 28 days (the 28 include the 7). */
  readonly rolling: AcwrForm;
  /** Exponentially weighted moving averages (Williams 2017), the form runloop prefers. */
  readonly ewma: AcwrForm;
}

/**
 * The ratio's band.
 *
 * @example
 * acwrBand(1.4); // 'ELEVATED'
 */
export function acwrBand(ratio: number): AcwrBand {
  if (ratio < ACWR_BANDS.low) return 'BELOW_RANGE';
  if (ratio <= ACWR_BANDS.high) return 'IN_RANGE';
  if (ratio < ACWR_BANDS.veryHigh) return 'ELEVATED';
  return 'VERY_ELEVATED';
}

function form(acute: number | undefined, chronic: number | undefined): AcwrForm {
  const ratio = acute !== undefined && chronic !== undefined && chronic > 0 ? acute / chronic : undefined;
  return { acute, chronic, ratio, band: ratio === undefined ? undefined : acwrBand(ratio) };
}

function meanOfKnown(days: readonly DayValue[]): { mean: number | undefined; missing: number } {
  let sum = 0;
  let known = 0;
  for (const d of days) {
    if (d.value === undefined) continue;
    sum += d.value;
    known++;
  }
  return { mean: known === 0 ? undefined : sum / known, missing: days.length - known };
}

/**
 * Acute:chronic workload ratio (7 d : 28 d) of a daily load series (see `dailySeries`) on `asOf`, in both
 * forms:
 * - rolling: mean daily load of the last 7 days ÷ mean of the last 28 days (coupled);
 * - EWMA: `E_t = λ·load_t + (1 − λ)·E_{t−1}` from 0 at the series start, λ = 2/(N+1).
 * **Missing days are skipped, never read as 0**: the rolling means are over known days only, and an EWMA
 * carries its previous value through an unknown day (as if that day matched the running average).
 * Rest days (no activity) are 0. `insufficientHistory` is set below 28 days of history. Starting from 0
 * the EWMA ratio reads high while history is short: on a steady load it is 1.16 at 28 days, 1.01 at 60
 * and within 0.2 % by 90, so a young history's EWMA is a weak signal even past the flag.
 *
 * @example
 * // 28+ days of the same 300 AU a day → both ratios 1 (EWMA within a few % after ~60 days)
 * acwr(series, '2027-03-28').rolling.ratio; // 1
 */
export function acwr(series: readonly DayValue[], asOf: string): Acwr {
  const history = dayWindow(series, asOf, Number.MAX_SAFE_INTEGER);
  const acuteDays = history.slice(-ACUTE_DAYS);
  const chronicDays = history.slice(-CHRONIC_DAYS);
  const acute = meanOfKnown(acuteDays);
  const chronic = meanOfKnown(chronicDays);

  const la = ewmaLambda(ACUTE_DAYS);
  const lc = ewmaLambda(CHRONIC_DAYS);
  let ea = 0;
  let ec = 0;
  let anyKnown = false;
  for (const d of history) {
    if (d.value === undefined) continue;
    anyKnown = true;
    ea = la * d.value + (1 - la) * ea;
    ec = lc * d.value + (1 - lc) * ec;
  }
  const acuteKnown = acute.mean !== undefined;
  return {
    asOf,
    historyDays: history.length,
    insufficientHistory: history.length < CHRONIC_DAYS,
    missingDays: { acute: acute.missing, chronic: chronic.missing },
    rolling: form(acute.mean, chronic.mean),
    ewma: anyKnown && acuteKnown ? form(ea, ec) : form(undefined, undefined),
  };
}
