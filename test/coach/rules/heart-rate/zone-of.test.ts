import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { hrZones } from '../../../../coach/rules/heart-rate/hr-zones.js';
import { zoneOf } from '../../../../coach/rules/heart-rate/zone-of.js';

function zones(input: Parameters<typeof hrZones>[0]) {
  const r = hrZones(input);
  if (!r.ok) throw new Error(r.code);
  return r.value.zones;
}

describe('zoneOf', () => {
  const karvonen = zones({ maxHr: 190, restingHr: 50 }); // 120|134|148|162|176|190

  it('places boundaries in the upper zone and the top in the last zone', () => {
    expect(zoneOf(150, karvonen).zone?.name).toBe('Z3');
    expect(zoneOf(148, karvonen).zone?.name).toBe('Z3');
    expect(zoneOf(147, karvonen).zone?.name).toBe('Z2');
    expect(zoneOf(190, karvonen).zone?.name).toBe('Z5');
    expect(zoneOf(119, karvonen)).toEqual({ position: 'below' });
    expect(zoneOf(191, karvonen)).toEqual({ position: 'above' });
  });

  it('open Friel ends take anything beyond them', () => {
    const friel = zones({ lthr: 170 });
    expect(zoneOf(60, friel).zone?.name).toBe('Z1');
    expect(zoneOf(215, friel).zone?.name).toBe('Z5c');
  });

  it('every HR inside the zones lands in exactly the zone whose bounds hold it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 120, max: 190 }), (bpm) => {
        const fit = zoneOf(bpm, karvonen);
        const holding = karvonen.filter(
          (z, i) => (z.fromBpm ?? 0) <= bpm && (bpm < (z.toBpm ?? Infinity) || (i === 4 && bpm === z.toBpm)),
        );
        expect(holding).toHaveLength(1);
        expect(fit.zone).toBe(holding[0]);
        return true;
      }),
      { seed: 190 },
    );
  });
});
