/** Messages about what the runner logged: a run, the RPE question, a check-in, and undo. */
import type { Reason } from '../../rules/decision.js';
import type { Session } from '../../rules/plan/types.js';
import type { ActivityFileRefusal } from '../../rules/track/activity-file-limits.js';
import type { Progress, GrayZoneFlag, Readiness } from '../message-parts.js';

export type LoggingMessage =
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
      /** The run came from an activity file: what the file adds to the chat form. */
      readonly file?: ImportedFileFacts;
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
  | {
      /** An activity file that was not imported (nothing was stored), with the code and its facts. */
      readonly kind: 'activity-refused';
      readonly code: ActivityFileRefusal;
      /** `maxBytes` (too large), `field`/`value`/`min`/`max` (implausible), `startedAt` (future), `date` (already imported). */
      readonly facts?: Readonly<Record<string, unknown>>;
    };

/** What an imported activity file adds to "run logged" (units in the names: bpm, steps per minute, metres). */
export interface ImportedFileFacts {
  readonly format: 'gpx' | 'tcx' | 'fit';
  readonly maxHr?: number;
  readonly cadenceSpm?: number;
  readonly elevationGainM?: number;
  /** How many laps (or whole-kilometre splits) the file gave. */
  readonly laps?: number;
}
/** A question the coach has no answer for yet: said honestly, nothing stored. */
