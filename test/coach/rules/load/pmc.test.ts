import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { pmc, pmcDecay } from '../../../../coach/rules/load/pmc.js';
import { lastDate, seriesOf } from './helpers.js';

const start = '2027-01-04';

describe('pmc (CTL 42 d, ATL 7 d, exponential decay)', () => {
  it('first day from an empty history, with TSB taken before the day', () => {
    const [d] = pmc(seriesOf(start, [100]), start);
    expect(d?.ctl).toBeCloseTo(100 * (1 - Math.exp(-1 / 42)), 12); // 2.353
    expect(d?.atl).toBeCloseTo(100 * (1 - Math.exp(-1 / 7)), 12); // 13.312
    expect(d?.tsb).toBe(0);
    const days = pmc(seriesOf(start, [100, 0]), lastDate(start, 2));
    expect(days[1]?.tsb).toBeCloseTo((d?.ctl ?? NaN) - (d?.atl ?? NaN), 12);
    expect(days[1]?.ctl).toBeCloseTo((d?.ctl ?? NaN) * pmcDecay(42), 12);
  });

  it('CTL and ATL of a constant load converge to it (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 300, noNaN: true }), (load) => {
        const days = pmc(seriesOf(start, Array(400).fill(load)), lastDate(start, 400));
        const last = days.at(-1);
        expect(Math.abs((last?.ctl ?? NaN) - load) / load).toBeLessThan(1e-3);
        expect(Math.abs((last?.atl ?? NaN) - load) / load).toBeLessThan(1e-9);
        expect(Math.abs(last?.tsb ?? NaN) / load).toBeLessThan(1e-3);
        // ATL responds faster than CTL, so TSB stays ≤ 0 while building up.
        for (const d of days) expect(d.atl).toBeGreaterThanOrEqual(d.ctl - 1e-9);
        return true;
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it('holds CTL and ATL through an unknown day, decays them through a rest day', () => {
    const unknown = pmc(seriesOf(start, [100, undefined]), lastDate(start, 2));
    const rest = pmc(seriesOf(start, [100, 0]), lastDate(start, 2));
    expect(unknown[1]?.ctl).toBe(unknown[0]?.ctl);
    expect(unknown[1]?.load).toBeUndefined();
    expect(rest[1]?.ctl).toBeLessThan(rest[0]?.ctl ?? 0);
  });

  it('starts from a seed when given one, and stops at asOf', () => {
    const days = pmc(seriesOf(start, [0, 0, 0]), lastDate(start, 2), { ctl: 50, atl: 60 });
    expect(days).toHaveLength(2);
    expect(days[0]?.tsb).toBe(-10);
    expect(days[0]?.ctl).toBeCloseTo(50 * pmcDecay(42), 12);
  });
});
