import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../../coach/rules/calendar/days-between.js';
import { fromEpochDay } from '../../../../coach/rules/calendar/epoch-day.js';
import { weekStartOnOrBefore } from '../../../../coach/rules/calendar/week-start-on-or-before.js';
import { weekdayIndex } from '../../../../coach/rules/calendar/weekday.js';

describe('weekStartOnOrBefore', () => {
  it('finds the week start for Monday weeks and for weeks that end on a Monday race', () => {
    expect(weekStartOnOrBefore('2027-04-18', 0)).toBe('2027-04-12');
    expect(weekStartOnOrBefore('2027-04-18', 1)).toBe('2027-04-13');
    expect(weekStartOnOrBefore('2027-04-13', 1)).toBe('2027-04-13');
    expect(weekStartOnOrBefore('2027-04-12', 1)).toBe('2027-04-06');
  });

  it('is on the asked weekday, on or before the date, less than a week back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: 0, max: 6 }), (day, start) => {
        const iso = fromEpochDay(day);
        const found = weekStartOnOrBefore(iso, start);
        expect(weekdayIndex(found)).toBe(start);
        expect(daysBetween(found, iso)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(found, iso)).toBeLessThan(7);
      }),
      { seed: 7 },
    );
  });
});
