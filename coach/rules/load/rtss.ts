import type { ActivityLoadInput } from './activity-load-input.js';

/** TSS points per hour at threshold (IF = 1): TSS = hours × IF² × 100 (Coggan; rTSS per TrainingPeaks). */
export const TSS_PER_HOUR_AT_THRESHOLD = 100;

/**
 * Running TSS from pace for a flat run at steady effort: `hours × IF² × 100`, with IF the intensity
 * factor = threshold pace ÷ average pace (= average speed ÷ threshold speed). Uses average pace, not
 * grade-adjusted normalised pace, so it underrates hilly or variable runs. `undefined` when duration or
 * distance is unknown, zero, or the threshold pace is not positive.
 *
 * @param thresholdPaceSecPerKm functional threshold pace (about 1-hour race pace), seconds per km
 * @returns rTSS points, or `undefined` when unknown
 * @example
 * // 30 min at IF 0.9 → 0.5 × 0.81 × 100 = 40.5 (threshold 4:30/km, run 5:00/km for 6 km)
 * rtss({ date: '2027-03-01', durationSeconds: 1800, distanceMeters: 6000 }, 270); // 40.5
 */
export function rtss(a: ActivityLoadInput, thresholdPaceSecPerKm: number): number | undefined {
  const s = a.durationSeconds;
  const m = a.distanceMeters;
  if (s === undefined || m === undefined || !(Number.isFinite(s) && s > 0 && Number.isFinite(m) && m > 0)) {
    return undefined;
  }
  if (!(Number.isFinite(thresholdPaceSecPerKm) && thresholdPaceSecPerKm > 0)) return undefined;
  const paceSecPerKm = s / (m / 1000);
  return intensityTss(s / 3600, thresholdPaceSecPerKm / paceSecPerKm);
}

/**
 * TSS from hours and intensity factor: `hours × IF² × 100`.
 *
 * @example
 * intensityTss(0.5, 0.9); // 40.5
 */
export function intensityTss(hours: number, intensityFactor: number): number {
  return hours * intensityFactor * intensityFactor * TSS_PER_HOUR_AT_THRESHOLD;
}
