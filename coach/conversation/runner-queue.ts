/**
 * Messages of one runner take turns in this process before they open a transaction, questions too (so each
 * is answered after the messages sent before it, and one runner's flood of questions runs one at a time,
 * not beside every other runner's messages all at once). The runner's row
 * lock already makes them take turns in the database, but each waiter would hold a pooled connection
 * while it waits: one runner sending twelve messages at once would hold the whole pool and every other
 * runner would wait behind them. Queued here, a runner holds at most one connection of this process;
 * other runners' messages go on as before. Another process (a second instance) is still ordered by the
 * row lock.
 */
import type { RunnerQueue } from '../ports/runner-queue.js';

export function createRunnerQueue(): RunnerQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    run<T>(athleteId: string, work: () => Promise<T>): Promise<T> {
      const before = tails.get(athleteId) ?? Promise.resolve();
      // An earlier failure is its own caller's: the next work runs all the same.
      const mine = before.then(work);
      const tail = mine.then(
        () => undefined,
        () => undefined,
      );
      tails.set(athleteId, tail);
      void tail.then(() => {
        if (tails.get(athleteId) === tail) tails.delete(athleteId);
      });
      return mine;
    },
    get size() {
      return tails.size;
    },
  };
}
