/** The intervals between consecutive samples of a track: how long, how far, and whether the runner moved. */
import { PLAUSIBLE } from '../plausibility.js';
import { haversineMeters } from './haversine.js';
import type { TrackPoint } from './track-point.js';

/**
 * Slowest speed still counted as moving, m/s: the slowest pace the coach logs as a run/walk
 * (`PLAUSIBLE.paceSPerKm.max`, 20:00/km = 3 km/h, a slow walk) gives 1000 / 1200 ≈ 0.83 m/s. An interval
 * slower than that is standing at a light or a watch left running: it is a pause, as for the auto-pause of
 * running watches, which stop the timer below a walking speed.
 */
export const MOVING_MIN_SPEED_MPS = 1000 / PLAUSIBLE.paceSPerKm.max;

export interface Segment {
  /** seconds */
  readonly seconds: number;
  /** metres; absent when neither the device distance nor positions are known on both ends */
  readonly meters?: number;
  /** Moving: not after a recording pause, and at least `MOVING_MIN_SPEED_MPS` fast. */
  readonly moving: boolean;
}

/**
 * The device's cumulative distance when both samples carry it (it smooths GPS, or uses a foot pod on a
 * treadmill), else the great-circle distance between their positions.
 */
function metersBetween(a: TrackPoint, b: TrackPoint): number | undefined {
  if (a.distanceM !== undefined && b.distanceM !== undefined) return Math.max(0, b.distanceM - a.distanceM);
  if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined)
    return haversineMeters({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
  return undefined;
}

/**
 * The intervals of a time-ordered track. A recording pause (`afterPause`) covers no distance and no
 * moving time, whatever the positions on either side say.
 *
 * @example
 * segments([{ timeMs: 0, distanceM: 0 }, { timeMs: 10_000, distanceM: 30 }]);
 * // [{ seconds: 10, meters: 30, moving: true }]
 */
export function segments(points: readonly TrackPoint[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const seconds = Math.max(0, (b.timeMs - a.timeMs) / 1000);
    if (b.afterPause === true) {
      out.push({ seconds, meters: 0, moving: false });
      continue;
    }
    const meters = metersBetween(a, b);
    const moving = meters !== undefined && seconds > 0 && meters / seconds >= MOVING_MIN_SPEED_MPS;
    out.push(meters === undefined ? { seconds, moving } : { seconds, meters, moving });
  }
  return out;
}

/**
 * Distance of a track, metres: the sum of its intervals; absent when no interval has a distance.
 *
 * @example
 * trackMeters(segments(points)); // 8012.4
 */
export function trackMeters(all: readonly Segment[]): number | undefined {
  const known = all.filter((s) => s.meters !== undefined);
  return known.length === 0 ? undefined : known.reduce((sum, s) => sum + s.meters!, 0);
}

/**
 * Moving time, seconds: the intervals at or above `MOVING_MIN_SPEED_MPS`, recording pauses excluded.
 *
 * @example
 * movingSeconds(segments(points)); // 2520
 */
export function movingSeconds(all: readonly Segment[]): number {
  return all.reduce((sum, s) => sum + (s.moving ? s.seconds : 0), 0);
}
