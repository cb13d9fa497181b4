/**
 * The phone line's own lines (issue 13): who may call, the greeting with today's session, the in-run cue,
 * the call's asks, and its fallbacks. Facts only; worded in `templates/call.ts`, phone form first. Units:
 * minutes (`Minutes`), seconds per km (cue targets), ISO dates.
 */
import type { MidRunCue, NextStep } from '../../rules/in-run/run-report.js';
import type { Session, StepKind } from '../../rules/plan/types.js';

/** The keys a call offers, in order: easy, ok, hard, stop. */
export interface CallKeys {
  readonly easy: number;
  readonly ok: number;
  readonly hard: number;
  readonly stop: number;
}

export type CallMessage = { readonly kind: 'call' } & (
  | /** A number we do not know (or withheld): how to link a phone; nothing about any runner. */ {
      readonly line: 'unknown-caller';
    }
  | {
      readonly line: 'greeting';
      readonly date: string;
      /** Absent: no session today (rest day, or no plan). */
      readonly session?: Session;
      /** The runner has no active plan at all. */
      readonly noPlan?: boolean;
      /** A red flag was reported today: no running. */
      readonly redFlagToday?: boolean;
      /** Where the runner should be, from the day's first call: minutes in, the step and rep. */
      readonly position?: { readonly minutesIn: number; readonly step: NextStep; readonly rep?: number };
    }
  | { readonly line: 'listen'; readonly keys: CallKeys }
  | { readonly line: 'again' }
  | { readonly line: 'keys'; readonly keys: CallKeys }
  | {
      readonly line: 'cue';
      /** Absent: no session today, so there is nothing to coach against. */
      readonly cue?: MidRunCue;
      /** Minutes until the next part starts, when the position is known. */
      readonly nextInMinutes?: number;
      /** Size of the pace change the cue asks for, s/km, always positive (the cue says which way). */
      readonly changeSPerKm?: number;
      /** What the runner is in now (a rep, a recovery jog, the warm-up). */
      readonly stepKind?: StepKind;
    }
  | {
      readonly line: 'time-left';
      /** Absent: the position is not known. */
      readonly stepMinutesLeft?: number;
      readonly sessionMinutesLeft?: number;
      /** No session today. */
      readonly noSession?: boolean;
    }
  | {
      readonly line: 'next';
      readonly next: NextStep | null;
      readonly inMinutes?: number;
      readonly noSession?: boolean;
    }
  | /** Key 9 or "I'm stopping": the session ends for today. */ { readonly line: 'stopped' }
  | /** The RPE the runner gave afterwards for a call's session with no run logged. */ {
      readonly line: 'rated';
      readonly date: string;
      readonly rpe: number;
    }
);
