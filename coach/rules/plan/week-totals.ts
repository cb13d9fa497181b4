/**
 * A plan's weeks with their final sessions and totals: once the hard-day guard (`hard-day-guard.ts`) has
 * softened sessions across week boundaries, each week takes back the sessions dated within its seven days,
 * and its minutes and km are their sums, rounded to 0.1. Pure.
 */
import { addDays } from '../calendar/add-days.js';
import type { Session, Week } from './types.js';

/**
 * Each week with the sessions of `all` dated `start` … `start` + 6 days, and their total minutes and km.
 *
 * @param weeks the weeks as built (their own sessions and totals are replaced)
 * @param all every session of the plan, as the hard-day guard left them
 * @example
 * weekTotals([{ index: 0, start: '2027-01-04', …, sessions: [] }], [easy30min5km, long60min10km]);
 * // [{ index: 0, start: '2027-01-04', …, minutes: 90, km: 15, sessions: [easy30min5km, long60min10km] }]
 */
export function weekTotals(weeks: readonly Week[], all: readonly Session[]): Week[] {
  return weeks.map((w) => {
    const end = addDays(w.start, 6);
    const sessions = all.filter((s) => s.date >= w.start && s.date <= end);
    const minutes = Math.round(sessions.reduce((sum, s) => sum + s.minutes, 0) * 10) / 10;
    const km = Math.round(sessions.reduce((sum, s) => sum + s.km, 0) * 10) / 10;
    return { ...w, minutes, km, sessions };
  });
}
