/**
 * How long one week's long run is: sized first from the week's target (its share of the week, within the
 * week's cap and the long day's cap, never under the plan's floor), then checked against what the real week
 * holds once the other sessions are laid out (`long-run.ts` for the shares and their sources). Pure: minutes
 * in, minutes out; the runner's easy pace turns the 60 km of `longRunWeekCap` into minutes.
 */
import {
  LONG_RUN_DAY_CAPPED_MAX_SHARE,
  LONG_RUN_FLOOR_MAX_SHARE,
  longRunBesides,
  longRunWeekCap,
} from './long-run.js';
import type { WeekSpec } from './week-spec.js';
import { MIN_SESSION_MINUTES } from './week-spec.js';

/** The week's long-run limits as `buildPlan` sets them (`long-run-state.ts`). */
export type LongRunSpec = Pick<WeekSpec, 'target' | 'longCap' | 'longShare' | 'longFloor'>;

/** A first long-run size and the floor it may not be cut below, minutes. */
export interface LongRunSize {
  readonly minutes: number;
  readonly floor: number;
}

/**
 * The long run before the rest of the week is laid out: the larger of `longRunWeekCap` and the
 * race-specific share, within `longCap` and the long day's cap, at least the floor (the plan's floor, up to
 * `LONG_RUN_FLOOR_MAX_SHARE` of the week and the day's cap), and never a run under `MIN_SESSION_MINUTES`
 * unless the week is that small.
 *
 * @param spec the week's target and long-run limits, minutes
 * @param runDays running days this week
 * @param longDayCap the runner's cap on the long-run day, minutes (Infinity when none)
 * @param easySecondsPerKm the runner's easy pace, s/km
 * @example
 * sizeLongRun({ target: 300, longCap: 150, longFloor: 90 }, 4, Infinity, 400); // { minutes: 120, floor: 90 }
 */
export function sizeLongRun(
  spec: LongRunSpec,
  runDays: number,
  longDayCap: number,
  easySecondsPerKm: number,
): LongRunSize {
  const { target } = spec;
  const floor = Math.min(spec.longFloor ?? 0, longDayCap, target * LONG_RUN_FLOOR_MAX_SHARE);
  const share = Math.max(longRunWeekCap(target, runDays, easySecondsPerKm), target * (spec.longShare ?? 0));
  const minutes = Math.floor(Math.max(Math.min(share, spec.longCap, longDayCap), floor));
  return { minutes: minutes < MIN_SESSION_MINUTES ? Math.min(MIN_SESSION_MINUTES, target) : minutes, floor };
}

/** The real week around the long run, once its other sessions are laid out. */
export interface RealWeek {
  /** Minutes of the week's other sessions. */
  readonly others: number;
  /** How many other sessions the week has. */
  readonly sessions: number;
  /** The easy runs' caps left minutes of the target unplaced. */
  readonly easyCapped: boolean;
  /** …and the runner's own daily caps are what hold a general run short. */
  readonly dayCapped: boolean;
}

/**
 * The long run checked against the real week (from four sessions): it keeps the most of `longRunBesides`,
 * its floor (up to the other minutes), a share of the week when the easy runs are at their caps (up to
 * `LONG_RUN_FLOOR_MAX_SHARE`, Higdon's 4-day plans; `LONG_RUN_DAY_CAPPED_MAX_SHARE` when the runner's own
 * daily caps hold a general run short) and the race-specific share; above that it is cut, to whole minutes.
 *
 * @param longMinutes the long run as sized, minutes
 * @param size its floor (`sizeLongRun`), minutes
 * @param week the other sessions of the week
 * @param longShare the race-specific share (`WeekSpec.longShare`)
 * @param easySecondsPerKm the runner's easy pace, s/km
 * @example
 * cutLongRun(120, 0, { others: 120, sessions: 3, easyCapped: false, dayCapped: false }, undefined, 400); // 80
 */
export function cutLongRun(
  longMinutes: number,
  floor: number,
  week: RealWeek,
  longShare: number | undefined,
  easySecondsPerKm: number,
): number {
  const { others } = week;
  const share = week.dayCapped ? LONG_RUN_DAY_CAPPED_MAX_SHARE : LONG_RUN_FLOOR_MAX_SHARE;
  const keep = week.easyCapped ? Math.min(longMinutes, (others * share) / (1 - share)) : 0;
  // A race-specific long run still short of the goal's may keep its larger share of the real week too.
  const reach = longShare === undefined ? 0 : (others * longShare) / (1 - longShare);
  const allowed = Math.max(longRunBesides(others, easySecondsPerKm), Math.min(floor, others), keep, reach);
  return week.sessions + 1 >= 4 && longMinutes > allowed ? Math.floor(allowed) : longMinutes;
}
