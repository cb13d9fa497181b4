import type { DayValue } from './daily-series.js';
import { dayWindow } from './day-window.js';

/** Chronic training load (fitness) time constant, days (Coggan's Performance Manager; Banister 1975). */
export const CTL_DAYS = 42;
/** Acute training load (fatigue) time constant, days. */
export const ATL_DAYS = 7;

/** One day of the performance management chart. */
export interface PmcDay {
  readonly date: string;
  /** That day's load, `undefined` when unknown (then CTL and ATL hold their previous values). */
  readonly load: number | undefined;
  /** Fitness after that day's training. */
  readonly ctl: number;
  /** Fatigue after that day's training. */
  readonly atl: number;
  /** Form going into the day: yesterday's CTL − yesterday's ATL (before today's training). */
  readonly tsb: number;
}

/** Starting values before the first day; both default to 0 (an empty history). */
export interface PmcSeed {
  readonly ctl?: number;
  readonly atl?: number;
}

/**
 * Decay factor per day for time constant τ: `e^(−1/τ)`.
 *
 * @example
 * pmcDecay(42); // 0.9764…
 */
export function pmcDecay(timeConstantDays: number): number {
  return Math.exp(-1 / timeConstantDays);
}

/**
 * Performance management chart over a daily load series (TSS/rTSS, TRIMP or session-RPE AU), from the
 * series start to `asOf`. Decay form: exponential impulse–response,
 * `CTL_t = CTL_{t−1}·e^(−1/42) + load_t·(1 − e^(−1/42))` (ATL the same with 7 d), so a constant load L
 * converges to CTL = ATL = L. TSB timing: `TSB_t = CTL_{t−1} − ATL_{t−1}`, the form you bring into day t
 * (TrainingPeaks' convention). A day with unknown load holds CTL and ATL (skipped, never read as 0);
 * rest days are 0.
 *
 * @example
 * // one 100-TSS day from an empty history
 * pmc(dailySeries([{ date: '2027-03-01', durationSeconds: 3600, distanceMeters: 12_000 }], { to: '2027-03-01' },
 *   (a) => rtss(a, 300)), '2027-03-01');
 * // [{ date: '2027-03-01', load: 100, ctl: 2.353, atl: 13.312, tsb: 0 }]
 */
export function pmc(series: readonly DayValue[], asOf: string, seed: PmcSeed = {}): PmcDay[] {
  const history = dayWindow(series, asOf, Number.MAX_SAFE_INTEGER);
  const kc = pmcDecay(CTL_DAYS);
  const ka = pmcDecay(ATL_DAYS);
  let ctl = seed.ctl ?? 0;
  let atl = seed.atl ?? 0;
  return history.map((d) => {
    const tsb = ctl - atl;
    if (d.value !== undefined) {
      ctl = ctl * kc + d.value * (1 - kc);
      atl = atl * ka + d.value * (1 - ka);
    }
    return { date: d.date, load: d.value, ctl, atl, tsb };
  });
}
