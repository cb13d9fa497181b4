import { addDays } from '../calendar/add-days.js';
import type { DayValue } from './daily-series.js';
import { dayWindow } from './day-window.js';

/** Days in a training week for the rolling weekly totals. */
export const WEEK_DAYS = 7;

/**
 * A total over a window of days. `value` is `undefined` when any day in it is unknown (a total cannot
 * be guessed); `knownValue` is the sum of what is known (a lower bound). `historyDays` < `windowDays`
 * means the window reaches back before the history starts.
 */
export interface WindowTotal {
  /** First and last calendar day of the window, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly windowDays: number;
  readonly historyDays: number;
  readonly value: number | undefined;
  readonly knownValue: number;
  readonly missingDays: number;
}

/**
 * Sum of a daily series over the `windowDays` days ending on `asOf` (inclusive). Rest days count 0;
 * unknown days make `value` undefined and are counted in `missingDays`. A window wholly before the
 * history (or an empty series) has `value` undefined and `historyDays` 0.
 *
 * @example
 * windowTotal(kmSeries, '2027-03-28', 7);
 * // { from: '2027-03-22', to: '2027-03-28', windowDays: 7, historyDays: 7, value: 42.5, knownValue: 42.5, missingDays: 0 }
 */
export function windowTotal(series: readonly DayValue[], asOf: string, windowDays: number): WindowTotal {
  const days = dayWindow(series, asOf, windowDays);
  let knownValue = 0;
  let missingDays = 0;
  for (const d of days) {
    knownValue += d.knownValue;
    if (d.value === undefined) missingDays++;
  }
  return {
    from: addDays(asOf, -(windowDays - 1)),
    to: asOf,
    windowDays,
    historyDays: days.length,
    value: missingDays > 0 || days.length === 0 ? undefined : knownValue,
    knownValue,
    missingDays,
  };
}

/**
 * The rolling week (7 days) ending on `asOf`. For Monday–Sunday weeks pass the Sunday.
 *
 * @example
 * weeklyTotal(loadSeries, '2027-03-28').value; // the week's load, or undefined if a day is unknown
 */
export function weeklyTotal(series: readonly DayValue[], asOf: string): WindowTotal {
  return windowTotal(series, asOf, WEEK_DAYS);
}
