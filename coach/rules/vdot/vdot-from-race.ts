import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import { equationVdot } from './daniels-gilbert.js';
import { equivalentRaceTime } from './equivalent-race-time.js';
import { MAX_RACE_METERS, MAX_VDOT, MIN_RACE_METERS, MIN_VDOT } from './vdot-range.js';
import { worldRecordTime } from './world-records.js';

/**
 * VDOT from a race result, checked: the distance must be 1500 m – marathon, the time no faster than the men's
 * world record for the distance, and the VDOT within 20–90. The VDOT is the one whose equivalent time
 * (`equivalentRaceTime`: *Daniels' Running Formula* Table 5.1 inside VDOT 30–85, the Daniels–Gilbert equations
 * beyond) over that distance equals the race time, so race → VDOT → equivalent gives the race time back and a
 * 5K of 19:57 is VDOT 50.0 as in the book. It stays within ~0.1 (0.3 for the mile) of the bare equations
 * (`equationVdot`: 5K 24:34 → 39.11 there, 39.16 here).
 *
 * @param distanceMeters race distance in metres
 * @param timeSeconds finishing time in seconds
 * @returns fractional VDOT, or `INVALID_RACE` / `FASTER_THAN_WORLD_RECORD` / `VDOT_OUT_OF_RANGE`
 * @example
 * vdotFromRace(5000, 1197);  // ok(50)
 * vdotFromRace(10000, 2400); // ok(≈ 51.98)
 */
export function vdotFromRace(
  distanceMeters: number,
  timeSeconds: number,
): Result<number, 'INVALID_RACE' | 'FASTER_THAN_WORLD_RECORD' | 'VDOT_OUT_OF_RANGE'> {
  if (!Number.isFinite(distanceMeters) || !Number.isFinite(timeSeconds) || timeSeconds <= 0) {
    return err('INVALID_RACE', 'A race needs a positive distance and time.', { distanceMeters, timeSeconds });
  }
  if (distanceMeters < MIN_RACE_METERS - 1e-9 || distanceMeters > MAX_RACE_METERS + 1e-9) {
    return err(
      'INVALID_RACE',
      `VDOT comes from races of ${MIN_RACE_METERS} m to the marathon (${MAX_RACE_METERS} m).`,
      {
        distanceMeters,
      },
    );
  }
  const record = worldRecordTime(distanceMeters);
  if (timeSeconds < record) {
    return err('FASTER_THAN_WORLD_RECORD', 'That time is faster than the world record for the distance.', {
      distanceMeters,
      timeSeconds,
      worldRecordSeconds: record,
    });
  }
  // Far outside the supported range (a walk, a typo) the equations alone say so; the table solve needs a
  // positive VDOT to search around.
  const estimate = equationVdot(distanceMeters, timeSeconds);
  if (!(estimate >= MIN_VDOT - ESTIMATE_MARGIN && estimate <= MAX_VDOT + ESTIMATE_MARGIN)) {
    return err(
      'VDOT_OUT_OF_RANGE',
      `That race gives a VDOT of about ${estimate.toFixed(1)}; runloop works with ${MIN_VDOT}–${MAX_VDOT}.`,
      { vdot: estimate },
    );
  }
  const vdot = solveVdot(distanceMeters, timeSeconds);
  if (vdot < MIN_VDOT || vdot > MAX_VDOT) {
    return err(
      'VDOT_OUT_OF_RANGE',
      `That race gives a VDOT of ${vdot.toFixed(1)}; runloop works with ${MIN_VDOT}–${MAX_VDOT}.`,
      {
        vdot,
      },
    );
  }
  return ok(vdot);
}

/** Lowest and highest VDOT the solver searches (wider than 20–90 so out-of-range results are reported, not clipped). */
const SEARCH_VDOT = Object.freeze({ low: 5, high: 120 });

/** VDOT points the bare equations may stray outside MIN_VDOT–MAX_VDOT before the table solve is skipped. */
const ESTIMATE_MARGIN = 5;

/** Bisection for the VDOT whose equivalent time over the distance is the race time (time falls as VDOT rises). */
function solveVdot(distanceMeters: number, timeSeconds: number): number {
  const guess = equationVdot(distanceMeters, timeSeconds);
  let lo = Math.max(SEARCH_VDOT.low, guess - 1);
  let hi = Math.min(SEARCH_VDOT.high, guess + 1);
  while (lo > SEARCH_VDOT.low && equivalentRaceTime(lo, distanceMeters) < timeSeconds)
    lo = Math.max(SEARCH_VDOT.low, lo - 2);
  while (hi < SEARCH_VDOT.high && equivalentRaceTime(hi, distanceMeters) > timeSeconds)
    hi = Math.min(SEARCH_VDOT.high, hi + 2);
  for (let i = 0; i < 60 && hi - lo > 1e-10; i++) {
    const mid = (lo + hi) / 2;
    if (equivalentRaceTime(mid, distanceMeters) > timeSeconds) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
