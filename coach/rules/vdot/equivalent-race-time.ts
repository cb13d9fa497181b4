import type { RaceKey } from '../units/race-distance.js';
import { RACE_DISTANCE_METERS, RACE_KEYS } from '../units/race-distance.js';
import { equationRaceTime } from './daniels-gilbert.js';

/**
 * Equivalent race time for a VDOT over any distance.
 *
 * @param vdot VDOT (ml/kg/min, fractional)
 * @param distanceMeters race distance in metres
 * @returns race time in seconds
 * @example
 * equivalentRaceTime(50, 5000); // ≈ 1197 (19:57)
 */
export function equivalentRaceTime(vdot: number, distanceMeters: number): number {
  return equationRaceTime(vdot, distanceMeters);
}

/**
 * Equivalent times for every named race distance.
 *
 * @param vdot VDOT (ml/kg/min, fractional)
 * @returns seconds per race key
 * @example
 * raceEquivalents(50).marathon; // ≈ 11449 (3:10:49)
 */
export function raceEquivalents(vdot: number): Record<RaceKey, number> {
  const out = {} as Record<RaceKey, number>;
  for (const key of RACE_KEYS) out[key] = equivalentRaceTime(vdot, RACE_DISTANCE_METERS[key]);
  return out;
}
