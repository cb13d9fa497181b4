import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { daysBetween } from '../../../../coach/rules/calendar/days-between.js';
import { fromEpochDay, isIsoDate, toEpochDay } from '../../../../coach/rules/calendar/epoch-day.js';
import { mondayOfWeek } from '../../../../coach/rules/calendar/monday-of-week.js';
import { isWeekday, weekday, weekdayIndex } from '../../../../coach/rules/calendar/weekday.js';

const SEED = { seed: 20261124, numRuns: 500 };
/** Epoch days from 1950 to 2150. */
const epochDay = fc.integer({ min: -7305, max: 65744 });

describe('isIsoDate', () => {
  it('accepts real dates and leap days', () => {
    expect(isIsoDate('2026-12-07')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
  it('rejects impossible or malformed dates', () => {
    for (const bad of [
      '2027-02-29',
      '1900-02-29',
      '2027-13-01',
      '2027-04-31',
      '2027-4-1',
      '27-04-01',
      '',
      'x',
    ])
      expect(isIsoDate(bad)).toBe(false);
  });
});

describe('epoch days', () => {
  it('round-trips', () => {
    fc.assert(
      fc.property(epochDay, (d) => toEpochDay(fromEpochDay(d)) === d),
      SEED,
    );
  });
  it('knows the epoch', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });
  it('throws on a malformed date', () => {
    expect(() => toEpochDay('2027-02-30')).toThrow();
  });
});

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

describe('weekday and mondayOfWeek', () => {
  it('names known days', () => {
    expect(weekday('2026-12-07')).toBe('mon');
    expect(weekday('2027-04-18')).toBe('sun');
    expect(weekday('1970-01-01')).toBe('thu');
    expect(weekday('1969-12-29')).toBe('mon');
    expect(mondayOfWeek('2027-04-18')).toBe('2027-04-12');
    expect(mondayOfWeek('2026-12-07')).toBe('2026-12-07');
  });
  it('advances one weekday per day and Monday starts every week', () => {
    fc.assert(
      fc.property(epochDay, (d) => {
        const iso = fromEpochDay(d);
        const monday = mondayOfWeek(iso);
        return (
          weekdayIndex(addDays(iso, 1)) === (weekdayIndex(iso) + 1) % 7 &&
          weekday(monday) === 'mon' &&
          daysBetween(monday, iso) === weekdayIndex(iso)
        );
      }),
      SEED,
    );
  });
  it('recognises weekday names', () => {
    expect(isWeekday('sun')).toBe(true);
    expect(isWeekday('Sunday')).toBe(false);
  });
});
