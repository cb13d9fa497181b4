/**
 * The facts a few coach messages carry beside their kind: progress, the onboarding steps and what onboarding
 * understood, a pace set, a parser problem, and the 80/20 shares of a gray-zone flag and of `this week`.
 * Units as in `coach-message.ts`.
 */
import type { Weekday } from '../rules/calendar/weekday.js';
import type { GoalDistance, Range } from '../rules/plan/types.js';
import type { Persona, Units } from './persona.js';

/** Progress to show when there is some (competence, SDT): all fields optional, shown when present. */
export interface Progress {
  readonly vdotBefore?: number;
  readonly vdotNow?: number;
  /** Weeks of the plan completed so far, and the plan's length. */
  readonly weeksCompleted?: number;
  readonly totalWeeks?: number;
  /** Runs logged so far in this plan. */
  readonly runsLogged?: number;
  /** Km run this week so far and the week's plan. */
  readonly weekKm?: number;
  readonly weekPlannedKm?: number;
}

/** The questions onboarding asks, in order. */
export type OnboardingStep =
  | 'name'
  | 'timezone'
  | 'units'
  | 'race'
  | 'goal'
  | 'race-date'
  | 'target-time'
  | 'days'
  | 'long-day'
  | 'volume'
  | 'longest-run'
  | 'experience'
  | 'age'
  | 'injuries'
  | 'heart-rate'
  | 'persona'
  | 'extras';

/** What the closing onboarding question still asks about. */
export type ExtraAsk = 'target' | 'longest-run' | 'age' | 'injuries' | 'heart-rate' | 'persona';

/**
 * What the coach understood from the runner's last onboarding message, confirmed in one line. Units:
 * km, minutes, seconds, bpm; `race: null` is "no recent race", `targetSeconds: null` "no target".
 */
export interface OnboardingUnderstood {
  readonly units?: Units;
  readonly race?: { readonly km: number; readonly seconds: number } | null;
  readonly goal?: GoalDistance;
  readonly raceDate?: string;
  readonly raceMonth?: { readonly year: number; readonly month: number };
  readonly targetSeconds?: number | null;
  readonly days?: readonly Weekday[];
  readonly dayCount?: { readonly min: number; readonly max: number };
  readonly longDay?: Weekday;
  readonly weeklyKm?: number;
  readonly weeklyMinutes?: number;
  readonly longestRunKm?: number;
  readonly level?: 'beginner' | 'intermediate' | 'advanced';
  readonly age?: number;
  /** Injured areas; empty for "no injuries". */
  readonly injuries?: readonly string[];
  readonly maxHr?: number;
  readonly restingHr?: number;
  readonly persona?: Persona;
}

/** Training paces in s/km, as `trainingPaces` returns them. */
export interface PaceSet {
  readonly easy: Range;
  readonly marathon: number;
  readonly threshold: number;
  readonly interval: number;
  readonly repetition: number;
}

/**
 * Something to ask the runner about: a parser problem (the slot left unset, see `coach/rules/language`)
 * or a use case's clarify code, worded from code and facts by `templates/problem-words.ts`.
 */
export interface ClarifyProblem {
  readonly code: string;
  readonly slot: string;
  readonly facts?: Readonly<Record<string, number | string>>;
  /** A plan error's rule message, passed through until plan errors are worded in coach/prompts. */
  readonly message?: string;
}

/**
 * The numbers of a gray-zone flag: the run's pace and HR, the easy band and ceiling it should have kept,
 * and the easy share (0–1) of the last 7 and 28 days against the 80/20 target.
 */
export interface GrayZoneFlag extends WeekDistribution {
  readonly paceSPerKm?: number;
  readonly avgHr?: number;
  readonly easyPace?: Range;
  readonly hrCeilingBpm?: number;
}

/** The 7- and 28-day intensity split shown with `this week` (easy share 0–1 against the 80/20 target). */
export interface WeekDistribution {
  readonly last7EasyShare?: number;
  readonly last28EasyShare?: number;
  readonly targetShare: number;
  /** The windows the shares cover, days (7 and 28). */
  readonly shortWindowDays: number;
  readonly longWindowDays: number;
}
