/**
 * The 7- and 28-day intensity distribution (`load/intensity-distribution.ts`, Seiler's 80/20) read from
 * assessed runs: a run's class is what it was run as, not what it was planned or felt as — an easy day run
 * in the gray zone is moderate time, a quality session or race is hard, an easy run inside E is easy.
 */
import { intensityDistribution } from '../load/intensity-distribution.js';
import type { IntensityDistribution } from '../load/intensity-distribution.js';
import type { DeclaredIntensity } from '../load/activity-load-input.js';
import type { AssessedRun } from './assess-history.js';

/**
 * The class a run counts in, from its assessment.
 *
 * @example
 * runClass(grayZoneEasyRun.assessment); // 'moderate'
 */
export function runClass(a: Pick<AssessedRun['assessment'], 'intent' | 'flags'>): DeclaredIntensity {
  if (a.intent !== 'easy') return 'hard';
  if (a.flags.includes('easy-at-quality-pace')) return 'hard';
  return a.flags.includes('gray-zone') ? 'moderate' : 'easy';
}

/**
 * Easy / moderate / hard minutes over the last 7 and 28 days ending on `asOf`.
 *
 * @example
 * assessedDistribution(runs, '2027-01-17').last7.easyShareOfKnown; // 0.35
 */
export function assessedDistribution(runs: readonly AssessedRun[], asOf: string): IntensityDistribution {
  return intensityDistribution(
    runs.map((r) => ({
      date: r.activity.date,
      ...(r.activity.minutes > 0 ? { durationSeconds: r.activity.minutes * 60 } : {}),
      intensity: runClass(r.assessment),
    })),
    asOf,
  );
}

/** The two windows of `intensityDistribution`, days (acute week and chronic month). */
export const SHORT_WINDOW_DAYS = 7;
export const LONG_WINDOW_DAYS = 28;

/** The shares worded with a flag or `this week`: easy share (0–1) of classified time, 7 and 28 days. */
export interface EasyShares {
  readonly last7EasyShare?: number;
  readonly last28EasyShare?: number;
  readonly shortWindowDays: number;
  readonly longWindowDays: number;
}

/**
 * The easy shares of a distribution, rounded to whole percent (as 0–1).
 *
 * @example
 * easyShares(assessedDistribution(runs, '2027-01-17')); // { last7EasyShare: 0.35, last28EasyShare: 0.62, shortWindowDays: 7, longWindowDays: 28 }
 */
export function easyShares(d: IntensityDistribution): EasyShares {
  const r = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 100) / 100);
  const s7 = r(d.last7.easyShareOfKnown);
  const s28 = r(d.last28.easyShareOfKnown);
  return {
    ...(s7 !== undefined ? { last7EasyShare: s7 } : {}),
    ...(s28 !== undefined ? { last28EasyShare: s28 } : {}),
    shortWindowDays: SHORT_WINDOW_DAYS,
    longWindowDays: LONG_WINDOW_DAYS,
  };
}
