import { fastestPossiblePace } from './run-checks.js';
import { problem } from './scan.js';
import type { Problem, Slots } from './types.js';

/**
 * Checks slots against each other: a stated pace faster than the world record over the stated distance,
 * and a max HR below the average HR. Each finding is a Problem naming the slot to leave out.
 *
 * @example
 * crossCheckSlots({ avgHr: 160, maxHr: 150 })[0]?.code // → 'MAX_HR_BELOW_AVG_HR'
 */
export function crossCheckSlots(slots: Slots): Problem[] {
  const out: Problem[] = [];
  const { paceSPerKm, distanceM, maxHr, avgHr } = slots;
  if (paceSPerKm !== undefined && distanceM !== undefined && paceSPerKm < fastestPossiblePace(distanceM)) {
    out.push(problem('PACE_FASTER_THAN_WORLD_RECORD', 'paceSPerKm', { paceSPerKm, distanceM }));
  }
  if (maxHr !== undefined && avgHr !== undefined && maxHr < avgHr) {
    out.push(problem('MAX_HR_BELOW_AVG_HR', 'maxHr', { maxHr, avgHr }));
  }
  return out;
}
