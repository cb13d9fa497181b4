/**
 * What one week is built from (`WeekSpec`) and what it comes to (`BuiltWeek`), with the week-level
 * constants the builders share: session minimums, the 80/20 budget, strides, the race-week ceiling.
 */
import type { Athlete } from './athlete.js';
import type { LongBlock } from './long-run-block.js';
import type { Rungs } from './progression.js';
import type { QualityType } from './quality-sessions.js';
import type { PaceContext } from './steps.js';
import type { Phase, Session } from './types.js';

/** Shortest run put on the calendar, minutes (a short run/walk or recovery jog): beginners and small weeks. */
export const MIN_SESSION_MINUTES = 15;
/**
 * Shortest run for an experienced runner, minutes (Pfitzinger & Douglas: recovery runs of 4–5 mi, about
 * 30–40 min; a 15-minute jog is not worth the trip out for someone running 40+ km a week).
 */
export const EXPERIENCED_MIN_SESSION_MINUTES = 30;
/** Current weekly km from which a runner is experienced for `minSessionMinutes` (runloop's choice). */
export const EXPERIENCED_WEEK_KM = 40;
/** Current weekly minutes from which an intermediate or advanced runner is experienced (4 h; runloop's choice). */
export const EXPERIENCED_WEEK_MINUTES = 240;
/** Typical shortest session, minutes: the week gets about one running day per this much volume. */
export const MINUTES_PER_RUN_DAY = 20;
/** Most running days a week per level (beginners keep 3+ rest days; runloop's choice). */
export const MAX_RUN_DAYS = { beginner: 4, intermediate: 6, advanced: 7 } as const;
/** Share of each week's minutes that must be easy (issue 4: ≥ 75 %, 80/20 with warm-ups and recoveries as easy). */
export const MIN_EASY_SHARE = 0.75;
/** Non-easy minutes a week may plan, as a share of its minutes: under 25 % so 80/20 (≥ 75 % easy) holds. */
export const HARD_BUDGET_SHARE = 0.23;
/** Strides are added only while the week's non-easy minutes stay under this share (80/20 margin). */
export const STRIDES_HARD_SHARE_LIMIT = 0.24;
/** Easy runs per week that get strides. */
export const STRIDES_PER_WEEK = 2;
/** The day before a race: a shakeout of at most this many minutes. */
export const SHAKEOUT_MINUTES = 20;
/** Times a week is re-sized against its real total before it falls back to all-easy. */
export const MAX_RESIZE_ATTEMPTS = 8;
/** Quality sessions stay at least this many days before race day (race week). */
export const QUALITY_DAYS_BEFORE_RACE = 3;
/**
 * In race week no session is longer than this share of a normal easy run of the build: short and sharp
 * (Daniels' final week: E runs of 30–40 min plus strides; Pfitzinger's race week: 4–8 mi days).
 */
export const RACE_WEEK_SESSION_SHARE = 0.6;

/**
 * The shortest run a runner's weeks hold, minutes (the pre-race shakeout aside): `EXPERIENCED_MIN_SESSION_MINUTES`
 * from 40 km a week (or 4 h for an intermediate or advanced runner), `MIN_SESSION_MINUTES` otherwise. A week
 * too small for its days at this length drops a day.
 *
 * @example
 * minSessionMinutes(athlete); // 30 for a runner at 50 km a week, 15 for a beginner at 2 h
 */
export function minSessionMinutes(a: Pick<Athlete, 'currentWeekMinutes' | 'level' | 'estimate'>): number {
  const easyPace = (a.estimate.easy.from + a.estimate.easy.to) / 2;
  const km = (a.currentWeekMinutes * 60) / easyPace;
  const experienced =
    km >= EXPERIENCED_WEEK_KM || (a.level !== 'beginner' && a.currentWeekMinutes >= EXPERIENCED_WEEK_MINUTES);
  return experienced ? EXPERIENCED_MIN_SESSION_MINUTES : MIN_SESSION_MINUTES;
}

export interface WeekSpec {
  readonly athlete: Athlete;
  /** First day of the week (`Athlete.days` are offsets from it). */
  readonly weekStart: string;
  readonly phase: Phase;
  readonly downWeek: boolean;
  /** Training minutes to aim for (an upper bound). */
  readonly target: number;
  /** Quality sessions wanted, in priority order. */
  readonly quality: readonly QualityType[];
  /** Run/walk rung for beginners (absent: continuous running). */
  readonly runWalkStage?: number;
  /** Longest the long run may be this week, minutes. */
  readonly longCap: number;
  /**
   * Share of the week the long run may take in a race-specific week whose long run is still short of the
   * goal's (absent: `longRunWeekCap`'s share); see `LONG_RUN_RACE_SPECIFIC_SHARE`.
   */
  readonly longShare?: number;
  /** The long run stays at least this long while it takes ≤ `LONG_RUN_FLOOR_MAX_SHARE` of the week (0: none). */
  readonly longFloor?: number;
  /** Race week: the longest any session may be, minutes (absent: no ceiling). */
  readonly sessionCeiling?: number;
  /** Minutes wanted for a medium-long run (absent or 0: none this week). */
  readonly mediumLong?: number;
  readonly strides: boolean;
  readonly pace: PaceContext;
  /** Ladder rung each quality type asks for (absent: the highest the caps allow). */
  readonly rungs?: Rungs;
  /** The block this week's long run carries in place of that quality session, if any. */
  readonly longBlock?: LongBlock;
}

export interface BuiltWeek {
  /** Training sessions by date (the race is added by the plan). */
  readonly sessions: Session[];
  readonly minutes: number;
  readonly longMinutes: number;
  /** Minutes of the week's recovery and general-aerobic runs (not the medium-long run or the shakeout). */
  readonly easyRuns: readonly number[];
  /** Ladder rung each quality session ran at (−1: below its ladder). */
  readonly rungs: Rungs;
}
