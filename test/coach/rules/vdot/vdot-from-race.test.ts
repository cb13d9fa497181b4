import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METERS_PER_MILE } from '../../../../coach/rules/units/race-distance.js';
import { equationVdot } from '../../../../coach/rules/vdot/daniels-gilbert.js';
import { equivalentRaceTime } from '../../../../coach/rules/vdot/equivalent-race-time.js';
import { riegelTime } from '../../../../coach/rules/vdot/riegel.js';
import { vdotFromRace } from '../../../../coach/rules/vdot/vdot-from-race.js';
import { MEN_WORLD_RECORDS, worldRecordTime } from '../../../../coach/rules/vdot/world-records.js';

function vdot(meters: number, seconds: number): number {
  const r = vdotFromRace(meters, seconds);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('vdotFromRace', () => {
  it('stays close to the SCIENCE.md worked examples (which are the bare equations)', () => {
    // Equations: 39.11, 51.94, 49.8. The table-consistent VDOT differs by under 0.1 at 5K/10K.
    expect(vdot(5000, 24 * 60 + 34)).toBeCloseTo(39.16, 2);
    expect(vdot(10000, 40 * 60)).toBeCloseTo(51.975, 3);
    expect(vdot(5000, 20 * 60)).toBeCloseTo(49.86, 2);
    for (const [m, s] of [
      [5000, 1474],
      [10000, 2400],
      [5000, 1200],
    ] as const) {
      expect(Math.abs(vdot(m, s) - equationVdot(m, s))).toBeLessThan(0.1);
    }
  });

  it('reads any distance from 1500 m to the marathon, named or not', () => {
    expect(vdot(8000, 32 * 60 + 41)).toBeGreaterThan(49.5);
    expect(vdot(8000, 32 * 60 + 41)).toBeLessThan(50.5);
    expect(vdot(1500, 5 * 60 + 24)).toBeCloseTo(50, 6);
    expect(vdot(6 * METERS_PER_MILE, 40 * 60)).toBeGreaterThan(40);
  });

  it('rejects distances outside 1500 m – marathon and non-positive inputs', () => {
    for (const [m, s] of [
      [800, 120],
      [50000, 4 * 3600],
      [5000, 0],
      [5000, -1],
      [Number.NaN, 1200],
      [5000, Infinity],
    ]) {
      const r = vdotFromRace(m as number, s as number);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe('INVALID_RACE');
    }
  });

  it('rejects a time faster than the world record, at and between record distances', () => {
    for (const rec of MEN_WORLD_RECORDS) {
      const r = vdotFromRace(rec.meters, rec.seconds - 0.5);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.code).toBe('FASTER_THAN_WORLD_RECORD');
      expect(vdotFromRace(rec.meters, rec.seconds).ok).toBe(true);
    }
    const fifteen = vdotFromRace(15000, 38 * 60);
    expect(fifteen.ok || fifteen.code).toBe('FASTER_THAN_WORLD_RECORD');
    expect(worldRecordTime(15000)).toBeGreaterThan(worldRecordTime(10000));
    expect(worldRecordTime(15000)).toBeLessThan(worldRecordTime(21097.5));
  });

  it('rejects a VDOT below 20', () => {
    const r = vdotFromRace(5000, 50 * 60);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe('VDOT_OUT_OF_RANGE');
    expect(vdotFromRace(42195, 6.5 * 3600).ok).toBe(true); // a 6:30 marathon is VDOT ≈ 20.4
    expect(vdotFromRace(42195, 6.8 * 3600).ok).toBe(false);
  });

  it('answers VDOT_OUT_OF_RANGE, never throws, for a walk or a typo far below the range', () => {
    expect(vdotFromRace(2000, 5940)).toMatchObject({ ok: false, code: 'VDOT_OUT_OF_RANGE' });
    expect(vdotFromRace(1500, 24 * 3600)).toMatchObject({ ok: false, code: 'VDOT_OUT_OF_RANGE' });
    fc.assert(
      fc.property(
        fc.double({ min: 1500, max: 42195, noNaN: true }),
        fc.double({ min: 1, max: 1e7, noNaN: true }),
        (d, t) => {
          const r = vdotFromRace(d, t);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  });
});

describe('Riegel cross-check (SCIENCE.md)', () => {
  it('reproduces the worked values: 5K 25:00 → 10K 52:07, HM 1:55:00, M 3:59:47', () => {
    expect(Math.round(riegelTime(5000, 1500, 10000))).toBe(52 * 60 + 7);
    expect(Math.round(riegelTime(5000, 1500, 21097.5) / 60)).toBe(115);
    expect(Math.round(riegelTime(5000, 1500, 42195))).toBe(3 * 3600 + 59 * 60 + 47);
  });

  it('agrees with VDOT equivalents within 3 % from a 25:00 5K to 10K, half and marathon', () => {
    const v = vdot(5000, 1500);
    for (const d of [10000, 21097.5, 42195]) {
      const ours = equivalentRaceTime(v, d);
      expect(Math.abs(ours - riegelTime(5000, 1500, d)) / ours).toBeLessThan(0.03);
    }
  });
});
