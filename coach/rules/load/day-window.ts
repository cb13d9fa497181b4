import { daysBetween } from '../calendar/days-between.js';
import type { DayValue } from './daily-series.js';

/**
 * The days of `series` in the `days`-long window ending on `asOf` (inclusive), oldest first. The window
 * is cut short where the series (the history) starts; a window wholly before it is empty. Throws when the
 * series is not contiguous and ascending, or ends before `asOf` (broken invariants: build it with
 * `dailySeries` up to `asOf`).
 *
 * @example
 * dayWindow(series, '2027-03-28', 7); // the 7 entries 2027-03-22 … 2027-03-28 (fewer if history is shorter)
 */
export function dayWindow(series: readonly DayValue[], asOf: string, days: number): DayValue[] {
  assertContiguous(series);
  const first = series[0];
  if (first === undefined) return [];
  const end = daysBetween(first.date, asOf); // index of asOf
  if (end >= series.length) throw new Error(`daily series ends before ${asOf}`);
  if (end < 0) return [];
  return series.slice(Math.max(0, end - days + 1), end + 1);
}

/**
 * Throws unless each entry is the day after the previous one.
 *
 * @example
 * assertContiguous(dailySeries(activities, { to: '2027-03-28' }, sessionRpeLoad)); // passes
 */
export function assertContiguous(series: readonly DayValue[]): void {
  for (let i = 1; i < series.length; i++) {
    const prev = series[i - 1];
    const cur = series[i];
    if (prev === undefined || cur === undefined || daysBetween(prev.date, cur.date) !== 1) {
      throw new Error(`daily series is not contiguous at index ${i}`);
    }
  }
}
