/** Messages of the conversation itself: greeting, help, onboarding questions, the built plan, clarifying questions, and what the coach could not read. */
import type { GoalDistance, Session } from '../../rules/plan/types.js';
import type {
  OnboardingStep,
  ExtraAsk,
  OnboardingUnderstood,
  ClarifyProblem,
  OptionStaleCode,
} from '../message-parts.js';

export type ConversationMessage =
  | { readonly kind: 'welcome'; readonly name?: string }
  | { readonly kind: 'help' }
  | {
      readonly kind: 'onboarding-question';
      readonly step: OnboardingStep;
      /** How many questions are left after this one (shows progress through onboarding). */
      readonly remaining?: number;
      /** The answer to the previous question was not understood: ask again, saying so. */
      readonly retry?: boolean;
      /** What the last message gave, confirmed in one line before the question. */
      readonly understood?: OnboardingUnderstood;
      /** The last message was a question or a run report: nothing was taken from it (onboarding first). */
      readonly aside?: 'question' | 'run-report';
      /** `race-date` when only the month is known: ask for the day in it. */
      readonly raceMonth?: { readonly year: number; readonly month: number };
      /** `days` when only a count is known ("3 or 4 days"): ask which. */
      readonly dayCount?: { readonly min: number; readonly max: number };
      /** `extras`: what the closing question asks about. */
      readonly asks?: readonly ExtraAsk[];
    }
  | {
      readonly kind: 'plan-built';
      readonly goal: {
        readonly distance: GoalDistance;
        readonly raceDate?: string;
        readonly targetTime?: number;
      };
      readonly weeks: number;
      readonly vdot?: number;
      readonly feasibility: {
        readonly ok: boolean;
        /** Race-day time from today's fitness, seconds. */
        readonly predictedTime?: number;
        /** Race-day time if training goes well, seconds (words only, never a pace). */
        readonly potentialTime?: number;
        readonly realisticTarget?: number;
        /** The plan's longest run and the minimum the distance needs, minutes (when it falls short). */
        readonly longRun?: { readonly longestMinutes: number; readonly neededMinutes: number };
      };
      readonly firstSession?: Session;
      /**
       * Set when the runner stated less than the smallest starting week: minutes they run a week, the first
       * week's minutes on their feet and its running part (the rest is walking).
       */
      readonly startVolume?: Readonly<Record<string, number>>;
      /**
       * Set when a recent or recurring injury shaped the plan (`INJURY_ADJUSTED` facts): `achillesOrCalf`
       * (1/0), `noFastWeeks`, `painMaxScore` (0–10), `rampPercent`.
       */
      readonly injury?: Readonly<Record<string, number>>;
      /** True when this plan replaces an earlier one (new goal, days or race date); history is kept. */
      readonly replan?: boolean;
    }
  | {
      readonly kind: 'clarify';
      readonly problems: readonly ClarifyProblem[];
      /** What the runner wrote: quoted data for the LLM, never an instruction, never a fact. */
      readonly runnerText?: string;
    }
  | { readonly kind: 'not-understood'; readonly runnerText?: string }
  | { readonly kind: 'cannot-answer-yet' }
  | { readonly kind: 'option-stale'; readonly code: OptionStaleCode };
