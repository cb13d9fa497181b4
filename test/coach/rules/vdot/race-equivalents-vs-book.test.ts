import { describe, expect, it } from 'vitest';
import { RACE_DISTANCE_METERS, RACE_KEYS } from '../../../../coach/rules/units/race-distance.js';
import { equivalentRaceTime, raceEquivalents } from '../../../../coach/rules/vdot/equivalent-race-time.js';
import { vdotFromRace } from '../../../../coach/rules/vdot/vdot-from-race.js';
import { TABLE_5_1 } from '../../../fixtures/daniels/daniels-book.js';

/** Issue 3 accuracy bar: race equivalents within 0.5 % of Table 5.1 for every integer VDOT 30–85. */
const MAX_RELATIVE_ERROR = 0.005;

describe("race equivalents against Daniels' Running Formula Table 5.1", () => {
  it('covers every integer VDOT 30–85', () => {
    expect(TABLE_5_1.map((r) => r.vdot)).toEqual(Array.from({ length: 56 }, (_, i) => 30 + i));
  });

  for (const row of TABLE_5_1) {
    it(`VDOT ${row.vdot}: every distance within 0.5 %`, () => {
      const ours = raceEquivalents(row.vdot);
      for (const key of RACE_KEYS) {
        const book = row.values[key];
        if (book === null || book === undefined) throw new Error(`fixture lacks ${key} at ${row.vdot}`);
        expect(Math.abs(ours[key] - book) / book, `${key} at VDOT ${row.vdot}`).toBeLessThanOrEqual(
          MAX_RELATIVE_ERROR,
        );
      }
    });
  }

  it('reads a printed time back as its own VDOT (5K 19:57 → 50, marathon 3:10:49 → 50)', () => {
    const five = vdotFromRace(5000, 19 * 60 + 57);
    const mar = vdotFromRace(42195, 3 * 3600 + 10 * 60 + 49);
    expect(five.ok && five.value).toBeCloseTo(50, 6);
    expect(mar.ok && mar.value).toBeCloseTo(50, 6);
  });

  it('puts in-between distances between their neighbours (8K between 5K and 10K)', () => {
    for (const row of TABLE_5_1) {
      const t8 = equivalentRaceTime(row.vdot, 8000);
      expect(t8).toBeGreaterThan(equivalentRaceTime(row.vdot, RACE_DISTANCE_METERS['5k']));
      expect(t8).toBeLessThan(equivalentRaceTime(row.vdot, RACE_DISTANCE_METERS['10k']));
    }
  });
});
