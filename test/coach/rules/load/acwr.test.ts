import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { acwr, acwrBand, ewmaLambda } from '../../../../coach/rules/load/acwr.js';
import { lastDate, seriesOf } from './helpers.js';

const start = '2027-01-04';

describe('acwr (7:28 d, rolling and EWMA)', () => {
  it('uses λ = 2/(N+1)', () => {
    expect(ewmaLambda(7)).toBe(0.25);
    expect(ewmaLambda(28)).toBeCloseTo(2 / 29, 15);
  });

  it('a constant daily load gives 1 in both forms once history is long enough (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.integer({ min: 28, max: 400 }),
        (load, days) => {
          const r = acwr(seriesOf(start, Array(days).fill(load)), lastDate(start, days));
          expect(r.insufficientHistory).toBe(false);
          expect(r.rolling.ratio).toBeCloseTo(1, 9);
          // EWMA starts from 0, so it needs ~90 days to settle within 1 % (see the JSDoc).
          if (days >= 90) expect(Math.abs((r.ewma.ratio ?? NaN) - 1)).toBeLessThan(0.01);
          if (days >= 150) expect(Math.abs((r.ewma.ratio ?? NaN) - 1)).toBeLessThan(0.001);
          return true;
        },
      ),
      { seed: 2017 },
    );
  });

  it('a weekly pattern repeated gives a rolling ratio of 1 (rest days are 0, not missing)', () => {
    const week = [420, 0, 300, 0, 600, 0, 900];
    const r = acwr(seriesOf(start, Array(8).fill(week).flat()), lastDate(start, 56));
    expect(r.rolling.ratio).toBeCloseTo(1, 12);
    expect(r.rolling.acute).toBeCloseTo(2220 / 7, 9);
    expect(r.missingDays).toEqual({ acute: 0, chronic: 0 });
  });

  it('flags insufficient history below 28 days', () => {
    const r = acwr(seriesOf(start, Array(27).fill(300)), lastDate(start, 27));
    expect(r.historyDays).toBe(27);
    expect(r.insufficientHistory).toBe(true);
    expect(acwr(seriesOf(start, Array(28).fill(300)), lastDate(start, 28)).insufficientHistory).toBe(false);
  });

  it('skips unknown days instead of reading them as 0', () => {
    const values: (number | undefined)[] = Array(60).fill(300);
    values[57] = undefined;
    values[40] = undefined;
    const r = acwr(seriesOf(start, values), lastDate(start, 60));
    expect(r.missingDays).toEqual({ acute: 1, chronic: 2 });
    expect(r.rolling.acute).toBe(300);
    expect(r.rolling.ratio).toBeCloseTo(1, 12);
    // Had the unknown days been zeros, the acute mean would have dropped to 6/7 of 300.
    const zeros = acwr(
      seriesOf(
        start,
        values.map((v) => v ?? 0),
      ),
      lastDate(start, 60),
    );
    expect(zeros.rolling.acute).toBeCloseTo((300 * 6) / 7, 9);
    // The EWMA holds through unknown days: same as the full constant series minus two updates.
    expect(r.ewma.acute).toBeGreaterThan(zeros.ewma.acute ?? Infinity);
  });

  it('unknown days never move a steady rolling ratio off 1 (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 28, max: 120 })
          .chain((days) =>
            fc.tuple(
              fc.constant(days),
              fc.uniqueArray(fc.integer({ min: 0, max: days - 2 }), { maxLength: days - 1 }),
            ),
          ),
        ([days, holes]) => {
          const values: (number | undefined)[] = Array(days).fill(250);
          for (const h of holes) values[h] = undefined; // the last day stays known
          const r = acwr(seriesOf(start, values), lastDate(start, days));
          expect(r.rolling.ratio).toBeCloseTo(1, 12);
          expect(r.ewma.acute).toBeLessThanOrEqual(250 + 1e-9);
          expect(r.missingDays.chronic).toBe(holes.filter((h) => h >= days - 28).length);
          return true;
        },
      ),
      { seed: 31 },
    );
  });

  it('has no ratio when the whole acute week is unknown or chronic load is 0', () => {
    const unknownWeek = acwr(
      seriesOf(start, [...Array(30).fill(300), ...Array(7).fill(undefined)]),
      lastDate(start, 37),
    );
    expect(unknownWeek.rolling.ratio).toBeUndefined();
    expect(unknownWeek.ewma.ratio).toBeUndefined();
    const allRest = acwr(seriesOf(start, Array(30).fill(0)), lastDate(start, 30));
    expect(allRest.rolling.ratio).toBeUndefined();
    expect(allRest.ewma.ratio).toBeUndefined();
  });

  it('a spike week raises the ratio into the caution bands', () => {
    const r = acwr(seriesOf(start, [...Array(35).fill(300), ...Array(7).fill(600)]), lastDate(start, 42));
    // rolling: acute 600, chronic (21·300 + 7·600)/28 = 375 → 1.6
    expect(r.rolling.ratio).toBeCloseTo(1.6, 12);
    expect(r.rolling.band).toBe('VERY_ELEVATED');
    expect(r.ewma.ratio).toBeGreaterThan(1.3);
    expect([acwrBand(0.7), acwrBand(1), acwrBand(1.3), acwrBand(1.4), acwrBand(1.5)]).toEqual([
      'BELOW_RANGE',
      'IN_RANGE',
      'IN_RANGE',
      'ELEVATED',
      'VERY_ELEVATED',
    ]);
  });
});
