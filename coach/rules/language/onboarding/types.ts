/**
 * What an onboarding answer states, slot by slot. Units in the names: km, minutes, seconds (`S`), bpm
 * (`Hr`), ISO dates. `null` is an explicit "none" (`never raced`, `no target`); an empty `injuries` list
 * is "no injuries".
 */
import type { Weekday } from '../../calendar/index.js';
import type { GoalDistance, Level } from '../../plan/types.js';
import type { Persona } from '../types.js';
import type { DayCount } from './days.js';
import type { RaceMonth } from './race-date.js';

export type { GoalDistance, Level };

export interface InjuryFact {
  readonly area: string;
  readonly recent: boolean;
  readonly recurring: boolean;
}

export interface OnboardingFacts {
  readonly units?: 'km' | 'mi';
  readonly race?: { readonly distanceM: number; readonly durationS: number } | null;
  readonly goal?: GoalDistance;
  readonly raceDate?: string;
  readonly raceMonth?: RaceMonth;
  readonly targetS?: number | null;
  readonly days?: readonly Weekday[];
  readonly dayCount?: DayCount;
  readonly longDay?: Weekday;
  readonly weeklyKm?: number;
  readonly weeklyMinutes?: number;
  readonly longestRunKm?: number;
  readonly level?: Level;
  /** years */
  readonly age?: number;
  readonly injuries?: readonly InjuryFact[];
  readonly maxHr?: number;
  readonly restingHr?: number;
  readonly persona?: Persona;
}

/** The question being answered: bare answers ("25", "sun", "no") count only for it. */
export type OnboardingSlot =
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

export interface OnboardingReading {
  readonly facts: OnboardingFacts;
  /**
   * The message is not an answer: a question to the coach, or a run being reported. Nothing from it is
   * taken as a slot's answer.
   */
  readonly aside?: 'question' | 'run-report';
}
