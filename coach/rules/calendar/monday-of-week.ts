import { weekStartOnOrBefore } from './week-start-on-or-before.js';

/**
 * The Monday that starts the ISO week holding `iso` (the date itself when it is a Monday).
 *
 * @example
 * mondayOfWeek('2027-04-18'); // '2027-04-12'
 */
export function mondayOfWeek(iso: string): string {
  return weekStartOnOrBefore(iso, 0);
}
