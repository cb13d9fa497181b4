import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { daysBetween } from '../../../../coach/rules/calendar/days-between.js';
import { fromEpochDay, isIsoDate } from '../../../../coach/rules/calendar/epoch-day.js';

const SEED = { seed: 20261124, numRuns: 500 };
/** Epoch days from 1950 to 2150. */
const epochDay = fc.integer({ min: -7305, max: 65744 });

describe('addDays and daysBetween', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-07', '2027-04-18')).toBe(132);
  });
  it('are inverse', () => {
    fc.assert(
      fc.property(epochDay, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const iso = fromEpochDay(d);
        return daysBetween(iso, addDays(iso, n)) === n && isIsoDate(addDays(iso, n));
      }),
      SEED,
    );
  });
  it('rejects fractional days', () => {
    expect(() => addDays('2027-01-01', 0.5)).toThrow();
  });
});
