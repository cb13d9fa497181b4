import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { hrZones, type HrZone } from '../../../../coach/rules/heart-rate/hr-zones.js';
import type { HrInput } from '../../../../coach/rules/heart-rate/hr-limits.js';

function bpmBounds(zones: readonly HrZone[]): number[] {
  return zones
    .map((z) => [z.fromBpm, z.toBpm])
    .flat()
    .filter((b): b is number => b !== null);
}

function expectContiguousAndOrdered(zones: readonly HrZone[]): void {
  for (let i = 0; i + 1 < zones.length; i++) {
    expect(zones[i]?.toBpm).not.toBeNull();
    expect(zones[i]?.toBpm).toBe(zones[i + 1]?.fromBpm);
    expect(zones[i]?.toPct).toBe(zones[i + 1]?.fromPct);
  }
  for (const z of zones) {
    if (z.fromBpm !== null && z.toBpm !== null) expect(z.fromBpm).toBeLessThan(z.toBpm);
  }
  const b = bpmBounds(zones);
  expect([...b].sort((x, y) => x - y)).toEqual(b);
}

describe('hrZones', () => {
  it('uses the heart-rate reserve (Karvonen) when resting HR is known', () => {
    const r = hrZones({ maxHr: 190, restingHr: 50 });
    if (!r.ok) throw new Error(r.code);
    expect(r.value.method).toBe('karvonen');
    expect(r.value.maxHr).toEqual({ bpm: 190, estimated: false });
    // 50, 60, 70, 80, 90, 100 % of a 140-bpm reserve above 50.
    expect(r.value.zones.map((z) => [z.name, z.fromBpm, z.toBpm])).toEqual([
      ['Z1', 120, 134],
      ['Z2', 134, 148],
      ['Z3', 148, 162],
      ['Z4', 162, 176],
      ['Z5', 176, 190],
    ]);
  });

  it('uses %HRmax without a resting HR, from an estimated HRmax when only age is known', () => {
    const r = hrZones({ ageYears: 40 });
    if (!r.ok) throw new Error(r.code);
    expect(r.value.method).toBe('percent-max');
    expect(r.value.maxHr?.estimated).toBe(true);
    expect(r.value.zones.map((z) => [z.fromBpm, z.toBpm])).toEqual([
      [90, 108],
      [108, 126],
      [126, 144],
      [144, 162],
      [162, 180],
    ]);
  });

  it('uses Friel run zones when LTHR is known, open-ended unless rest/max close them', () => {
    const open = hrZones({ lthr: 170, restingHr: 50 });
    if (!open.ok) throw new Error(open.code);
    expect(open.value.method).toBe('lthr');
    expect(open.value.maxHr).toBeUndefined();
    expect(open.value.zones.map((z) => [z.name, z.fromBpm, z.toBpm])).toEqual([
      ['Z1', 50, 145],
      ['Z2', 145, 153],
      ['Z3', 153, 162],
      ['Z4', 162, 170],
      ['Z5a', 170, 175],
      ['Z5b', 175, 182],
      ['Z5c', 182, null],
    ]);
    const closed = hrZones({ lthr: 170, maxHr: 192 });
    if (!closed.ok) throw new Error(closed.code);
    expect(closed.value.zones[0]?.fromBpm).toBeNull();
    expect(closed.value.zones[6]?.toBpm).toBe(192);
    // A max below the bottom of Z5c (1.07 × 180 = 193) cannot close it: it stays open.
    const low = hrZones({ lthr: 180, maxHr: 190 });
    expect(low.ok && low.value.zones[6]).toMatchObject({ fromBpm: 193, toBpm: null });
  });

  it('rejects implausible inputs with stable codes', () => {
    const cases: [HrInput, string][] = [
      [{ maxHr: 300 }, 'MAX_HR_IMPLAUSIBLE'],
      [{ ageYears: 5 }, 'AGE_IMPLAUSIBLE'],
      [{ maxHr: 115, restingHr: 115 }, 'RESTING_HR_NOT_BELOW_MAX'],
      [{ maxHr: 180, restingHr: 190 }, 'RESTING_HR_IMPLAUSIBLE'],
      [{ maxHr: 150, restingHr: 130 }, 'RESTING_HR_IMPLAUSIBLE'],
      [{ maxHr: 140, restingHr: 115 }, 'HR_RESERVE_TOO_SMALL'],
      [{ maxHr: 170, lthr: 175 }, 'LTHR_NOT_BELOW_MAX'],
      [{ lthr: 300 }, 'LTHR_IMPLAUSIBLE'],
      [{ restingHr: 55 }, 'HR_MAX_UNKNOWN'],
      [{}, 'HR_MAX_UNKNOWN'],
      // an estimated HRmax (age 100 → 138) too close to a high resting HR
      [{ ageYears: 100, restingHr: 115 }, 'HR_RESERVE_TOO_SMALL'],
    ];
    for (const [input, code] of cases) {
      const r = hrZones(input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(r.code, JSON.stringify(input)).toBe(code);
    }
  });

  it('zones are contiguous and ordered for any valid input (property)', () => {
    const input = fc.record(
      {
        maxHr: fc.integer({ min: 150, max: 230 }),
        restingHr: fc.integer({ min: 25, max: 110 }),
        lthr: fc.integer({ min: 120, max: 200 }),
        ageYears: fc.double({ min: 12, max: 100, noNaN: true }),
      },
      { requiredKeys: [] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(input, (raw) => {
        const r = hrZones(raw);
        if (!r.ok) return true; // rejected inputs are covered above
        accepted++;
        expectContiguousAndOrdered(r.value.zones);
        const expectedMethod =
          raw.lthr !== undefined ? 'lthr' : raw.restingHr !== undefined ? 'karvonen' : 'percent-max';
        expect(r.value.method).toBe(expectedMethod);
        if (r.value.method !== 'lthr') {
          expect(r.value.zones.at(-1)?.toBpm).toBe(r.value.maxHr?.bpm);
          expect(r.value.maxHr?.estimated).toBe(raw.maxHr === undefined);
        }
        return true;
      }),
      { seed: 20260124, numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(250);
  });

  it('accepts most generated inputs (the property above is not vacuous)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 150, max: 230 }),
        fc.integer({ min: 30, max: 80 }),
        (maxHr, restingHr) => {
          if (hrZones({ maxHr, restingHr }).ok) accepted++;
          return true;
        },
      ),
      { seed: 3, numRuns: 100 },
    );
    expect(accepted).toBe(100);
  });
});
