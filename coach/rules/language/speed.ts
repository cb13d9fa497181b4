import { METERS_PER_MILE } from './limits.js';
import type { Span } from './scan.js';
import { matchesOf, spanOf } from './scan.js';

/** A speed the runner set (a treadmill's `10 km/h`, `6 mph`), in metres per second. */
export interface SpeedHit {
  readonly start: number;
  readonly metersPerSecond: number;
  readonly unit: 'km' | 'mi';
}

const SPEED =
  /(?<![\d:.])(\d{1,2}(?:\.\d+)?)\s*(?:(km\/h|kmh|kph|km per hour|km an hour)|(mph|mi\/h|miles per hour|miles an hour))(?![a-z])/;

/**
 * Finds a speed (`10 km/h`, `12kph`, `6.5 mph`): read before distances, so `10 km/h` is never a 10 km run.
 * With a duration it gives the distance (speed × time).
 *
 * @example
 * extractSpeed('treadmill 45 min at 10 km/h').hit?.metersPerSecond // → 2.777…
 */
export function extractSpeed(text: string): { hit?: SpeedHit; spans: Span[] } {
  const spans: Span[] = [];
  let hit: SpeedHit | undefined;
  for (const m of matchesOf(SPEED, text)) {
    spans.push(spanOf(m));
    const value = Number(m[1]);
    const miles = m[3] !== undefined;
    if (hit === undefined && Number.isFinite(value) && value > 0) {
      hit = {
        start: m.index,
        metersPerSecond: (value * (miles ? METERS_PER_MILE : 1000)) / 3600,
        unit: miles ? 'mi' : 'km',
      };
    }
  }
  return hit === undefined ? { spans } : { hit, spans };
}
