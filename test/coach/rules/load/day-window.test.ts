import { describe, it, expect } from 'vitest';
import { dayWindow } from '../../../../coach/rules/load/day-window.js';
import { seriesOf } from './helpers.js';

describe('dayWindow', () => {
  const series = seriesOf('2027-03-01', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  it('takes the days ending on asOf, cut at the start of the history', () => {
    expect(dayWindow(series, '2027-03-10', 7).map((d) => d.value)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(dayWindow(series, '2027-03-03', 7).map((d) => d.value)).toEqual([1, 2, 3]);
    expect(dayWindow(series, '2027-02-20', 7)).toEqual([]);
    expect(dayWindow([], '2027-03-03', 7)).toEqual([]);
  });

  it('refuses a series with a gap, or one that stops before asOf', () => {
    const gap = [...series.slice(0, 3), ...series.slice(4)];
    expect(() => dayWindow(gap, '2027-03-10', 7)).toThrow(/contiguous/);
    expect(() => dayWindow(series, '2027-03-11', 7)).toThrow(/ends before/);
  });
});
