/** Pure ISO-date (`YYYY-MM-DD`) arithmetic: no clock, no time zones, whole days only. */
export { isIsoDate, toEpochDay, fromEpochDay } from './epoch-day.js';
export { addDays } from './add-days.js';
export { daysBetween } from './days-between.js';
export { WEEKDAYS, weekday, weekdayIndex, isWeekday } from './weekday.js';
export type { Weekday } from './weekday.js';
export { mondayOfWeek } from './monday-of-week.js';
export { weekStartOnOrBefore } from './week-start-on-or-before.js';
