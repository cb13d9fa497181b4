import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { daysBetween } from '../../../../coach/rules/calendar/days-between.js';
import { fromEpochDay } from '../../../../coach/rules/calendar/epoch-day.js';
import { mondayOfWeek } from '../../../../coach/rules/calendar/monday-of-week.js';
import { isWeekday, weekday, weekdayIndex } from '../../../../coach/rules/calendar/weekday.js';

const SEED = { seed: 20261124, numRuns: 500 };
/** Epoch days from 1950 to 2150. */
const epochDay = fc.integer({ min: -7305, max: 65744 });

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
