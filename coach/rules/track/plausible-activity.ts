/**
 * Whether an imported run's numbers are a run at all, against the one table of bounds
 * (`PLAUSIBLE`, `coach/rules/plausibility.ts`): distance, moving time, pace, heart rates, cadence.
 */
import { PLAUSIBLE, withinBound, type Bound } from '../plausibility.js';
import { ok, refusal, type Result } from '../result.js';
import type { TrackSummary } from './summarize-track.js';

/**
 * Fastest average pace taken as running, s/km: 2:10/km (130 s/km) is faster than the 1500 m world record
 * (3:26.00, El Guerrouj 1998: 137 s/km) held for a whole run; faster is a bike, a car or a GPS jump.
 */
export const FASTEST_RUN_PACE_S_PER_KM = 130;

export type ActivityImplausible = 'ACTIVITY_IMPLAUSIBLE';

/**
 * The summary when plausible, else `ACTIVITY_IMPLAUSIBLE` with the first field out of bounds and its
 * value and bound (facts: `field`, `value`, `min`, `max`).
 *
 * @example
 * plausibleActivity({ ...summary, avgHr: 260 }); // refusal('ACTIVITY_IMPLAUSIBLE', { field: 'avgHr', value: 260, min: 40, max: 230 })
 */
export function plausibleActivity(s: TrackSummary): Result<TrackSummary, ActivityImplausible> {
  const pace = s.durationSeconds / (s.distanceMeters / 1000);
  const checks: readonly (readonly [string, number | undefined, Bound])[] = [
    ['distanceMeters', s.distanceMeters, PLAUSIBLE.runMeters],
    ['durationSeconds', s.durationSeconds, PLAUSIBLE.runSeconds],
    ['paceSPerKm', pace, { min: FASTEST_RUN_PACE_S_PER_KM, max: PLAUSIBLE.paceSPerKm.max }],
    ['avgHr', s.avgHr, PLAUSIBLE.runHrBpm],
    ['maxHr', s.maxHr, PLAUSIBLE.runHrBpm],
    ['cadence', s.cadence, PLAUSIBLE.cadenceSpm],
  ];
  for (const [field, value, bound] of checks) {
    if (value !== undefined && !withinBound(value, bound)) {
      return refusal('ACTIVITY_IMPLAUSIBLE', { field, value, min: bound.min, max: bound.max });
    }
  }
  return ok(s);
}
