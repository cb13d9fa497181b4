/**
 * Where one runner's messages wait for each other in this process before they open a transaction
 * (implemented by `coach/conversation/runner-queue.ts`).
 */
export interface RunnerQueue {
  /** Runs `work` once every earlier work for `athleteId` in this process has settled. */
  run<T>(athleteId: string, work: () => Promise<T>): Promise<T>;
  /** Runners with work queued or running (an idle runner is forgotten). */
  readonly size: number;
}
