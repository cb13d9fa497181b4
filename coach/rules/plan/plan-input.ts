/**
 * What the plan builder needs to know about a runner. Units: times in seconds, distances in metres or km
 * (named `Km`), paces in seconds per km, HR in bpm, dates ISO `YYYY-MM-DD`, weekdays `mon` … `sun`.
 */
import type { Weekday } from '../calendar/weekday.js';
import type { GoalDistance, Level } from './types.js';

export type { Level } from './types.js';

/** A recent race result: the best evidence of current fitness (→ VDOT). */
export interface RecentRace {
  readonly distanceMeters: number;
  readonly timeSeconds: number;
}

/** One entry of injury history. `recent`: in the last ~3 months; `recurring`: it has come back before. */
export interface InjuryHistory {
  readonly area: string;
  readonly recent: boolean;
  readonly recurring: boolean;
}

/** Heart-rate data, bpm; any subset. With none of it (and no age) steps carry no HR ranges. */
export interface HrData {
  readonly maxHr?: number;
  readonly restingHr?: number;
  readonly lthr?: number;
}

export interface PlanInput {
  /** Current fitness: a recent race (preferred), else an easy pace the runner knows, else nothing. */
  readonly fitness: {
    readonly race?: RecentRace;
    /** A comfortable, conversational pace the runner runs today, s/km. */
    readonly easyPaceSecondsPerKm?: number;
  };
  readonly goal: {
    readonly distance: GoalDistance;
    /** Race day (required for a race goal, ignored for general fitness). */
    readonly raceDate?: string;
    /** Target finish time, seconds (race goals only). */
    readonly targetTime?: number;
    /** Horizon for general fitness, weeks (default 12). */
    readonly weeks?: number;
  };
  /** First day of the plan. A race plan's weeks end on race day's weekday; a fitness plan's run Monday → Sunday. */
  readonly startDate: string;
  /** Weekdays the runner can run on. */
  readonly availableDays: readonly Weekday[];
  /** Longest the runner can run on any day, minutes (caps every session but the race). */
  readonly maxMinutesPerDay?: number;
  /**
   * Per-weekday caps, minutes, over `maxMinutesPerDay` for the days named (e.g. `{ sat: 150, sun: 150 }`
   * with `maxMinutesPerDay: 45`: short weekday runs, a long weekend run). Each caps that day's sessions.
   */
  readonly maxMinutesByDay?: Readonly<Partial<Record<Weekday, number>>>;
  /** Day of the long run; must be one of `availableDays`. */
  readonly longRunDay: Weekday;
  /** Current weekly volume, km (used when minutes are not given). */
  readonly weeklyKm?: number;
  /** Current weekly volume, minutes (preferred over km). */
  readonly weeklyMinutes?: number;
  /** Longest run in the last few weeks, km. */
  readonly longestRunKm?: number;
  readonly level: Level;
  /** Age, years. */
  readonly age?: number;
  readonly injuries?: readonly InjuryHistory[];
  readonly hr?: HrData;
}
