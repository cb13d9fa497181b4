/**
 * The plan as the engine builds it and every layer stores, shows and adapts it. The JSON form of these
 * types is the output of `runloop plan --json` and `GET /api/athletes/:id/plan`.
 * Units: times in seconds, distances in km (`km`), paces in seconds per km, HR in bpm, dates ISO `YYYY-MM-DD`.
 */

/** Experience level, as the runner states it. */
export type Level = 'beginner' | 'intermediate' | 'advanced';

/** Daniels intensity of a step; `walk` for run/walk progressions. */
export type Intensity = 'E' | 'M' | 'T' | 'I' | 'R' | 'walk';

export type StepKind = 'warmup' | 'run' | 'rep' | 'recovery' | 'cooldown' | 'walk' | 'strides';

/** A range; for paces `from` is the faster (smaller s/km) end, for HR the lower bpm. */
export interface Range {
  readonly from: number;
  readonly to: number;
}

/**
 * One structured step. A rep block is one `rep` step with `repeat` > 1 followed by its `recovery` step
 * (also carrying `repeat`). `minutes` and `km` are per repetition; either may be absent when the step is
 * prescribed by the other.
 */
export interface Step {
  readonly kind: StepKind;
  readonly intensity: Intensity;
  readonly minutes?: number;
  readonly km?: number;
  readonly repeat?: number;
  /** Target pace range in s/km (absent for walking). */
  readonly pace?: Range;
  /** Target HR range in bpm, only when the runner's HR data allows it. */
  readonly hr?: Range;
}

export type SessionKind =
  | 'easy'
  | 'long'
  | 'recovery'
  | 'tempo'
  | 'intervals'
  | 'repetitions'
  | 'marathon-pace'
  | 'hills'
  | 'run-walk'
  | 'race'
  | 'rest';

/**
 * The codes of a session's purpose: the builder's (one per session role), the adaptation rules' (why a
 * session was changed), `NONE` (a rest day or a session without one) and `LEGACY` (a purpose stored as
 * English before issue 11 §7: its `text` fact is shown as it was).
 */
export const PURPOSE_CODES = [
  'NONE',
  'LEGACY',
  'EASY',
  'EASY_STRIDES',
  'LONG',
  'MEDIUM_LONG',
  'RECOVERY',
  'LONG_MARATHON_PACE',
  'LONG_THRESHOLD',
  'RUN_WALK',
  'LONG_RUN_WALK',
  'TEMPO',
  'CRUISE',
  'INTERVALS',
  'REPETITIONS',
  'MARATHON_PACE',
  'HILLS',
  'SHAKEOUT',
  'RACE',
  'EASY_NEXT_TO_HARD',
  'EASED_HARD_RPE',
  'EASY_WHILE_PAIN',
  'POST_RACE_EASY',
  'BACK_AFTER_BREAK',
  'ILLNESS_RETURN',
  'TWO_SHORT_NIGHTS',
  'UNDER_RECOVERED_REST',
  'UNDER_RECOVERED_EASY',
  'MORNING_NUMBERS_EASY',
  'MISSED_DAYS_EASY',
  'PROTECT_QUALITY',
  'EASED_OVERSHOOT',
  'LIGHTER_WEEK_OVERSHOOT',
  'ACWR_LIGHTER',
  'ACWR_LIGHTER_OVERSHOOT',
  'ILLNESS_REST',
  'MONOTONY_SHORTER',
  'WEEK_GROWTH_TRIMMED',
  'LIGHTER_WEEK_HARD_RPE',
  'PAIN_PAUSED_REST',
  'RED_FLAG_REST',
] as const;

export type PurposeCode = (typeof PURPOSE_CODES)[number];

/**
 * Why a session is in the plan, as a code with facts.
 * - Builder codes: `goal` (GoalDistance) where the line names the race, `week` (`down` or `taper`) when
 *   the week's note leads; `RACE` run/walk: `runMinutes`, `walkMinutes` (minutes of each cycle).
 * - `POST_RACE_EASY`: `raceDate`, `until` (ISO dates). `BACK_AFTER_BREAK`: `daysOff`, `keepPercent`,
 *   `easyOnly` (1/0). `ILLNESS_RETURN`: `keepPercent`, `easyOnly` (1/0). `LEGACY`: `text`.
 */
export interface Purpose {
  readonly code: PurposeCode;
  readonly facts?: Readonly<Record<string, number | string>>;
}

export type SessionStatus = 'planned' | 'done' | 'missed' | 'adapted' | 'skipped';

export interface Session {
  readonly date: string;
  readonly kind: SessionKind;
  /** A quality session (T, I, R, M work, hills, race): never two hard days in a row. */
  readonly hard: boolean;
  /** Total planned minutes, warm-up and cool-down included. */
  readonly minutes: number;
  /** Total planned km (estimated from paces for time-based steps). */
  readonly km: number;
  /** Why this session, as a code with facts (worded by coach/prompts, `templates/purpose-words.ts`). */
  readonly purpose: Purpose;
  readonly steps: readonly Step[];
  readonly status?: SessionStatus;
  /** When adaptation replaced a session, what it replaced (the original, for "Keep original"). */
  readonly replaces?: Omit<Session, 'replaces'>;
}

export type Phase = 'base' | 'build' | 'race-specific' | 'taper';

export interface Week {
  readonly index: number;
  /** First day of the week, ISO date: the day after race day's weekday (Monday for a fitness plan). */
  readonly start: string;
  readonly phase: Phase;
  readonly downWeek: boolean;
  readonly minutes: number;
  readonly km: number;
  readonly sessions: readonly Session[];
}

export interface Feasibility {
  readonly ok: boolean;
  /**
   * Predicted race-day time in seconds from CURRENT fitness: the time the race step is planned at (absent
   * for general fitness and without a VDOT).
   */
  readonly predictedTime?: number;
  /**
   * Race-day time if training goes well (current VDOT plus the gain the weeks can plausibly bring), seconds.
   * Wording only: never a prescribed pace.
   */
  readonly potentialTime?: number;
  /** A realistic target in seconds when the asked-for one is not. */
  readonly realisticTarget?: number;
  /**
   * Set when a half or marathon plan's longest run (minutes) stays under the distance's minimum long run
   * (`neededMinutes`): racing it on this build is not safe.
   */
  readonly longRun?: { readonly longestMinutes: number; readonly neededMinutes: number };
  /** What the runner should hear about the goal, in order, as codes with facts (`templates/feasibility-words.ts`). */
  readonly notes?: readonly FeasibilityNote[];
  /** The worded line of a plan stored before feasibility notes existed (read back as is); never set by the rules. */
  readonly message?: string;
}

/**
 * One feasibility line's code (times in seconds, VDOT unrounded, minutes and km as numbers; `goal` the
 * goal code): `TARGET_OUT_OF_REACH`, `TARGET_WITHIN_REACH_IF_TRAINING`, `TARGET_WITHIN_REACH`, `PREDICTED`
 * (no target), `LOW_VOLUME`, `ESTIMATED_VDOT`, `SHORT_BUILD`, `DAY_CAP_TOO_SHORT`, `NO_RACE_RESULT`,
 * `GENERAL_FITNESS`.
 */
export type FeasibilityCode =
  | 'TARGET_OUT_OF_REACH'
  | 'TARGET_WITHIN_REACH_IF_TRAINING'
  | 'TARGET_WITHIN_REACH'
  | 'PREDICTED'
  | 'LOW_VOLUME'
  | 'ESTIMATED_VDOT'
  | 'SHORT_BUILD'
  | 'DAY_CAP_TOO_SHORT'
  | 'NO_RACE_RESULT'
  | 'GENERAL_FITNESS';

/** A feasibility line as a code with its facts. */
export interface FeasibilityNote {
  readonly code: FeasibilityCode;
  readonly facts?: Readonly<Record<string, number | string>>;
}

/**
 * Something the builder did that the runner should hear about, with its facts.
 * - `START_ABOVE_STATED_VOLUME`: a runner below the smallest starting week (`MIN_START_WEEK_MINUTES`)
 *   starting on run/walk whose running minutes stay within their stated volume + 10 %, the walking making
 *   up the rest.
 * - `INJURY_ADJUSTED`: a recent or recurring injury made the plan gentler (and, for the Achilles or calf,
 *   kept strides, hills and R out of the first weeks); the message states the pain-monitoring rule.
 */
/** The codes of the notes a plan carries (worded by coach/prompts, `templates/plan-note-words.ts`). */
export const PLAN_NOTE_CODES = ['START_ABOVE_STATED_VOLUME', 'INJURY_ADJUSTED'] as const;

export interface PlanNote {
  readonly code: (typeof PLAN_NOTE_CODES)[number];
  /**
   * START_ABOVE_STATED_VOLUME: `statedMinutes`, `startMinutes` (the first full week), `runningMinutes`
   * (its running part) and `minStartMinutes` (the smallest starting week). INJURY_ADJUSTED:
   * `achillesOrCalf` (1/0), `noFastWeeks`, `painMaxScore` (0–10), `rampPercent`, `downWeekEvery` (weeks).
   */
  readonly facts: Readonly<Record<string, number>>;
  /** INJURY_ADJUSTED: the injury the note is about (area as the runner named it, recent, recurring). */
  readonly injury?: { readonly area: string; readonly recent: boolean; readonly recurring: boolean };
  /** Plans stored before issue 11 §7 carry their English wording here; new plans never do. */
  readonly message?: string;
}

/**
 * What the builder knew that the plan's feasibility and race pace depend on, kept so adaptation can
 * recompute them on a new VDOT (absent on plans built before it existed: adaptation then falls back).
 */
export interface PlanBasis {
  readonly level: Level;
  /** Peak planned training week, km (race excluded): below the distance's adequate volume the race pace is conservative. */
  readonly peakWeekKm: number;
  /** The runner's daily cap, minutes (absent: none). */
  readonly maxDayMinutes?: number;
  /** The VDOT was estimated from an easy pace, not a race. */
  readonly vdotEstimated?: boolean;
}

export interface Plan {
  /** Rules version that built it: stored so old plans stay explainable after the engine changes. */
  readonly rulesVersion: string;
  /** Fitness the paces were computed from (absent for a runner with no race and no pace data). */
  readonly vdot?: number;
  /**
   * ISO date the VDOT was last set (by adaptation: a race, fitness evidence or a break). Absent means the
   * plan's first day. Adaptation uses it to raise VDOT at most every 4 weeks and to apply a change once.
   */
  readonly vdotSetOn?: string;
  readonly goal: GoalSpec;
  readonly feasibility: Feasibility;
  /** Inputs feasibility and race pace are recomputed from after a VDOT change (absent on older plans). */
  readonly basis?: PlanBasis;
  /** What the builder adjusted and the runner should know (absent on plans built before notes existed). */
  readonly notes?: readonly PlanNote[];
  readonly weeks: readonly Week[];
}

export type GoalDistance = '5k' | '10k' | 'half' | 'marathon' | 'fitness';

export interface GoalSpec {
  readonly distance: GoalDistance;
  /** Race day, ISO date (absent for general fitness: then `weeks` sets the horizon). */
  readonly raceDate?: string;
  /** Target finish time in seconds. */
  readonly targetTime?: number;
}
