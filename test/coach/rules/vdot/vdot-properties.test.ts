import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { equivalentRaceTime, raceEquivalents } from '../../../../coach/rules/vdot/equivalent-race-time.js';
import { vdotFromRace } from '../../../../coach/rules/vdot/vdot-from-race.js';
import { worldRecordTime } from '../../../../coach/rules/vdot/world-records.js';

const SEED = 20261124;
/** Any distance VDOT is read from (metres). */
const distance = fc.double({ min: 1500, max: 42195, noNaN: true });
/** VDOTs inside runloop's 20–90 with room for a 5 % slower race (the world-record guard is checked per case). */
const vdot = fc.double({ min: 21.5, max: 86, noNaN: true });

describe('VDOT properties', () => {
  it('a faster race gives a higher VDOT', () => {
    fc.assert(
      fc.property(distance, vdot, fc.double({ min: 0.0005, max: 0.05, noNaN: true }), (d, v, slower) => {
        const t = equivalentRaceTime(v, d);
        fc.pre(t >= worldRecordTime(d));
        const fast = vdotFromRace(d, t);
        const slow = vdotFromRace(d, t * (1 + slower));
        return fast.ok && slow.ok && fast.value > slow.value;
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('race → VDOT → equivalent at the same distance gives the race time back (±1 s)', () => {
    fc.assert(
      fc.property(distance, vdot, (d, v) => {
        const t = Math.round(equivalentRaceTime(v, d)); // a whole-second race time
        fc.pre(t >= worldRecordTime(d));
        const r = vdotFromRace(d, t);
        return r.ok && Math.abs(equivalentRaceTime(r.value, d) - t) <= 1;
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('a higher VDOT is faster at every distance, named or not, across 20–90', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 20, max: 89.9, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        fc.double({ min: 800, max: 50000, noNaN: true }),
        (v, step, d) => equivalentRaceTime(Math.min(90, v + step), d) < equivalentRaceTime(v, d),
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('a longer race takes longer at any VDOT', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 20, max: 90, noNaN: true }),
        distance,
        fc.double({ min: 1.001, max: 3, noNaN: true }),
        (v, d, k) => equivalentRaceTime(v, d * k) > equivalentRaceTime(v, d),
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('is continuous where the printed table stops (VDOT 30 and 85)', () => {
    for (const edge of [30, 85]) {
      const at = raceEquivalents(edge);
      const below = raceEquivalents(edge - 1e-6);
      const above = raceEquivalents(edge + 1e-6);
      for (const key of Object.keys(at) as (keyof typeof at)[]) {
        expect(Math.abs(below[key] - at[key])).toBeLessThan(0.01);
        expect(Math.abs(above[key] - at[key])).toBeLessThan(0.01);
      }
    }
  });
});
