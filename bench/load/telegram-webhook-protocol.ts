/**
 * What the Telegram webhook suite (bench/suites/telegram-webhook.ts) and its load process
 * (bench/load/telegram-webhook.ts) say to each other over the child-process IPC channel.
 * Every time is in microseconds, taken in the load process on one clock (`performance.now()`).
 */

/** Load → suite: the fake Bot API is listening; start the server with TELEGRAM_API_ROOT = `url`. */
export interface FakeReady {
  readonly type: 'fake';
  readonly url: string;
}

/** Suite → load: the server listens at `baseUrl`; drive it. */
export interface Go {
  readonly type: 'go';
  readonly baseUrl: string;
  /** TELEGRAM_WEBHOOK_SECRET the server was started with. */
  readonly secret: string;
  readonly plan: LoadPlan;
}

/** How much load each phase sends. */
export interface LoadPlan {
  /** Onboarded runners (distinct chats) that the message phases talk as. */
  readonly chats: number;
  /** Untimed messages before anything is timed. */
  readonly warmup: number;
  /** Sequential requests per timed figure (baseline and messages). */
  readonly sequential: number;
  /** Fresh chats that each send `/start` once (first contact, timed separately). */
  readonly firstContacts: number;
  /** Messages per chat in the concurrent phase (all `chats` at once). */
  readonly concurrentPerChat: number;
}

/** One kind of update's timings: POST sent → HTTP answer, and POST sent → its last sendMessage recorded. */
export interface UpdateTimings {
  readonly httpUs: number[];
  readonly sentUs: number[];
}

export interface LoadResult {
  /** POST with a wrong secret (401, nothing processed): POST sent → HTTP answer. */
  readonly baselineUs: number[];
  /** `/start <zone>` from a fresh chat: creates the runner, two replies. */
  readonly firstContact: UpdateTimings;
  /** A question from an onboarded runner, one reply each; sequential. */
  readonly message: UpdateTimings;
  /** The same questions from every chat at once. */
  readonly concurrent: UpdateTimings & {
    /** Updates per second, POST of the first → sendMessage of the last. */
    readonly perSecond: number;
    /** Baseline requests per second with as many concurrent clients. */
    readonly baselinePerSecond: number;
  };
  /** sendMessage calls the fake recorded in all (checked against the updates sent). */
  readonly sendMessages: number;
}

/** Load → suite: the figures, or why the run failed. */
export type LoadReport =
  | { readonly type: 'result'; readonly result: LoadResult }
  | { readonly type: 'error'; readonly message: string };

export type LoadMessage = FakeReady | LoadReport;
