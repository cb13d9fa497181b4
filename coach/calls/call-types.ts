/**
 * The phone line's front door (issue 13): what a voice channel (Twilio webhooks, the browser call page,
 * `runloop call` in a terminal) hands the coach for each step of a call, and what it gets back to say.
 * The channel renders a `CallStep` as TwiML (`<Say>` the lines, then `<Gather>` or `<Hangup/>`); the coach
 * decides everything else. Lines are worded in the persona's phone form by templates only (no LLM inside
 * the in-run budget).
 */
import type { Reply } from '../prompts/coach-message.js';

/**
 * A call as it starts: Twilio's `CallSid` and `From` (E.164, `anonymous` when withheld, or
 * `client:<identity>` from the browser call page).
 */
export interface CallStart {
  readonly callSid: string;
  readonly from: string;
  /**
   * The runner, when the channel has already identified the caller (the browser call page's verified
   * link); absent, the caller is found by `from` (E.164 only).
   */
  readonly athleteId?: string;
  /** When the call reached us; defaults to the coach's clock. */
  readonly at?: Date;
}

/** What the caller did at one `<Gather>`: speech (with Twilio's confidence 0–1), keys, or nothing. */
export type CallInput =
  | { readonly speech: string; readonly confidence?: number }
  | { readonly digits: string }
  | { readonly silence: true };

export interface CallTurn {
  readonly callSid: string;
  readonly from: string;
  readonly input: CallInput;
  /**
   * The browser identity (`client:<identity>`) the channel gives a runner, when browser calls are on: a
   * turn from a `client:` caller goes on only when `from` is this for the call's runner; absent, every
   * `client:` turn is refused.
   */
  readonly clientIdentityOf?: (athleteId: string) => string;
  readonly at?: Date;
}

/** How a call ended (Twilio's `CallStatus` on the status callback). */
export interface CallEnd {
  readonly callSid: string;
  readonly from: string;
  readonly status: 'completed' | 'busy' | 'failed' | 'no-answer' | 'canceled';
  /** Seconds the call lasted (`CallDuration`), when known. */
  readonly durationSeconds?: number;
  readonly at?: Date;
}

/**
 * What to do next on the line: say `lines` (each a worded reply in the phone form), then listen again
 * (`gather`, with `hints` for speech recognition and whether keys are offered) or hang up.
 */
export interface CallStep {
  readonly lines: readonly Reply[];
  readonly next: 'gather' | 'hangup';
  /** Words and phrases speech recognition should expect (paces, heart rates, body words). */
  readonly hints?: readonly string[];
  /** Keys are offered on this step (1 easy, 2 ok, 3 hard, 9 stop). */
  readonly keys?: boolean;
}
