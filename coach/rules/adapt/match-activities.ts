/**
 * Which planned session each run was: the one planned that day, or — when that day had none — a planned
 * run a day earlier or later that has no run of its own (runners swap days; that is not a miss).
 */
import { addDays } from '../calendar/index.js';
import type { Plan, Session } from '../plan/types.js';
import type { Activity } from './history.js';
import { runsByDate } from './plan-edit.js';

/** A run done this many days before or after its planned day still counts as that session. */
export const MATCH_SHIFT_DAYS = 1;

export interface ActivityMatch {
  /** The planned session each activity stands for (undefined: an extra run). */
  readonly sessionOf: ReadonlyMap<Activity, Session | undefined>;
  /** Dates of planned runs that were done (on the day or shifted). */
  readonly doneDates: ReadonlySet<string>;
}

/**
 * Matches runs to planned sessions (by the kind first planned, so adaptation does not change the match).
 *
 * @param activities sorted by date
 * @example
 * matchActivities(plan, [{ date: '2027-01-13', km: 9, minutes: 47, rpe: 7 }]).sessionOf; // → Tuesday's tempo, run a day late
 */
export function matchActivities(plan: Plan, activities: readonly Activity[]): ActivityMatch {
  const planned = runsByDate(plan, true);
  const ranOn = new Set(activities.map((a) => a.date));
  const sessionOf = new Map<Activity, Session | undefined>();
  const done = new Set<string>();
  for (const a of activities) {
    const same = planned.get(a.date);
    if (same !== undefined) {
      sessionOf.set(a, same);
      done.add(a.date);
    }
  }
  for (const a of activities) {
    if (sessionOf.has(a)) continue;
    let match: Session | undefined;
    for (let shift = 1; shift <= MATCH_SHIFT_DAYS && match === undefined; shift++) {
      for (const d of [addDays(a.date, -shift), addDays(a.date, shift)]) {
        const s = planned.get(d);
        if (s !== undefined && !ranOn.has(d) && !done.has(d)) {
          match = s;
          done.add(d);
          break;
        }
      }
    }
    sessionOf.set(a, match);
  }
  return { sessionOf, doneDates: done };
}
