import { fromEpochDay, toEpochDay } from './epoch-day.js';

/**
 * The ISO date `days` calendar days after `iso` (negative goes back).
 *
 * @example
 * addDays('2027-02-27', 2); // '2027-03-01'
 * addDays('2027-01-01', -1); // '2026-12-31'
 */
export function addDays(iso: string, days: number): string {
  if (!Number.isInteger(days)) throw new Error(`addDays needs whole days, got ${days}`);
  return fromEpochDay(toEpochDay(iso) + days);
}
