/**
 * The long run across the weeks of a plan, as a small reducer the week loop of `buildPlan` folds: where it
 * starts (near the runner's longest recent run), the floor it keeps before the taper, how much it may grow
 * each week, and when a race-specific week may give it a larger share. Pure: minutes in, minutes out.
 *
 * Sources: SCIENCE.md "Plan shape" (start at 80–100 % of the current longest run), Daniels' 150-minute cap
 * (DRF 3rd ed.), Higdon's novice plans for the race-specific share; the 15-minute step is runloop's choice.
 */
import { LONG_RUN_RACE_SPECIFIC_SHARE, LONG_RUN_START_FRACTION } from './long-run.js';

/**
 * Longest long run per goal, minutes: Daniels' 150 min for the marathon and the half (DRF 3rd ed.: no run
 * over 150 min; the half also stops at 22 km, `LONG_RUN_CAP_KM`), shorter for shorter goals (runloop's choice).
 */
export const LONG_RUN_CAP_MINUTES = { '5k': 80, '10k': 100, half: 150, marathon: 150, fitness: 90 } as const;
/** The long run grows by at most this many minutes over the longest run so far (runloop's choice). */
export const LONG_RUN_STEP_MINUTES = 15;

/** Where the plan's long run stands between two weeks (minutes). */
export interface LongRunState {
  /** Longest long run so far, minutes (on the run/walk ladder: its longest continuous run); undefined: none known. */
  readonly longest: number | undefined;
  /** Least long run before the taper, minutes: the start, then also the first continuous long run built. */
  readonly floor: number;
  /** Whether the first full, continuous, pre-taper long run has been built (it sets the floor). */
  readonly firstBuilt: boolean;
}

/** What the week loop knows about a week before building it. */
export interface LongRunWeek {
  /** The week is in the taper. */
  readonly taper: boolean;
  /** A run/walk rung was already used in a full week (the long run then grows from the ladder's longest). */
  readonly rungUsed: boolean;
  /** A half or marathon's race-specific week that is not a down week. */
  readonly raceSpecific: boolean;
}

/** The long-run limits of one week's spec (`WeekSpec.longCap`, `longFloor`, `longShare`). */
export interface LongRunLimits {
  readonly longCap: number;
  readonly longFloor?: number;
  readonly longShare?: number;
}

/** What the week loop knows about a week once it is built. */
export interface BuiltLongRun {
  /** The week starts before the plan's start date (a partial first week). */
  readonly partial: boolean;
  readonly taper: boolean;
  /** The week is a run/walk ladder week. */
  readonly ladder: boolean;
  /** The built long run, minutes (0: none). */
  readonly longMinutes: number;
  /** How far the long run got: its minutes, or on the ladder its longest continuous run. */
  readonly reached: number;
}

/**
 * The state before week 1: the first long run starts at `LONG_RUN_START_FRACTION` of the runner's longest
 * recent run (never above it), and that start is the floor, within the goal's longest long run.
 *
 * @param longestRunMinutes the runner's longest recent run, minutes (undefined: not given)
 * @param goalLong the goal's longest long run, minutes (`goalLongRunCap`)
 * @example
 * startLongRun(100, 150); // { longest: 90, floor: 90, firstBuilt: false }
 * startLongRun(undefined, 150); // { longest: undefined, floor: 0, firstBuilt: false }
 */
export function startLongRun(longestRunMinutes: number | undefined, goalLong: number): LongRunState {
  const longest = longestRunMinutes === undefined ? undefined : longestRunMinutes * LONG_RUN_START_FRACTION;
  return { longest, floor: longest === undefined ? 0 : Math.min(longest, goalLong), firstBuilt: false };
}

/**
 * This week's long-run limits: at most `LONG_RUN_STEP_MINUTES` over the longest so far (no growth until the
 * first full week's long run, so a partial week does not grow it; after the ladder it grows from the
 * ladder's longest run) and never over `goalLong`; the floor before the taper; the race-specific share
 * while the long run is still short of the goal's.
 *
 * @example
 * weekLongRun({ longest: 90, floor: 90, firstBuilt: true }, 150, { taper: false, rungUsed: false, raceSpecific: true });
 * // { longCap: 105, longFloor: 90, longShare: 0.5 }
 */
export function weekLongRun(state: LongRunState, goalLong: number, week: LongRunWeek): LongRunLimits {
  const { longest } = state;
  const growth = !state.firstBuilt && longest !== undefined && !week.rungUsed ? 0 : LONG_RUN_STEP_MINUTES;
  return {
    longCap: Math.min(
      goalLong,
      longest === undefined ? Number.POSITIVE_INFINITY : Math.floor(longest + growth),
    ),
    ...(week.taper ? {} : { longFloor: state.floor }),
    ...(week.raceSpecific && (longest ?? 0) < goalLong ? { longShare: LONG_RUN_RACE_SPECIFIC_SHARE } : {}),
  };
}

/**
 * The state after a week: the longest grows to what the week reached; the first full, continuous,
 * pre-taper long run raises the floor to itself (run/walk weeks follow the ladder instead).
 *
 * @example
 * afterLongRun({ longest: 90, floor: 90, firstBuilt: false },
 *   { partial: false, taper: false, ladder: false, longMinutes: 95, reached: 95 });
 * // { longest: 95, floor: 95, firstBuilt: true }
 */
export function afterLongRun(state: LongRunState, week: BuiltLongRun): LongRunState {
  if (week.longMinutes <= 0) return state;
  const longest = Math.max(state.longest ?? 0, week.reached);
  if (week.partial || state.firstBuilt || week.taper || week.ladder) return { ...state, longest };
  return { longest, floor: Math.max(state.floor, week.longMinutes), firstBuilt: true };
}
