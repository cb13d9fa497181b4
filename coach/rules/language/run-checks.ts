import {
  MAX_RUN_M,
  MAX_RUN_S,
  MIN_RUN_M,
  MIN_RUN_S,
  SLOWEST_PACE_S_PER_KM,
  fastestPossibleSeconds,
} from './limits.js';
import type { DistanceHit } from './distance.js';
import type { DurationHit } from './duration.js';
import { problem, round1 } from './scan.js';
import type { Problem } from './types.js';

/** A run's m:ss reading below this is read as h:mm when no distance tells them apart (`ran 1:45`). */
export const SHORTEST_UNQUALIFIED_RUN_S = 5 * 60;

/**
 * The fastest possible average pace over `meters`, s/km: the world-record pace at that distance,
 * interpolated between record distances (`fastestPossibleSeconds`).
 *
 * @example
 * fastestPossiblePace(10_000) // → 157.1 (10 000 m WR 26:11)
 */
export function fastestPossiblePace(meters: number): number {
  return round1(fastestPossibleSeconds(meters) / (meters / 1000));
}

/** A run's distance, duration and any problems after the plausibility checks. */
export interface CheckedRun {
  distanceM?: number;
  durationS?: number;
  problems: Problem[];
}

/**
 * Checks a run's distance and duration alone and together: each within its bounds, and the pace they
 * imply between the world-record pace for that distance and a slow walk. Picks the h:mm reading of an
 * `a:bb` time when m:ss is impossible (`half in 1:45` → 1 h 45 min). An implausible value is left out
 * and a Problem asks for it again.
 *
 * @example
 * checkRun({ start: 0, meters: 10000, unit: 'km', named: false }, { start: 4, seconds: 180 }).problems[0]?.code
 * // → 'PACE_FASTER_THAN_WORLD_RECORD'
 */
export function checkRun(distance: DistanceHit | undefined, duration: DurationHit | undefined): CheckedRun {
  const out: CheckedRun = { problems: [] };
  if (distance) {
    if (distance.meters >= MIN_RUN_M && distance.meters <= MAX_RUN_M) out.distanceM = round1(distance.meters);
    else
      out.problems.push(
        problem('DISTANCE_IMPLAUSIBLE', 'distanceM', { distanceM: distance.meters, unit: distance.unit }),
      );
  }
  if (!duration) return out;
  let seconds = duration.seconds;
  const hm = duration.asHoursMinutes;
  if (hm !== undefined) {
    if (out.distanceM !== undefined) {
      const limit = fastestPossiblePace(out.distanceM);
      const mmss = seconds / (out.distanceM / 1000);
      const hhmm = hm / (out.distanceM / 1000);
      if (mmss < limit && hhmm >= limit && hhmm <= SLOWEST_PACE_S_PER_KM) seconds = hm;
    } else if (distance === undefined && seconds < SHORTEST_UNQUALIFIED_RUN_S) seconds = hm;
  }
  if (!(seconds >= MIN_RUN_S && seconds <= MAX_RUN_S)) {
    out.problems.push(
      problem('DURATION_IMPLAUSIBLE', 'durationS', {
        durationS: seconds,
      }),
    );
    return out;
  }
  if (out.distanceM !== undefined && distance) {
    const pace = seconds / (out.distanceM / 1000);
    const limit = fastestPossiblePace(out.distanceM);
    if (pace < limit) {
      out.problems.push(
        problem('PACE_FASTER_THAN_WORLD_RECORD', 'durationS', {
          distanceM: out.distanceM,
          unit: distance.unit,
          durationS: seconds,
          paceSPerKm: round1(pace),
          recordPaceSPerKm: limit,
        }),
      );
      return out;
    }
    if (pace > SLOWEST_PACE_S_PER_KM) {
      out.problems.push(
        problem('PACE_TOO_SLOW', 'durationS', {
          distanceM: out.distanceM,
          unit: distance.unit,
          durationS: seconds,
          paceSPerKm: round1(pace),
        }),
      );
      return out;
    }
  }
  out.durationS = Math.round(seconds);
  return out;
}
