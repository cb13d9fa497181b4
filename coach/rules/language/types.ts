/**
 * What the deterministic parser of runner language returns: the intents a message carries, the facts
 * (slots) it states, and the problems (implausible or contradictory values) it found. Units are in the
 * slot names: metres (`M`), seconds (`S`), seconds per km (`SPerKm`), beats per minute (`Hr`),
 * milliseconds (`Ms`), ISO dates `YYYY-MM-DD`.
 */

import type { Weekday } from '../calendar/index.js';
import type { RedFlag } from '../safety/red-flags.js';
import type { CoachingQuestion } from './question-types.js';
import type { DayLimitAsk, RescheduleAsk } from './reschedule-types.js';

/** Everything a runner can ask or tell the coach in one message; `unknown` when nothing matched. */
export type Intent =
  | 'log_run'
  | 'rpe_checkin'
  | 'morning_checkin'
  | 'race_result'
  | 'ask_today'
  | 'ask_week'
  | 'ask_paces'
  | 'ask_why'
  /** A coaching question answered from the coach's data (`slots.question`, see `coaching-questions.ts`). */
  | 'ask_question'
  | 'change_persona'
  | 'change_days'
  /** Move or swap one session this week (`slots.reschedule`, see `reschedule.ts`). */
  | 'move_session'
  /** Only N run days this week or next (`slots.dayLimit`). */
  | 'limit_days'
  | 'change_goal'
  | 'pause'
  | 'resume'
  | 'export'
  | 'delete_me'
  | 'accept'
  | 'keep_original'
  | 'greeting'
  | 'help'
  | 'undo'
  | 'unknown';

/** The order intents are listed in a result (stable, so tests and channels can rely on it). */
export const INTENT_ORDER: readonly Intent[] = [
  'delete_me',
  'pause',
  'resume',
  'race_result',
  'log_run',
  'rpe_checkin',
  'morning_checkin',
  'ask_today',
  'ask_week',
  'ask_paces',
  'ask_why',
  'ask_question',
  'change_persona',
  'change_days',
  'move_session',
  'limit_days',
  'change_goal',
  'export',
  'accept',
  'keep_original',
  'greeting',
  'help',
  'undo',
  'unknown',
];

export type { RedFlag, Weekday };

/** The coach voices a runner can pick (issue 5 §3). */
export type Persona = 'drill-sergeant' | 'hype' | 'friend' | 'neutral';

export type PauseReason = 'injury' | 'illness' | 'travel' | 'other';

export type SleepQuality = 'poor' | 'ok' | 'good';

export type Side = 'left' | 'right' | 'both';

/** A pain report: where, which side, and the 0–10 score when the runner gave one. */
export interface PainMention {
  readonly location: string;
  readonly side?: Side;
  /** 0–10 numeric rating scale; absent when the runner named the pain without a score. */
  readonly score?: number;
}

/** The facts a message states. Every value present is in range (see `limits.ts`). */
export interface Slots {
  distanceM?: number;
  durationS?: number;
  paceSPerKm?: number;
  /** Session RPE on Foster's CR-10 scale, 1–10. */
  rpe?: number;
  avgHr?: number;
  maxHr?: number;
  /**
   * The main part of a workout written with its warm-up and cool-down (`2k wu, 5k @ 4:50, 2k cd`): its
   * metres and pace. `distanceM` is then the whole run, and the pace is the segment's, not the run's.
   */
  segment?: { distanceM: number; paceSPerKm?: number };
  /** Steps per minute (both feet). */
  cadence?: number;
  restingHr?: number;
  hrvMs?: number;
  sleepHours?: number;
  sleepQuality?: SleepQuality;
  /** Muscle soreness 0–10 (0 none). */
  soreness?: number;
  /** Life stress 0–10 (0 none). */
  stress?: number;
  illness?: boolean;
  symptoms?: string[];
  pains?: PainMention[];
  /** The runner says a pain is getting worse or better (`knee is getting worse`). */
  painTrend?: 'worse' | 'better';
  /** Red-flag codes shared with `coach/rules/safety` (SCIENCE.md "Safety"). */
  redFlags?: RedFlag[];
  /** The day the message talks about (ISO `YYYY-MM-DD`), resolved against the runner's today. */
  date?: string;
  persona?: Persona;
  days?: Weekday[];
  longDay?: Weekday;
  pauseReason?: PauseReason;
  /** The coaching question asked (intent `ask_question`). */
  question?: CoachingQuestion;
  /** A session to move or swap this week (intent `move_session`). */
  reschedule?: RescheduleAsk;
  /** Run days for one week (intent `limit_days`). */
  dayLimit?: DayLimitAsk;
}

export type SlotName = keyof Slots;

/** Stable problem codes: channels match on them; coach/prompts words the clarifying question for each. */
export const PROBLEM_CODES = [
  'DISTANCE_IMPLAUSIBLE',
  'DURATION_IMPLAUSIBLE',
  'PACE_FASTER_THAN_WORLD_RECORD',
  'PACE_TOO_SLOW',
  'RPE_OUT_OF_RANGE',
  'CADENCE_OUT_OF_RANGE',
  'VALUE_NEGATIVE',
  'HR_OUT_OF_RANGE',
  'MAX_HR_OUT_OF_RANGE',
  'MAX_HR_BELOW_AVG_HR',
  'RESTING_HR_OUT_OF_RANGE',
  'HRV_OUT_OF_RANGE',
  'SLEEP_OUT_OF_RANGE',
  'PAIN_OUT_OF_RANGE',
  'SORENESS_OUT_OF_RANGE',
  'STRESS_OUT_OF_RANGE',
  'FUTURE_RUN_DATE',
  /** "3k in" alone: a run finished, or a position mid-run? Asked, never stored. */
  'RUN_POSITION_AMBIGUOUS',
  'DATE_INVALID',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/**
 * An implausible value: the slot it concerns is left unset, and coach/prompts asks the runner about it
 * from the code and the facts (`templates/problem-words.ts`).
 */
export interface Problem {
  readonly code: ProblemCode;
  readonly slot: SlotName;
  /** The raw numbers behind the problem, units in the keys (`said` is the runner's own words). */
  readonly facts?: Readonly<Record<string, number | string>>;
}

/** The runner's day and clock, both in the runner's timezone; `units` is their preferred unit. */
export interface ParseContext {
  readonly today: string;
  readonly timezoneNow?: { readonly date: string; readonly hour: number };
  readonly units: 'km' | 'mi';
}

export interface ParsedMessage {
  readonly intents: Intent[];
  readonly slots: Slots;
  readonly problems: Problem[];
  /** The message asks something (`question.ts`): nothing in it is stored as a run. */
  readonly question?: boolean;
}
