/**
 * Which planned session each run was: the one planned that day, or — when that day had none — a planned
 * run a day earlier or later that has no run of its own (runners swap days; that is not a miss). A race
 * is a race: on a day with another session planned it stands for no session (that day is done by the
 * race, not run as its easy run or tempo), and it moves a day only onto the plan's race.
 */
import { addDays } from '../calendar/index.js';
import type { Plan, Session } from '../plan/types.js';
import type { Activity } from './history.js';
import { baseOf, runsByDate } from './plan-edit.js';

/** A run done this many days before or after its planned day still counts as that session. */
export const MATCH_SHIFT_DAYS = 1;

export interface ActivityMatch {
  /**
   * The planned session each activity stands for (undefined: an extra run, or a race on a day the plan had
   * something other than its race).
   */
  readonly sessionOf: ReadonlyMap<Activity, Session | undefined>;
  /** Dates of planned runs that were done (on the day or shifted), or replaced by a race that day. */
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
      sessionOf.set(a, a.race === true && !isRaceSession(same) ? undefined : same);
      done.add(a.date);
    }
  }
  for (const a of activities) {
    if (sessionOf.has(a)) continue;
    let match: Session | undefined;
    for (let shift = 1; shift <= MATCH_SHIFT_DAYS && match === undefined; shift++) {
      for (const d of [addDays(a.date, -shift), addDays(a.date, shift)]) {
        const s = planned.get(d);
        if (s !== undefined && !ranOn.has(d) && !done.has(d) && (a.race !== true || isRaceSession(s))) {
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

/** True when the session was planned as the race (whatever adaptation made of it since). */
function isRaceSession(s: Session): boolean {
  return baseOf(s).kind === 'race';
}

/**
 * True when a run was a race: marked `race`, or run as the plan's race session.
 *
 * @example
 * isRaceRun({ date: '2027-01-23', km: 10, minutes: 51.5, race: true }, undefined); // true
 */
export function isRaceRun(a: Activity, session: Session | undefined): boolean {
  return a.race === true || (session !== undefined && isRaceSession(session));
}
