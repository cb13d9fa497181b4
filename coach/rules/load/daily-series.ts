import { addDays } from '../calendar/add-days.js';
import { daysBetween } from '../calendar/days-between.js';
import type { ActivityLoadInput } from './activity-load-input.js';

/**
 * One calendar day of a per-activity quantity (a load, km, minutes) summed over that day's activities.
 * `value` is `undefined` when any activity that day has an unknown value (the day total is unknown);
 * `knownValue` is the sum of the known part (a lower bound). A day with no activity is a rest day:
 * `value` 0, `sessions` 0.
 */
export interface DayValue {
  readonly date: string;
  readonly value: number | undefined;
  readonly knownValue: number;
  readonly sessions: number;
  readonly missingSessions: number;
}

/** The days to cover, inclusive; `from` defaults to the first activity's date (history start). */
export interface SeriesRange {
  readonly from?: string;
  readonly to: string;
}

/**
 * A contiguous, ascending day-by-day series of `valueOf(activity)` over `range`, for the load models
 * (`acwr`, `pmc`, `monotonyStrain`, `weeklyTotal`). Days before the first logged activity are not
 * history (nobody knows whether they were rest), so by default the series starts at the first activity;
 * pass `from` (e.g. the sign-up date) to start earlier. Activities outside the range are ignored.
 * Returns `[]` when there is no activity and no `from`, or `from` is after `to`. Dates must be valid ISO
 * days (run `checkActivity` on runner input first): a malformed one throws.
 *
 * @param valueOf the per-activity quantity, `undefined` when unknown (e.g. `sessionRpeLoad`)
 * @example
 * dailySeries([{ date: '2027-03-01', durationSeconds: 3600, rpe: 7 }, { date: '2027-03-03' }],
 *   { to: '2027-03-03' }, sessionRpeLoad).map((d) => d.value); // [420, 0, undefined]
 */
export function dailySeries(
  activities: readonly ActivityLoadInput[],
  range: SeriesRange,
  valueOf: (a: ActivityLoadInput) => number | undefined,
): DayValue[] {
  const from = range.from ?? earliestDate(activities);
  if (from === undefined) return [];
  const length = daysBetween(from, range.to) + 1;
  if (length <= 0) return [];
  const known = new Array<number>(length).fill(0);
  const sessions = new Array<number>(length).fill(0);
  const missing = new Array<number>(length).fill(0);
  for (const a of activities) {
    const i = daysBetween(from, a.date);
    if (i < 0 || i >= length) continue;
    sessions[i] = (sessions[i] ?? 0) + 1;
    const v = valueOf(a);
    if (v === undefined || !Number.isFinite(v)) missing[i] = (missing[i] ?? 0) + 1;
    else known[i] = (known[i] ?? 0) + v;
  }
  return known.map((knownValue, i) => ({
    date: addDays(from, i),
    value: (missing[i] ?? 0) > 0 ? undefined : knownValue,
    knownValue,
    sessions: sessions[i] ?? 0,
    missingSessions: missing[i] ?? 0,
  }));
}

/**
 * The earliest activity date, or `undefined` for no activities.
 *
 * @example
 * earliestDate([{ date: '2027-03-02' }, { date: '2027-02-27' }]); // '2027-02-27'
 */
export function earliestDate(activities: readonly ActivityLoadInput[]): string | undefined {
  let first: string | undefined;
  for (const a of activities) if (first === undefined || a.date < first) first = a.date;
  return first;
}
