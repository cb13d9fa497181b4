/**
 * What the voice-turn suite (bench/suites/voice-turn.ts) and its load process (bench/load/voice-turn.ts)
 * say to each other over the child-process IPC channel. Every time is in microseconds, taken in the load
 * process on one clock (`performance.now()`), from sending a webhook to reading its whole answer.
 */

/** Suite → load: the server listens at `baseUrl`; drive it. */
export interface Go {
  readonly type: 'go';
  readonly baseUrl: string;
  /** TWILIO_AUTH_TOKEN the server was started with: every webhook is signed with it. */
  readonly authToken: string;
  /** PUBLIC_BASE_URL the server was started with: every signature is over this URL + path. */
  readonly publicBaseUrl: string;
  readonly plan: LoadPlan;
}

/** The request the load process sends just before timing starts; the server's log lines after it count. */
export const TIMED_MARKER = '/health?timed';

/** How much load each phase sends. */
export interface LoadPlan {
  /** Runners with a plan and a linked phone; calls come from each in turn. */
  readonly runners: number;
  /** Untimed calls before anything is timed. */
  readonly warmupCalls: number;
  /** Timed calls: each is `/voice/incoming`, `rounds` × every turn kind, then `/voice/status`. */
  readonly calls: number;
  /** Times each call goes through the turn kinds. */
  readonly rounds: number;
  /** Sequential requests per reference figure (the refused webhook, `/health`). */
  readonly baseline: number;
}

/** One kind of turn sent to `/voice/gather`: its name in the output and the form fields it adds. */
export interface TurnKind {
  readonly name: string;
  readonly input: Readonly<Record<string, string>>;
}

export interface LoadResult {
  /** `POST /voice/gather` with a wrong signature: 403, nothing done past the signature check. */
  readonly refusedUs: number[];
  /** `GET /health`: routing and a JSON answer, no database. */
  readonly healthUs: number[];
  /** `POST /voice/incoming`: the caller found by phone, today's session, the greeting. */
  readonly incomingUs: number[];
  /** `POST /voice/gather` per turn kind, in the order of `TURN_KINDS`. */
  readonly turnsUs: number[][];
  /** `POST /voice/status` (completed): the reports stored as a check-in, the RPE question. */
  readonly statusUs: number[];
  /** Answers checked: 200 `text/xml` TwiML with at least one `<Say>` (status: 204). */
  readonly checked: number;
  /** What the first timed call heard on its greeting, for the output (to show the session was found). */
  readonly greeting: string;
}

/** Load → suite: listening for `Go`; then the figures, or why the run failed. */
export type LoadReport =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly result: LoadResult }
  | { readonly type: 'error'; readonly message: string };

/** The turns every round of a call sends to `/voice/gather`, in order. */
export const TURN_KINDS: readonly TurnKind[] = [
  {
    name: 'speech: "twenty minutes in, pace five ten, heart rate one sixty-five" (parse, cue)',
    input: {
      SpeechResult: 'twenty minutes in, pace five ten, heart rate one sixty-five',
      Confidence: '0.92000000',
    },
  },
  {
    name: 'speech: "how long left"',
    input: { SpeechResult: 'how long left', Confidence: '0.92000000' },
  },
  { name: 'keys: Digits=2 (ok)', input: { Digits: '2' } },
];
