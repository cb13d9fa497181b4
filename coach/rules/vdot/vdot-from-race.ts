import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import { equationVdot } from './daniels-gilbert.js';
import { MAX_RACE_METERS, MAX_VDOT, MIN_RACE_METERS, MIN_VDOT } from './vdot-range.js';
import { worldRecordTime } from './world-records.js';

/**
 * VDOT from a race result (Daniels–Gilbert), checked: the distance must be 1500 m – marathon, the time no
 * faster than the men's world record for the distance, and the VDOT within 20–90.
 *
 * @param distanceMeters race distance in metres
 * @param timeSeconds finishing time in seconds
 * @returns fractional VDOT, or `INVALID_RACE` / `FASTER_THAN_WORLD_RECORD` / `VDOT_OUT_OF_RANGE`
 * @example
 * vdotFromRace(10000, 2400); // ok(≈ 51.94)
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
  const vdot = equationVdot(distanceMeters, timeSeconds);
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
