import type { HrZone } from './hr-zones.js';

/** Where a heart rate sits against a set of zones. */
export type ZoneFit =
  | { readonly position: 'in'; readonly zone: HrZone }
  | { readonly position: 'below' | 'above'; readonly zone?: undefined };

/**
 * The zone a heart rate falls in, using the zones' [fromBpm, toBpm) convention (the last zone includes
 * its top; open ends reach to 0 / infinity). `below` under the first zone, `above` over the last.
 *
 * @param bpm a heart rate, bpm
 * @param zones contiguous ascending zones from `hrZones`
 * @example
 * zoneOf(150, hrZones({ maxHr: 190, restingHr: 50 }).value.zones); // { position: 'in', zone: { name: 'Z3', … } }
 * zoneOf(100, sameZones); // { position: 'below' }
 */
export function zoneOf(bpm: number, zones: readonly HrZone[]): ZoneFit {
  const first = zones[0];
  if (first === undefined) throw new Error('zoneOf needs at least one zone');
  if (first.fromBpm !== null && bpm < first.fromBpm) return { position: 'below' };
  for (let i = 0; i < zones.length; i++) {
    const zone = zones[i] as HrZone;
    const isLast = i === zones.length - 1;
    if (zone.toBpm === null || bpm < zone.toBpm || (isLast && bpm === zone.toBpm))
      return { position: 'in', zone };
  }
  return { position: 'above' };
}
