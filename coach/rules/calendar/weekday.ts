import { toEpochDay } from './epoch-day.js';

/** Three-letter weekday names, Monday first (ISO 8601 week order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/** 1970-01-01 was a Thursday: ISO weekday index 3 with Monday = 0. */
const EPOCH_WEEKDAY_INDEX = 3;

/**
 * The weekday index of an ISO date, Monday = 0 … Sunday = 6.
 *
 * @example
 * weekdayIndex('2026-12-07'); // 0 (a Monday)
 */
export function weekdayIndex(iso: string): number {
  return (((toEpochDay(iso) + EPOCH_WEEKDAY_INDEX) % 7) + 7) % 7;
}

/**
 * The weekday name of an ISO date.
 *
 * @example
 * weekday('2027-04-18'); // 'sun'
 */
export function weekday(iso: string): Weekday {
  return WEEKDAYS[weekdayIndex(iso)] as Weekday;
}

/**
 * Whether `text` names a weekday (`mon` … `sun`, lower case).
 *
 * @example
 * isWeekday('fri'); // true
 */
export function isWeekday(text: string): text is Weekday {
  return (WEEKDAYS as readonly string[]).includes(text);
}
