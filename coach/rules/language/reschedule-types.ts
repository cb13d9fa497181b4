/** What a runner asks when they reschedule within a week (`reschedule.ts`), as data. */

/** A session as runners name it: its kind, or `quality` for "the workout" / "my hard session". */
export type MovableKind = 'intervals' | 'tempo' | 'long' | 'easy' | 'quality';

/**
 * "do the intervals tomorrow", "swap tuesday and thursday": the session (by kind, or the day it is on,
 * `from`) and the day it should move to (`to`), ISO dates resolved against the runner's today.
 */
export interface RescheduleAsk {
  readonly session?: MovableKind;
  readonly from?: string;
  readonly to: string;
}

/** "I can only run 3 days next week": run days for this week (`weekOffset` 0) or next (1). */
export interface DayLimitAsk {
  readonly runDays: number;
  readonly weekOffset: 0 | 1;
}
