import { describe, expect, it } from 'vitest';
import {
  dayInMonth,
  nextMonth,
  raceDateFrom,
} from '../../../../../coach/rules/language/onboarding/race-date.js';

describe('raceDateFrom', () => {
  it('resolves a date without a year to the next such date after today', () => {
    expect(raceDateFrom('dec 1', '2026-12-01')).toEqual({ date: '2027-12-01' });
    expect(raceDateFrom('dec 2', '2026-12-01')).toEqual({ date: '2026-12-02' });
    expect(raceDateFrom('29 feb', '2026-12-01')).toEqual({ date: '2028-02-29' });
  });

  it('reads numeric dates day first, US order when the day comes second', () => {
    expect(raceDateFrom('18/04/2027', '2026-12-01')).toEqual({ date: '2027-04-18' });
    expect(raceDateFrom('04/05/2027', '2026-12-01')).toEqual({ date: '2027-05-04' });
    expect(raceDateFrom('4/18/2027', '2026-12-01')).toEqual({ date: '2027-04-18' });
    expect(raceDateFrom('31/02/2027', '2026-12-01')).toBeUndefined();
  });

  it('keeps a month alone as a month, "may" only when it is one', () => {
    expect(raceDateFrom('in december', '2026-12-01')).toEqual({ month: { year: 2026, month: 12 } });
    expect(raceDateFrom('march', '2026-12-01')).toEqual({ month: { year: 2027, month: 3 } });
    expect(raceDateFrom('i may do a half', '2026-12-01')).toBeUndefined();
    expect(raceDateFrom('in may', '2026-12-01')).toEqual({ month: { year: 2027, month: 5 } });
    expect(raceDateFrom('in 3 months', '2026-12-01')).toEqual({ month: { year: 2027, month: 3 } });
  });

  it('reads weeks ahead within the horizon only', () => {
    expect(raceDateFrom('in 12 weeks', '2026-12-01')).toEqual({ date: '2027-02-23' });
    expect(raceDateFrom('in 300 weeks', '2026-12-01')).toBeUndefined();
  });
});

describe('dayInMonth and nextMonth', () => {
  it('reads the day of a known month, refusing days that do not exist or have passed', () => {
    const april = { year: 2027, month: 4 };
    expect(dayInMonth('sunday the 18th', april, '2026-12-01')).toBe('2027-04-18');
    expect(dayInMonth('31', april, '2026-12-01')).toBeUndefined();
    expect(dayInMonth('1', { year: 2026, month: 12 }, '2026-12-01')).toBeUndefined();
    expect(dayInMonth('may 2nd', april, '2026-12-01')).toBeUndefined();
  });

  it('gives this year’s month until it is over', () => {
    expect(nextMonth('2026-12-01', 12)).toEqual({ year: 2026, month: 12 });
    expect(nextMonth('2026-12-01', 11)).toEqual({ year: 2027, month: 11 });
    expect(nextMonth('2026-12-01', 4, 2028)).toEqual({ year: 2028, month: 4 });
  });
});
