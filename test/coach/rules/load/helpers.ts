import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import type { DayValue } from '../../../../coach/rules/load/daily-series.js';

/** A contiguous daily series starting on `from` with the given values (`undefined` = unknown day). */
export function seriesOf(from: string, values: readonly (number | undefined)[]): DayValue[] {
  return values.map((value, i) => ({
    date: addDays(from, i),
    value,
    knownValue: value ?? 0,
    sessions: value === 0 ? 0 : 1,
    missingSessions: value === undefined ? 1 : 0,
  }));
}

/** The last date of a series built by `seriesOf`. */
export function lastDate(from: string, length: number): string {
  return addDays(from, length - 1);
}
