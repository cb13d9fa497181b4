import { addDays } from '../calendar/add-days.js';
import type { DayValue } from './daily-series.js';
import { WEEK_DAYS, weeklyTotal, type WindowTotal } from './window-total.js';

/**
 * The "10 % per week" progression rule: a coaching convention, not evidence — Buist et al. 2008 (*Am J
 * Sports Med* 36:33) found no fewer injuries with it than with a faster build in novices. Used only to
 * flag, never to forbid.
 */
export const TEN_PERCENT_RULE = 0.1;

/**
 * Two-week progression above which injuries were more frequent in novice runners: > 30 % (Nielsen et al.
 * 2014, *JOSPT* 44:739).
 */
export const NIELSEN_TWO_WEEK_LIMIT = 0.3;

/** Week-over-week change of a weekly total (km, minutes or load). */
export interface Ramp {
  /** The 7 days ending on `asOf`, the 7 before, and the 7 before those. */
  readonly thisWeek: WindowTotal;
  readonly lastWeek: WindowTotal;
  readonly twoWeeksAgo: WindowTotal;
  /** thisWeek ÷ lastWeek − 1 (0.12 = +12 %); `undefined` if either total is unknown or last week was 0. */
  readonly weekOverWeek: number | undefined;
  /** thisWeek ÷ twoWeeksAgo − 1: the change over two weeks (Nielsen's measure); `undefined` likewise. */
  readonly twoWeekChange: number | undefined;
  /** weekOverWeek > 10 % (`undefined` when unknown). */
  readonly aboveTenPercent: boolean | undefined;
  /** twoWeekChange > 30 % (`undefined` when unknown). */
  readonly aboveTwoWeekLimit: boolean | undefined;
}

function change(now: WindowTotal, before: WindowTotal): number | undefined {
  if (now.value === undefined || before.value === undefined || before.value === 0) return undefined;
  if (now.historyDays < now.windowDays || before.historyDays < before.windowDays) return undefined;
  return now.value / before.value - 1;
}

/**
 * Week-over-week ramp of a daily series (km, minutes or load) over rolling 7-day weeks ending on `asOf`,
 * and the two-week change (this week vs the week two weeks back). A change is `undefined` when either
 * week is incomplete (outside the history), has an unknown day, or the earlier week was 0.
 *
 * @example
 * // 40 km, then 44 km, then 50 km in the three weeks ending 2027-03-28
 * const r = weeklyRamp(kmSeries, '2027-03-28');
 * r.weekOverWeek; // 0.136…  r.twoWeekChange; // 0.25  r.aboveTenPercent; // true
 */
export function weeklyRamp(series: readonly DayValue[], asOf: string): Ramp {
  const thisWeek = weeklyTotal(series, asOf);
  const lastWeek = weeklyTotal(series, addDays(asOf, -WEEK_DAYS));
  const twoWeeksAgo = weeklyTotal(series, addDays(asOf, -2 * WEEK_DAYS));
  const weekOverWeek = change(thisWeek, lastWeek);
  const twoWeekChange = change(thisWeek, twoWeeksAgo);
  return {
    thisWeek,
    lastWeek,
    twoWeeksAgo,
    weekOverWeek,
    twoWeekChange,
    aboveTenPercent: weekOverWeek === undefined ? undefined : weekOverWeek > TEN_PERCENT_RULE,
    aboveTwoWeekLimit: twoWeekChange === undefined ? undefined : twoWeekChange > NIELSEN_TWO_WEEK_LIMIT,
  };
}
