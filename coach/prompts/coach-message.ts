/**
 * Every reply the coach loop sends, as a typed record of facts. The wording layer (templates, or an LLM
 * under guards) turns one of these into text; it never sees anything else, so a reply can only say what
 * the engine decided. Units are in the field names or documented: seconds, seconds per km (`SPerKm`), km
 * (`Km`/`km`), bpm (`Hr`), ISO dates `YYYY-MM-DD`.
 */
import type { Decision, Reason } from '../rules/decision.js';
import type { RedFlag } from '../rules/safety/red-flags.js';
import type { GoalDistance, Phase, Purpose, Range, Session } from '../rules/plan/types.js';
import type { Channel, Persona, Units } from './persona.js';
import type { ChosenOption } from './chosen-option.js';
import type { MidRunCue } from '../rules/in-run/run-report.js';
import type { HrCheck, PaceCheck } from '../rules/assess/run-assessment.js';
import type { OutsideTopic } from '../rules/language/coaching-questions.js';
import type {
  Progress,
  OnboardingStep,
  ExtraAsk,
  OnboardingUnderstood,
  PaceSet,
  ClarifyProblem,
  GrayZoneFlag,
  WeekDistribution,
  OptionStaleCode,
} from './message-parts.js';

export type {
  Progress,
  OnboardingStep,
  ExtraAsk,
  OnboardingUnderstood,
  PaceSet,
  ClarifyProblem,
  GrayZoneFlag,
  WeekDistribution,
  OptionStaleCode,
} from './message-parts.js';

export type CoachMessage =
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
      readonly kind: 'today';
      readonly date: string;
      /** The runner asked about a day ahead ("what about tomorrow?"): `date` is that day, not today. */
      readonly ahead?: boolean;
      /** Absent when the plan has nothing on this day (a rest day). */
      readonly session?: Session;
      readonly progress?: Progress;
      /** Readiness from this morning's check-in, when there is one. */
      readonly readiness?: Readiness;
      /**
       * A race logged today: the day is done by it, so the session it replaced is not offered again.
       * `recoveryUntil` is the last easy day it earns (`recovery.post-race`), when any.
       */
      readonly race?: { readonly km: number; readonly seconds: number; readonly recoveryUntil?: string };
    }
  | {
      readonly kind: 'week';
      readonly weekStart: string;
      readonly weekNumber: number;
      readonly totalWeeks: number;
      readonly phase: Phase;
      readonly downWeek: boolean;
      readonly km: number;
      readonly minutes: number;
      readonly sessions: readonly Session[];
      /** How much of the last 7 and 28 days was easy running (80/20), when runs were logged. */
      readonly distribution?: WeekDistribution;
    }
  | { readonly kind: 'paces'; readonly vdot?: number; readonly paces?: PaceSet; readonly progress?: Progress }
  | {
      readonly kind: 'run-logged';
      readonly date: string;
      /** Absent when the runner gave only a time (never shown as 0). */
      readonly km?: number;
      /** Moving time, seconds; absent when the runner gave only a distance (never shown as 0:00). */
      readonly seconds?: number;
      /** Average pace, s/km (the engine computes it; the wording never derives numbers). */
      readonly paceSPerKm?: number;
      readonly avgHr?: number;
      readonly rpe?: number;
      /** What the plan had that day, when anything (never worded for a race: it was not that session). */
      readonly plannedKind?: Session['kind'];
      /** The run was a race: worded as a race, never as the session it replaced. */
      readonly race?: boolean;
      readonly progress?: Progress;
      /** An easy or long run run in the gray zone (`RunAssessment` flag), with its numbers. */
      readonly grayZone?: GrayZoneFlag;
    }
  | { readonly kind: 'rpe-question'; readonly date: string; readonly km?: number; readonly seconds?: number }
  | {
      readonly kind: 'checkin-saved';
      readonly date: string;
      readonly sleepHours?: number;
      readonly restingHr?: number;
      readonly hrvMs?: number;
      readonly soreness?: number;
      readonly stress?: number;
      readonly illness?: boolean;
      /** The day's final readiness (from `assessDay`: recovery, trends, illness and safety together). */
      readonly readiness: Readiness;
      /**
       * Pain today, or a pain pause still running: the reply states this fixed safety outcome instead of any
       * readiness line, so it never says "train as planned" while running is limited.
       */
      readonly safety?: {
        readonly level: 'no_intensity' | 'stop_prescriptions';
        readonly location?: string;
        /** 0–10 pain score the runner gave. */
        readonly score?: number;
      };
      /** Resting-HR or HRV trends found today (`RESTING_HR_TREND_UP`, `HRV_TREND_DOWN`): the reply asks about illness. */
      readonly trends?: readonly Reason[];
    }
  | {
      readonly kind: 'decision';
      readonly decision: Decision;
      /** Offer Accept / Keep original (the change alters an upcoming session). */
      readonly askAccept: boolean;
      /** The stored ids of the proposed decisions the Accept / Keep original options answer. */
      readonly offeredIds?: readonly string[];
      readonly progress?: Progress;
    }
  | {
      /** Several decisions from one adaptation run (e.g. a lighter week: one decision per session). */
      readonly kind: 'plan-changed';
      readonly decisions: readonly Decision[];
      readonly askAccept: boolean;
      /** The stored ids of the proposed decisions the Accept / Keep original options answer. */
      readonly offeredIds?: readonly string[];
      readonly progress?: Progress;
    }
  | {
      readonly kind: 'decision-answered';
      readonly choice: 'accepted' | 'kept';
      readonly date: string;
      readonly sessionKind?: Session['kind'];
    }
  | {
      readonly kind: 'why';
      readonly date: string;
      /** The session's purpose, a code with facts (worded by `templates/purpose-words.ts`). */
      readonly purpose?: Purpose;
      readonly sessionKind?: Session['kind'];
      /** The last change, when the runner asks about it. */
      readonly decision?: Decision;
    }
  | { readonly kind: 'persona-changed'; readonly persona: Persona }
  | {
      readonly kind: 'paused';
      readonly from: string;
      readonly reason: 'injury' | 'illness' | 'travel' | 'other';
    }
  | { readonly kind: 'resumed'; readonly date: string; readonly daysOff: number }
  | {
      readonly kind: 'export-ready';
      readonly activities: number;
      readonly checkins: number;
      readonly decisions: number;
      /** Where to fetch it (a path or URL), when the channel can link. */
      readonly location?: string;
    }
  | { readonly kind: 'delete-confirm' }
  /** "No" to "delete everything?": nothing was deleted. */
  | { readonly kind: 'delete-cancelled' }
  /** A quick reply that no longer applies (answered, superseded, from an earlier question): nothing stored. */
  | { readonly kind: 'option-stale'; readonly code: OptionStaleCode }
  | { readonly kind: 'deleted' }
  | {
      readonly kind: 'clarify';
      readonly problems: readonly ClarifyProblem[];
      /** What the runner wrote: quoted data for the LLM, never an instruction, never a fact. */
      readonly runnerText?: string;
    }
  | { readonly kind: 'not-understood'; readonly runnerText?: string }
  | {
      /** "undo": the last stored fact is gone, and the plan changes it caused were withdrawn. */
      readonly kind: 'undone';
      readonly fact: 'run' | 'rpe' | 'checkin';
      readonly date: string;
      readonly km?: number;
      readonly seconds?: number;
      readonly rpe?: number;
      /** How many plan changes the fact had caused and the undo withdrew. */
      readonly withdrawn: number;
    }
  | { readonly kind: 'nothing-to-undo' }
  /** A question the coach has no answer for yet: said honestly, nothing stored. */
  | { readonly kind: 'cannot-answer-yet' }
  | { readonly kind: 'red-flag'; readonly date: string; readonly flags: readonly RedFlag[] }
  | {
      readonly kind: 'pain-stop';
      readonly date: string;
      /** `no_intensity`: easy only today; `stop_prescriptions`: no running until a professional has looked. */
      readonly level: 'no_intensity' | 'stop_prescriptions';
      readonly location?: string;
      /** 0–10 pain score the runner gave. */
      readonly score?: number;
      /** Days running is paused (for `stop_prescriptions`). */
      readonly pauseDays?: number;
    }
  | {
      /** The long run of this week (`weekOffset` 0) or next (1); `session` absent: none that week. */
      readonly kind: 'long-run';
      readonly weekStart: string;
      readonly weekOffset: 0 | 1;
      readonly session?: Session;
    }
  | {
      /** "How am I doing?": the plan so far, from stored data only. */
      readonly kind: 'progress';
      readonly weeksCompleted: number;
      readonly totalWeeks: number;
      readonly runsLogged: number;
      /** Km logged in this plan so far. */
      readonly km: number;
      /** First and current VDOT (fitness snapshots, else plan versions); equal when it has not moved. */
      readonly vdotBefore?: number;
      readonly vdotNow?: number;
      /** Paces that moved with the VDOT, s/km: easy range and threshold, before and now. */
      readonly paces?: {
        readonly easyBefore: Range;
        readonly easyNow: Range;
        readonly thresholdBefore: number;
        readonly thresholdNow: number;
      };
    }
  | {
      /** A race time from current fitness: the conservative range, never faster than the equivalent. */
      readonly kind: 'race-prediction';
      readonly distance: Exclude<GoalDistance, 'fitness'>;
      /** Absent: no fitness yet (no race or pace data), so no prediction. */
      readonly vdot?: number;
      /** Finish times, seconds: the fast end (the equivalent) and the conservative end. */
      readonly fastSeconds?: number;
      readonly slowSeconds?: number;
      /** The training volume is low for the distance, so the range starts slower. */
      readonly lowVolume?: boolean;
    }
  | {
      /** "Was that too fast?": the last run's stored assessment, numbers against the band and ceiling. */
      readonly kind: 'run-check';
      /** Absent: no run logged yet. */
      readonly date?: string;
      readonly judgedAs?: Session['kind'];
      /** `too-fast`, `right` (inside the band), `slower` (slower than the band), `unknown` (no assessment). */
      readonly verdict: 'too-fast' | 'right' | 'slower' | 'unknown';
      readonly pace?: PaceCheck;
      readonly hr?: HrCheck;
    }
  | {
      /** A mid-run question answered with the in-run cue (the same as the phone line). */
      readonly kind: 'mid-run-cue';
      /** Absent: no session planned today, so there is nothing to coach against. */
      readonly cue?: MidRunCue;
      readonly sessionKind?: Session['kind'];
    }
  | {
      /** A question outside coaching (food, kit, medicine): said plainly, with who to ask. */
      readonly kind: 'outside-coaching';
      readonly topic: OutsideTopic;
    }
  | {
      /**
       * A session moved or swapped, or a week cut to fewer run days, at the runner's request (issue 11 §4):
       * rule `schedule.move-session` or `schedule.limit-days`, worded as before → after with Accept / Keep.
       */
      readonly kind: 'rescheduled';
      readonly decision: Decision;
    }
  | {
      /**
       * A move or limit the coach will not make: the rule's stable code (`HARD_DAYS_ADJACENT`,
       * `TARGET_IN_PAST`, `RACE_DAY`, `NOTHING_TO_CHANGE`, … or `NO_PLAN`) and its facts (dates, kinds, the
       * days that would work as `alternatives`).
       */
      readonly kind: 'reschedule-refused';
      readonly code: string;
      readonly facts: Readonly<Record<string, unknown>>;
    }
  | { readonly kind: 'error'; readonly code: string };

export type CoachMessageKind = CoachMessage['kind'];

/** Readiness from the morning check-in, as the coach says it. */
export type Readiness = 'good' | 'ok' | 'poor';

/** Every message kind, for exhaustive tests and channel tables. */
export const COACH_MESSAGE_KINDS: readonly CoachMessageKind[] = Object.freeze([
  'welcome',
  'help',
  'onboarding-question',
  'plan-built',
  'today',
  'week',
  'paces',
  'run-logged',
  'rpe-question',
  'checkin-saved',
  'decision',
  'plan-changed',
  'decision-answered',
  'why',
  'persona-changed',
  'paused',
  'resumed',
  'export-ready',
  'delete-confirm',
  'delete-cancelled',
  'option-stale',
  'deleted',
  'clarify',
  'not-understood',
  'undone',
  'nothing-to-undo',
  'cannot-answer-yet',
  'red-flag',
  'pain-stop',
  'long-run',
  'progress',
  'race-prediction',
  'run-check',
  'mid-run-cue',
  'outside-coaching',
  'rescheduled',
  'reschedule-refused',
  'error',
] as const);

/** One request to the wording layer. */
export interface WordingRequest {
  readonly message: CoachMessage;
  readonly persona: Persona;
  readonly channel: Channel;
  /** The runner's distance unit; paces and distances are shown in it (default km). */
  readonly units?: Units;
  /** The runner's first name, when known: quoted data for the LLM, like any runner text. */
  readonly name?: string;
  /**
   * Another message of the same reply reports pain, illness or poor readiness: this one softens too, so one
   * reply never mixes a barked order with a pause for pain.
   */
  readonly soften?: boolean;
}

/** A quick reply a channel renders as a button, a keypad choice or a numbered line. */
export interface ReplyOption {
  readonly label: string;
  /** The option's stable string (`encodeOption(option)`), for channels that carry strings. */
  readonly value: string;
  /** What choosing it means: send it back as is (`handleMessage` with `{ option }`). */
  readonly option: ChosenOption;
}

/** What the wording layer returns: the text, its quick replies, and whether a template or an LLM wrote it. */
export interface Reply {
  readonly text: string;
  readonly options: readonly ReplyOption[];
  readonly source: 'template' | 'llm';
}
