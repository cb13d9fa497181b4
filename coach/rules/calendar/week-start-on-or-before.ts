import { addDays } from './add-days.js';
import { weekdayIndex } from './weekday.js';

/**
 * The latest date on or before `iso` that falls on weekday `startDay` (Monday = 0 … Sunday = 6): the first
 * day of the 7-day week holding `iso` when weeks start on `startDay`.
 *
 * @example
 * weekStartOnOrBefore('2027-04-18', 0); // '2027-04-12' (the Monday week, as mondayOfWeek)
 * weekStartOnOrBefore('2027-04-18', 1); // '2027-04-13' (weeks that run Tuesday → Monday)
 */
export function weekStartOnOrBefore(iso: string, startDay: number): string {
  return addDays(iso, -((weekdayIndex(iso) - startDay + 7) % 7));
}
