import { addDays } from './add-days.js';
import { weekdayIndex } from './weekday.js';

/**
 * The Monday that starts the ISO week holding `iso` (the date itself when it is a Monday).
 *
 * @example
 * mondayOfWeek('2027-04-18'); // '2027-04-12'
 */
export function mondayOfWeek(iso: string): string {
  return addDays(iso, -weekdayIndex(iso));
}
