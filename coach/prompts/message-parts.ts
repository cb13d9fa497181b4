/**
 * The facts a few coach messages carry beside their kind: progress, the onboarding steps and what onboarding
 * understood, a pace set, a parser problem, and the 80/20 shares of a gray-zone flag and of `this week`.
 * Units as in `coach-message.ts`.
 */
import type { OnboardingFacts } from '../rules/language/onboarding/types.js';
import type { Range } from '../rules/plan/types.js';
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

/** The questions onboarding asks, in order (a list, so a stored draft's step can be checked). */
export const ONBOARDING_STEP_NAMES = [
  'name',
  'timezone',
  'units',
  'race',
  'goal',
  'race-date',
  'target-time',
  'days',
  'long-day',
  'volume',
  'longest-run',
  'experience',
  'age',
  'injuries',
  'heart-rate',
  'persona',
  'extras',
] as const;
export type OnboardingStep = (typeof ONBOARDING_STEP_NAMES)[number];

/** What the closing onboarding question still asks about. */
export type ExtraAsk = 'target' | 'longest-run' | 'age' | 'injuries' | 'heart-rate' | 'persona';

/**
 * What the coach understood from the runner's last onboarding message, confirmed in one line: the reader's
 * slots (`OnboardingFacts`, their one definition), with the race, target and injuries in the form the line
 * words them. Units: km, minutes, seconds, bpm; `race: null` is "no recent race", `targetSeconds: null`
 * "no target".
 */
export type OnboardingUnderstood = Omit<
  OnboardingFacts,
  'units' | 'race' | 'targetS' | 'injuries' | 'persona'
> & {
  readonly units?: Units;
  readonly race?: { readonly km: number; readonly seconds: number } | null;
  readonly targetSeconds?: number | null;
  /** Injured areas; empty for "no injuries". */
  readonly injuries?: readonly string[];
  readonly persona?: Persona;
};

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

/**
 * Why a chosen option no longer applies: no RPE question open, the decisions offered are already answered
 * or superseded, no delete question open, onboarding is over, the onboarding question it answered has
 * passed, or the runner is still onboarding (the option belongs to the coaching that follows).
 */
export type OptionStaleCode =
  | 'NO_RPE_PENDING'
  | 'DECISION_SETTLED'
  | 'NOTHING_TO_CONFIRM'
  | 'ONBOARDING_DONE'
  | 'QUESTION_PASSED'
  | 'ONBOARDING_FIRST';

/** Readiness from the morning check-in, as the coach says it. */
export type Readiness = 'good' | 'ok' | 'poor';
