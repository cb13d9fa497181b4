import { toEpochDay } from './epoch-day.js';

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2026-12-07', '2027-04-18'); // 132
 */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}
