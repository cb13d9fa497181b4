/**
 * What the messages suite (bench/suites/messages.ts) and its load process (bench/load/messages.ts) say to
 * each other over the child-process IPC channel. Latencies are autocannon's per-response times in the load
 * process (ms, from writing the request to reading the whole answer), on loopback.
 */

/** The messages over the runners, in turn: runner `n % runners`, message `(n + ⌊n / runners⌋) % 4`. */
export const MESSAGE_MIX = [
  'ran 8k in 45:10 rpe 4',
  'what is today?',
  'slept 7h resting hr 52',
  'my paces',
] as const;

/** How much load each phase sends. */
export interface LoadPlan {
  /** Onboarded runners with a plan, made through the API before anything is timed. */
  readonly runners: number;
  /** Concurrent connections of each timed phase (the flood's are extra). */
  readonly connections: number;
  /** Seconds of each timed phase. */
  readonly durationS: number;
  /** Seconds of untimed message load after the warm-up check. */
  readonly warmupS: number;
  /**
   * Times the pair of phases (bare `/health`, then the messages) is run: the machine's own load moves both
   * figures between runs, so the reported pair is the one of median ratio, and every pair is shown.
   */
  readonly rounds: number;
  /** Concurrent connections sending for one runner in the flood phase. */
  readonly floodConnections: number;
  /** The other runners' rate in the flood phases, as a share of the messages phase's requests/s. */
  readonly othersShare: number;
}

/** Suite → load: the server listens at `baseUrl`; drive it. */
export interface Go {
  readonly type: 'go';
  readonly baseUrl: string;
  readonly plan: LoadPlan;
}

/** One timed phase as autocannon saw it. */
export interface PhaseFigures {
  /** Responses received in the phase. */
  readonly responses: number;
  /** Requests completed per second: autocannon's mean, or for a paced phase its answers over its seconds. */
  readonly perSecond: number;
  readonly seconds: number;
  /** Per-response latency, ms. */
  readonly latencyMs: {
    readonly mean: number;
    readonly p50: number;
    readonly p97_5: number;
    readonly p99: number;
    readonly max: number;
  };
  /** Connection errors (timeouts included). */
  readonly errors: number;
  readonly timeouts: number;
  /** Responses other than 200, by status. */
  readonly not200: Readonly<Record<string, number>>;
}

/** A message of the mix sent once before the load, and the coach's first reply to it. */
export interface Checked {
  readonly text: string;
  readonly reply: string;
  readonly events: readonly string[];
}

export interface LoadResult {
  readonly runners: number;
  readonly checked: readonly Checked[];
  /** `GET /health`: routing and a small JSON answer, no database (the round of median ratio). */
  readonly health: PhaseFigures;
  /** `POST /api/athletes/:id/messages`, the mix over every runner (the same round). */
  readonly messages: PhaseFigures;
  /** Every round's pair, in the order run. */
  readonly rounds: readonly { readonly health: PhaseFigures; readonly messages: PhaseFigures }[];
  /** Every runner but the first, at `othersShare` of the messages rate, alone. */
  readonly othersAlone: PhaseFigures;
  /** The same, while the first runner sends on `floodConnections` connections at once. */
  readonly othersFlooded: PhaseFigures;
  /** The flooding runner's own figures. */
  readonly flood: PhaseFigures;
  /** The rate the other runners were held to in the flood phases, requests/s. */
  readonly othersRate: number;
}

/** Load → suite: listening for `Go`; then the figures, or why the run failed. */
export type LoadReport =
  | { readonly type: 'ready' }
  | { readonly type: 'seeded' }
  | { readonly type: 'result'; readonly result: LoadResult }
  | { readonly type: 'error'; readonly message: string };
