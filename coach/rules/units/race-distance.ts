import type { Result } from '../result.js';
import { err, ok } from '../result.js';

/** The named race distances runloop reports equivalents for. */
export type RaceKey = '1500m' | 'mile' | '3000m' | '2mile' | '5k' | '10k' | '15k' | 'half' | 'marathon';

/** Metres in one statute mile (international mile, 1959). */
export const METERS_PER_MILE = 1609.344;

/**
 * Race distances in metres. The half and full marathon use the IAAF/World Athletics course lengths
 * (21.0975 km and 42.195 km), as Daniels' Running Formula Table 5.1 does.
 */
export const RACE_DISTANCE_METERS: Readonly<Record<RaceKey, number>> = Object.freeze({
  '1500m': 1500,
  mile: METERS_PER_MILE,
  '3000m': 3000,
  '2mile': 2 * METERS_PER_MILE,
  '5k': 5000,
  '10k': 10000,
  '15k': 15000,
  half: 21097.5,
  marathon: 42195,
});

/** Race keys in ascending distance, the order tables print them in. */
export const RACE_KEYS: readonly RaceKey[] = Object.freeze([
  '1500m',
  'mile',
  '3000m',
  '2mile',
  '5k',
  '10k',
  '15k',
  'half',
  'marathon',
]);

const ALIASES: Readonly<Record<string, RaceKey>> = {
  '1500': '1500m',
  '1500m': '1500m',
  '1.5k': '1500m',
  '1.5km': '1500m',
  mile: 'mile',
  '1mi': 'mile',
  '1mile': 'mile',
  '3000m': '3000m',
  '3k': '3000m',
  '3km': '3000m',
  '2mile': '2mile',
  '2miles': '2mile',
  '2mi': '2mile',
  '5k': '5k',
  '5km': '5k',
  '5000m': '5k',
  '10k': '10k',
  '10km': '10k',
  '10000m': '10k',
  '15k': '15k',
  '15km': '15k',
  '15000m': '15k',
  half: 'half',
  halfmarathon: 'half',
  hm: 'half',
  '21.1k': 'half',
  '21.1km': 'half',
  marathon: 'marathon',
  full: 'marathon',
  '42.2k': 'marathon',
  '42.2km': 'marathon',
};

const UNIT_METERS: Readonly<Record<string, number>> = {
  m: 1,
  k: 1000,
  km: 1000,
  mi: METERS_PER_MILE,
  mile: METERS_PER_MILE,
  miles: METERS_PER_MILE,
};

const NUMBER_WITH_UNIT = /^(\d+(?:\.\d+)?)(m|k|km|mi|mile|miles)$/;

/**
 * Parses a race distance: a named race (`5k`, `half`, `marathon`, `mile`, `2mile`…) or a number with a
 * unit (`8k`, `12.5km`, `3000m`, `6mi`). Case, spaces, hyphens and underscores are ignored. A distance that
 * equals a named race (e.g. `5000m`, `3.1069mi` does not) also carries its `key`.
 *
 * @param text what the runner typed
 * @returns the distance in metres, and the race key when it is a named race; `UNKNOWN_DISTANCE` otherwise
 * @example
 * parseRaceDistance('half');   // ok({ meters: 21097.5, key: 'half' })
 * parseRaceDistance('12.5km'); // ok({ meters: 12500 })
 * parseRaceDistance('6mi');    // ok({ meters: 9656.064 })
 */
export function parseRaceDistance(
  text: string,
): Result<{ meters: number; key?: RaceKey }, 'UNKNOWN_DISTANCE'> {
  const trimmed = text.trim().toLowerCase();
  // Spaces, hyphens and underscores inside a name are ignored ('half-marathon'); a leading minus is not.
  const norm = trimmed.startsWith('-') ? trimmed : trimmed.replace(/[\s_-]+/g, '');
  const alias = ALIASES[norm];
  if (alias !== undefined) return ok({ meters: RACE_DISTANCE_METERS[alias], key: alias });
  const match = NUMBER_WITH_UNIT.exec(norm);
  const unit = match?.[2];
  const factor = unit === undefined ? undefined : UNIT_METERS[unit];
  if (match && factor !== undefined) {
    const meters = Number(match[1]) * factor;
    if (Number.isFinite(meters) && meters > 0) {
      const key = RACE_KEYS.find((k) => Math.abs(RACE_DISTANCE_METERS[k] - meters) < 1e-6);
      return ok(key === undefined ? { meters } : { meters, key });
    }
  }
  return err(
    'UNKNOWN_DISTANCE',
    `Unknown distance "${text}": use 1500m, mile, 3000m, 2mile, 5k, 10k, 15k, half, marathon, or a number with m, km or mi (e.g. 8k, 12.5km, 6mi).`,
    { text },
  );
}
