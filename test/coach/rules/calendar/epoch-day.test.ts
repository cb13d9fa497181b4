import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fromEpochDay, isIsoDate, toEpochDay } from '../../../../coach/rules/calendar/epoch-day.js';

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

describe('toEpochDay agrees with the calendar', () => {
  it('matches Date.UTC for every day from 1900 to 2200, asked twice (the memo answers the same)', () => {
    const wrong: string[] = [];
    for (let day = -25567; day <= 84006; day += 1) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (toEpochDay(iso) !== day || toEpochDay(iso) !== day || !isIsoDate(iso)) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });
  it('rejects digits that are not digits', () => {
    for (const bad of ['2027-0a-01', '20x7-01-01', '2027-01-0 ', '2027/01/01', ' 2027-01-01'])
      expect(isIsoDate(bad)).toBe(false);
  });
});

describe('fromEpochDay agrees with the calendar', () => {
  it('matches Date for every day of years 0000 to 9999, asked twice (the memo answers the same)', () => {
    const wrong: number[] = [];
    for (let day = -719_528; day <= 2_932_896; day += 1) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (fromEpochDay(day) !== iso || fromEpochDay(day) !== iso) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });
  it('writes fractions and years beyond four digits as Date does', () => {
    expect(fromEpochDay(0.5)).toBe('1970-01-01');
    expect(fromEpochDay(-0.5)).toBe('1969-12-31');
    expect(fromEpochDay(2_932_897)).toBe('10000-01-01');
  });
});
