/** Messages about the training: today, the week, paces, the long run, progress, race prediction, a run check, a mid-run cue, and topics outside coaching. */
import type { GoalDistance, Phase, Range, Session } from '../../rules/plan/types.js';
import type { MidRunCue } from '../../rules/in-run/run-report.js';
import type { HrCheck, PaceCheck } from '../../rules/assess/run-assessment.js';
import type { OutsideTopic } from '../../rules/language/coaching-questions.js';
import type { Progress, PaceSet, WeekDistribution, Readiness } from '../message-parts.js';

export type TrainingMessage =
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
    };
