import { describe, expect, it } from 'vitest';
import { extractDate } from '../../../../coach/rules/language/dates.js';

// 2026-11-24 is a Tuesday.
const TODAY = '2026-11-24';

describe('extractDate', () => {
  it.each([
    ['yesterday', '2026-11-23'],
    ['last night', '2026-11-23'],
    ['this morning', TODAY],
    ['the day before yesterday', '2026-11-22'],
    ['3 days ago', '2026-11-21'],
    ['a week ago', '2026-11-17'],
    ['on sunday', '2026-11-22'],
    ['on tuesday', TODAY],
    ['last tuesday', '2026-11-17'],
    ['on 2026-11-20', '2026-11-20'],
    ['nov 20th', '2026-11-20'],
    ['20 november', '2026-11-20'],
    ['the 30th', '2026-10-30'],
    ['dec 31', '2025-12-31'],
  ])('reads "%s" looking back as %s', (phrase, date) => {
    expect(extractDate(phrase, TODAY, 'past')?.date).toBe(date);
  });

  it.each([
    ['on sunday', '2026-11-29'],
    ['on tuesday', TODAY],
    ['next tuesday', '2026-12-01'],
    ['tomorrow', '2026-11-25'],
    ['dec 31', '2026-12-31'],
  ])('reads "%s" looking ahead as %s', (phrase, date) => {
    expect(extractDate(phrase, TODAY, 'upcoming')?.date).toBe(date);
  });

  it('takes an explicit year as written, in either direction', () => {
    expect(extractDate('18 april 2027', TODAY, 'past')?.date).toBe('2027-04-18');
    expect(extractDate('april 18, 2027', TODAY, 'upcoming')?.date).toBe('2027-04-18');
    expect(extractDate('feb 29 2027', TODAY, 'upcoming')).toBeUndefined();
  });

  it('crosses month and year ends', () => {
    expect(extractDate('yesterday', '2027-01-01', 'past')?.date).toBe('2026-12-31');
    expect(extractDate('on the 29th', '2027-03-01', 'past')?.date).toBe('2027-01-29');
  });

  it('marks later-today phrases and ignores impossible dates', () => {
    expect(extractDate('tonight', TODAY, 'past')).toMatchObject({ date: TODAY, laterToday: true });
    expect(extractDate('on 2026-02-30', TODAY, 'past')).toBeUndefined();
    expect(extractDate('no date here', TODAY, 'past')).toBeUndefined();
  });

  it('takes the first date phrase of the message', () => {
    expect(extractDate('yesterday, not sunday', TODAY, 'past')?.date).toBe('2026-11-23');
  });
});
