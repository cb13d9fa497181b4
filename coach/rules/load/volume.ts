import { distanceKm, durationMinutes, type ActivityLoadInput } from './activity-load-input.js';
import { dailySeries, type DayValue, type SeriesRange } from './daily-series.js';
import { weeklyTotal, type WindowTotal } from './window-total.js';

/** Running volume of one day: km and minutes (each `undefined` if an activity lacks it). */
export interface DayVolume {
  readonly date: string;
  readonly km: DayValue;
  readonly minutes: DayValue;
}

/**
 * Day-by-day volume in km and minutes over `range` (see `dailySeries`). A run with no distance makes
 * that day's km unknown (`km.value` undefined, `km.knownValue` the rest of the day); rest days are 0.
 *
 * @example
 * dailyVolume([{ date: '2027-03-01', distanceMeters: 10_000, durationSeconds: 3000 }], { to: '2027-03-02' })
 *   .map((d) => [d.km.value, d.minutes.value]); // [[10, 50], [0, 0]]
 */
export function dailyVolume(activities: readonly ActivityLoadInput[], range: SeriesRange): DayVolume[] {
  const km = dailySeries(activities, range, distanceKm);
  const minutes = dailySeries(activities, { ...range, from: km[0]?.date ?? range.from }, durationMinutes);
  return km.map((k, i) => {
    const m = minutes[i];
    if (m === undefined) throw new Error('volume series out of step');
    return { date: k.date, km: k, minutes: m };
  });
}

/** Volume of a rolling week: km and minutes, each a `WindowTotal` (value undefined when a day is unknown). */
export interface WeekVolume {
  readonly km: WindowTotal;
  readonly minutes: WindowTotal;
}

/**
 * Volume of the 7 days ending on `asOf` (inclusive), in km and minutes. Days before the first activity
 * are outside the history (`historyDays` < 7).
 *
 * @example
 * weeklyVolume(activities, '2027-03-28').km.value; // 42.5 (undefined if a run lacks its distance)
 */
export function weeklyVolume(activities: readonly ActivityLoadInput[], asOf: string): WeekVolume {
  const range = { to: asOf };
  return {
    km: weeklyTotal(dailySeries(activities, range, distanceKm), asOf),
    minutes: weeklyTotal(dailySeries(activities, range, durationMinutes), asOf),
  };
}
