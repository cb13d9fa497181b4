import { describe, it, expect } from 'vitest';
import { monotonyStrain } from '../../../../coach/rules/load/monotony-strain.js';
import { lastDate, seriesOf } from './helpers.js';

const start = '2027-03-22';

describe('monotonyStrain (Foster, population SD, rest days 0)', () => {
  it('worked week', () => {
    const loads = [420, 0, 300, 0, 600, 0, 900];
    const r = monotonyStrain(seriesOf(start, loads), lastDate(start, 7));
    const mean = 2220 / 7;
    const sd = Math.sqrt(loads.reduce((s, x) => s + (x - mean) ** 2, 0) / 7);
    expect(r.status).toBe('OK');
    expect(r.weeklyLoad).toBe(2220);
    expect(r.sd).toBeCloseTo(sd, 9);
    expect(r.monotony).toBeCloseTo(0.9805, 4);
    expect(r.strain).toBeCloseTo(2176.7, 1);
    expect(r.highMonotony).toBe(false);
    expect(r.strainLevel).toBe('normal');
  });

  it('flags a uniform hard week: monotony > 2 and strain above the risk line', () => {
    const r = monotonyStrain(seriesOf(start, [600, 500, 600, 550, 600, 500, 650]), lastDate(start, 7));
    expect(r.monotony).toBeGreaterThan(2);
    expect(r.highMonotony).toBe(true);
    expect(r.strainLevel).toBe('risk');
    const caution = monotonyStrain(seriesOf(start, [400, 300, 400, 0, 400, 300, 500]), lastDate(start, 7));
    expect(caution.strain).toBeGreaterThanOrEqual(4500);
    expect(caution.strain).toBeLessThan(6000);
    expect(caution.strainLevel).toBe('caution');
  });

  it('reports missing data, short history and no variation instead of a number', () => {
    const missing = monotonyStrain(seriesOf(start, [420, 0, undefined, 0, 600, 0, 900]), lastDate(start, 7));
    expect(missing).toMatchObject({
      status: 'MISSING_DATA',
      monotony: undefined,
      strain: undefined,
      missingDays: 1,
    });
    const short = monotonyStrain(seriesOf(start, [420, 0, 300]), lastDate(start, 3));
    expect(short.status).toBe('INSUFFICIENT_HISTORY');
    const flat = monotonyStrain(seriesOf(start, Array(7).fill(300)), lastDate(start, 7));
    expect(flat).toMatchObject({ status: 'NO_VARIATION', monotony: undefined, weeklyLoad: 2100, sd: 0 });
  });
});
