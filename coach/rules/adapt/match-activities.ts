/**
 * Which planned session each run was: the one planned that day, or — when that day had none — a planned
 * run a day earlier or later that has no run of its own (runners swap days; that is not a miss). A race
 * is a race: on a day with another session planned it stands for no session (that day is done by the
 * race, not run as its easy run or tempo), and it moves a day only onto the plan's race. A race is a run
 * marked so, or recognised as one (`isRaceEffort`: RPE 9–10 at a PR-level effort over a race distance).
 */
import { addDays } from '../calendar/index.js';
import type { Plan, Session } from '../plan/types.js';
import { RACE_DISTANCE_METERS } from '../units/race-distance.js';
import { vdotFromRace } from '../vdot/vdot-from-race.js';
import type { Activity } from './history.js';
import { plannedRunsByDate } from './plan-index.js';

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
  const recent = RECENT.get(plan) ?? [];
  const known = recent.find((r) => sameRuns(r.runs, activities));
  if (known !== undefined) return known.match;
  const match = matchRuns(plan, activities);
  RECENT.set(plan, [{ runs: activities.slice(), match }, ...recent.slice(0, RECENT_PER_PLAN - 1)]);
  return match;
}

/**
 * The last few matches made against each plan (newest first), by the runs they were made from: the rules
 * of one pass match the same runs against the same plan again and again, each from a list of its own. A
 * plan and its runs never change in place, so an answer stays true for the same runs in the same order;
 * the list is a copy, so a caller's later change to its array cannot make a stale answer look current.
 */
const RECENT = new WeakMap<Plan, readonly { runs: readonly Activity[]; match: ActivityMatch }[]>();
const RECENT_PER_PLAN = 4;

function sameRuns(a: readonly Activity[], b: readonly Activity[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function matchRuns(plan: Plan, activities: readonly Activity[]): ActivityMatch {
  const planned = plannedRunsByDate(plan);
  const ranOn = new Set(activities.map((a) => a.date));
  const sessionOf = new Map<Activity, Session | undefined>();
  const done = new Set<string>();
  const raced = (a: Activity) => isRaceEffort(a, plan.vdot);
  for (const a of activities) {
    const same = planned.get(a.date);
    if (same !== undefined) {
      sessionOf.set(a, raced(a) && !isRaceSession(same) ? undefined : same);
      done.add(a.date);
    }
  }
  for (const a of activities) {
    if (sessionOf.has(a)) continue;
    let match: Session | undefined;
    for (let shift = 1; shift <= MATCH_SHIFT_DAYS && match === undefined; shift++) {
      for (const d of [addDays(a.date, -shift), addDays(a.date, shift)]) {
        const s = planned.get(d);
        if (s !== undefined && !ranOn.has(d) && !done.has(d) && (!raced(a) || isRaceSession(s))) {
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
  return (s.replaces !== undefined ? s.replaces : s).kind === 'race'; // baseOf(s).kind, without the copy
}

/**
 * True when a run was a race: marked `race`, recognised as one (`isRaceEffort`, given the plan's
 * VDOT), or run as the plan's race session.
 *
 * @example
 * isRaceRun({ date: '2027-01-23', km: 10, minutes: 51.5, race: true }, undefined); // true
 * isRaceRun({ date: '2027-01-23', km: 5, minutes: 22.67, rpe: 10 }, easySaturday, 38.4); // true (a parkrun PR)
 */
export function isRaceRun(a: Activity, session: Session | undefined, vdot?: number): boolean {
  return isRaceEffort(a, vdot) || (session !== undefined && isRaceSession(session));
}

/** RPE from which an effort over a race distance reads as a race. Source: Foster 2001 CR-10 (9–10 "maximal"); EXPECTED_RPE.race. */
export const RACE_EFFORT_MIN_RPE = 9;
/**
 * How far (VDOT points) below the plan's VDOT a run's VDOT may sit and still be a race effort. Source:
 * race-to-race variation of distance runners is ~1–3 % of time (Hopkins & Hewson 2001), and one VDOT point
 * is ~1.5–2 % of race time (Daniels' Running Formula, Table 5.1): two points take an off day, never an
 * easy run (E pace is ~20–30 % slower than race pace).
 */
export const RACE_EFFORT_VDOT_MARGIN = 2;
/** Share a run's distance may differ from a race distance (GPS reads courses 1–3 % long). */
export const RACE_DISTANCE_TOLERANCE = 0.03;
/** The race distances (km) a run is recognised over: 5K (parkrun), 10K, 15K, half, marathon. */
export const RECOGNISED_RACE_KM: readonly number[] = Object.freeze(
  (['5k', '10k', '15k', 'half', 'marathon'] as const).map((k) => RACE_DISTANCE_METERS[k] / 1000),
);

/**
 * True when the runner raced: marked `race`, or recognised as one — RPE 9–10 over a race distance (±3 %) at
 * a PR-level VDOT (no more than 2 below the plan's), e.g. a parkrun "went all out" logged as a plain run.
 * Without a plan VDOT only a marked race is one.
 *
 * @example
 * isRaceEffort({ date: '2027-01-23', km: 5, minutes: 22.67, rpe: 10 }, 38.4); // true (VDOT 43)
 * isRaceEffort({ date: '2027-01-23', km: 5, minutes: 32, rpe: 10 }, 38.4);    // false: an easy 5K that hurt
 */
export function isRaceEffort(a: Activity, vdot: number | undefined): boolean {
  if (a.race === true) return true;
  if (vdot === undefined || a.rpe === undefined || a.rpe < RACE_EFFORT_MIN_RPE) return false;
  if (!RECOGNISED_RACE_KM.some((km) => Math.abs(a.km - km) <= km * RACE_DISTANCE_TOLERANCE)) return false;
  const v = runVdot(a);
  return v !== undefined && v >= vdot - RACE_EFFORT_VDOT_MARGIN;
}

/** The VDOT a run's distance and time give, or undefined when they give none. */
function runVdot(a: Activity): number | undefined {
  if (!(a.km > 0) || !(a.minutes > 0)) return undefined;
  try {
    const r = vdotFromRace(a.km * 1000, a.minutes * 60);
    return r.ok ? r.value : undefined;
  } catch {
    return undefined;
  }
}
