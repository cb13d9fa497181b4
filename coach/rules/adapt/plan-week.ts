/**
 * The training week a date belongs to, as the plan counts weeks: a race plan's weeks run back from race
 * day (a Monday race gives Tuesday → Monday weeks), so weekly rules measure the same weeks the builder
 * planned. Dates outside the plan fall back to Monday weeks.
 */
import { addDays, daysBetween, mondayOfWeek } from '../calendar/index.js';
import type { Plan } from '../plan/types.js';

/**
 * The first day of the plan week holding `date`.
 *
 * @example
 * planWeekStart(planWithMondayRace, '2027-04-15'); // '2027-04-13' (a Tuesday)
 * planWeekStart(plan, '2031-01-01');               // '2030-12-30' (past the plan: the Monday week)
 */
export function planWeekStart(plan: Plan, date: string): string {
  const first = plan.weeks[0]?.start;
  if (first === undefined) return mondayOfWeek(date);
  const offset = daysBetween(first, date);
  const index = Math.floor(offset / 7);
  if (index < 0 || index >= plan.weeks.length) return mondayOfWeek(date);
  return addDays(first, index * 7);
}
