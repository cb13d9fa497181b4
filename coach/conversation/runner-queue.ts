/**
 * Messages of one runner take turns in this process before they open a transaction, questions too (so each
 * is answered after the messages sent before it, and one runner's flood of questions runs one at a time,
 * not beside every other runner's messages all at once). The runner's row lock already makes them take
 * turns in the database, but each waiter would hold a pooled connection while it waits: one runner sending
 * twelve messages at once would hold the whole pool and every other runner would wait behind them. Queued
 * here, a runner holds at most one connection of this process; other runners' messages go on as before.
 * Another process (a second instance) is still ordered by the row lock.
 *
 * A runner whose messages keep queuing behind each other (a client sending on many connections at once)
 * is also paced: the first `burst` go one after another as fast as they are answered, then one every
 * `1 / perSecond` s until nothing of theirs waits. One at a time is not enough on its own: the flood's
 * messages grow heavier as their history fills (a hundred runs logged in a day, each adaptation reading all
 * of them), and answered back to back they took half the process's time from every other runner. Nothing
 * is refused or lost; only the flood waits. A runner whose messages never wait for each other (someone
 * texting, a client that waits for each answer on one connection) is never paced.
 */
import type { RunnerQueue } from '../ports/runner-queue.js';

export interface RunnerQueueOptions {
  /** Messages a runner's queue answers back to back before pacing starts (default `DEFAULT_BURST`). */
  readonly burst?: number;
  /** Messages a second a runner's queue is answered at once its burst is spent (`DEFAULT_PER_SECOND`). */
  readonly perSecond?: number;
  /** Milliseconds on a monotonic clock (default `performance.now`). */
  readonly now?: () => number;
  /** Waits `ms` milliseconds (default a timer). */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * Back-to-back messages before pacing: above the concurrent clients of one runner the service is tested
 * with (20 retries of one idempotency key, 8 clients editing the plan), far above a person.
 */
export const DEFAULT_BURST = 20;
/** Paced rate, messages per second: a flood still answered, at about a tenth of the rate it asks for. */
export const DEFAULT_PER_SECOND = 5;

/** Tokens left and when they were last counted (ms), while the runner has work queued or running. */
interface Bucket {
  tokens: number;
  at: number;
}

const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createRunnerQueue({
  burst = DEFAULT_BURST,
  perSecond = DEFAULT_PER_SECOND,
  now = () => performance.now(),
  sleep = timer,
}: RunnerQueueOptions = {}): RunnerQueue {
  const tails = new Map<string, Promise<void>>();
  const buckets = new Map<string, Bucket>();

  /** Takes one of the runner's tokens, first waiting for one to be due when none is left. */
  async function turn(athleteId: string): Promise<void> {
    let bucket = buckets.get(athleteId);
    if (!bucket) buckets.set(athleteId, (bucket = { tokens: burst, at: now() }));
    const refill = () => {
      const t = now();
      bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) * perSecond) / 1000);
      bucket.at = t;
    };
    refill();
    if (bucket.tokens < 1) {
      await sleep(((1 - bucket.tokens) * 1000) / perSecond);
      refill();
    }
    bucket.tokens = Math.max(0, bucket.tokens - 1);
  }

  return {
    run<T>(athleteId: string, work: () => Promise<T>): Promise<T> {
      const before = tails.get(athleteId) ?? Promise.resolve();
      // An earlier failure is its own caller's: the next work runs all the same.
      const mine = before.then(() => turn(athleteId)).then(work);
      const tail = mine.then(
        () => undefined,
        () => undefined,
      );
      tails.set(athleteId, tail);
      void tail.then(() => {
        if (tails.get(athleteId) !== tail) return;
        tails.delete(athleteId);
        buckets.delete(athleteId);
      });
      return mine;
    },
    get size() {
      return tails.size;
    },
  };
}
