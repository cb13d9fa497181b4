/**
 * The onboarding profile's shape: what a runner tells the coach before the first plan (the body of
 * `POST /api/athletes`, or the answers of the chat onboarding); one part of the runner-state document.
 */
import type { Weekday } from '../rules/calendar/weekday.js';
import type { GoalDistance } from '../rules/plan/types.js';
import type { Level } from '../rules/plan/plan-input.js';

export interface OnboardingProfile {
  readonly race?: { readonly distance: string; readonly time: string };
  readonly goal: {
    readonly distance: GoalDistance;
    readonly raceDate?: string;
    readonly targetTime?: string;
  };
  readonly days: readonly Weekday[];
  readonly longDay: Weekday;
  readonly weeklyKm?: number;
  readonly weeklyMinutes?: number;
  readonly longestRunKm?: number;
  readonly level: Level;
  /** years */
  readonly age?: number;
  readonly injuries?: readonly {
    readonly area: string;
    readonly recent: boolean;
    readonly recurring?: boolean;
  }[];
  /** An easy pace the runner knows, s/km (when there is no race). */
  readonly easyPaceSecondsPerKm?: number;
}
