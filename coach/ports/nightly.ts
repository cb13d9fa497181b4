/**
 * The nightly adaptation's store (`coach/adaptation/nightly-adaptation.ts`): which runners may be adapted,
 * one record per runner and local day (inserted once, so a second instance or a restart never adds
 * another), claimed in batches under a lease with `FOR UPDATE SKIP LOCKED`, and the bulk reads a batch
 * is judged on (one query per table for the whole batch, never one per runner).
 */
import type { AdaptationWrites } from '../model/adaptation-writes.js';
import type { Activity } from '../model/activity.js';
import type { Athlete } from '../model/athlete.js';
import type { Checkin } from '../model/checkin.js';
import type { RunnerState } from '../model/runner-state.js';
import type { StoredDecision } from '../model/stored-decision.js';
import type { StoredPlan } from './plan-repository.js';
import type { Repositories } from './repositories.js';

/** An onboarded runner with an active plan, as the scheduler judges them. */
export interface NightlyCandidate {
  readonly athleteId: string;
  /** IANA timezone: their local day. */
  readonly timezone: string;
  /** When a message of theirs last stored something; absent before their first. */
  readonly lastMessageAt?: Date;
  /** The latest local date they have a nightly record for. */
  readonly lastRunOn?: string;
}

/** One runner's nightly adaptation for one local date, claimed. */
export interface NightlyRun {
  readonly id: string;
  readonly athleteId: string;
  /** ISO date: the runner's "today" the rules run for. */
  readonly localDate: string;
  /** Claims so far, this one included. */
  readonly attempts: number;
}

/** What one runner's run is judged on: the same facts a message's adaptation reads. */
export interface NightlyInputs {
  /** The runner (their state document is parsed when this is first read: judging them needs none of it). */
  readonly athlete: Athlete;
  /** Their stated resting HR (bpm), the recovery baseline: all the rules need of the runner. */
  readonly restingHr?: number;
  readonly plan: StoredPlan;
  /** Their runs and check-ins dated `from` to the run's local date, and decisions dated from `from`. */
  readonly activities: readonly Activity[];
  readonly checkins: readonly Checkin[];
  readonly decisions: readonly StoredDecision[];
}

/**
 * One batch's unit of work (`NightlyRepository.locked`): its runners' rows locked, their inputs read under
 * the lock, and the writes of every runner the rules changed made for all of them at once.
 */
export interface NightlyBatch {
  /**
   * A runner's inputs, read under their row lock (built when asked for, once per runner: the batch's rows
   * stay as read until then); undefined for a runner gone, or without a plan now.
   */
  input(athleteId: string): NightlyInputs | undefined;
  /** The repositories of the same transaction (the outbox, for what the runner is told). */
  readonly repositories: Repositories;
  /**
   * Stores each runner's adaptation (at most one per runner) as `storeAdaptation` would through the
   * repositories, in a few statements for the whole batch: the decisions stored, by athlete id, in the
   * order of their writes.
   */
  store(
    adaptations: readonly { readonly athleteId: string; readonly writes: AdaptationWrites }[],
  ): Promise<ReadonlyMap<string, readonly StoredDecision[]>>;
  /** Saves runners' state documents (`AthleteRepository.saveState` without changes), in one statement. */
  saveStates(states: readonly { readonly athleteId: string; readonly state: RunnerState }[]): Promise<void>;
  /** Settles runs `workerId` holds as done, each with the decisions it stored; how many it settled. */
  done(
    runs: readonly { readonly id: string; readonly decisions: number }[],
    workerId: string,
    at: Date,
  ): Promise<number>;
}

export interface NightlyRepository {
  /** Every onboarded runner with an active plan (one query). */
  candidates(): Promise<readonly NightlyCandidate[]>;
  /**
   * Records runs to do (`pending`, due at `at`); a runner already recorded for that date is left as it
   * is. The number of records added.
   */
  schedule(runs: readonly { athleteId: string; localDate: string }[], at: Date): Promise<number>;
  /** Claims up to `limit` due runs (pending, failed and due, or a dead claimer's) for `workerId`. */
  claim(workerId: string, now: Date, leaseMs: number, limit: number): Promise<readonly NightlyRun[]>;
  /**
   * The inputs of each run's runner, by athlete id, read in bulk; a runner deleted (or whose plan went)
   * since is absent. `historyDays`: how far before each run's date runs, check-ins and decisions go.
   */
  inputs(runs: readonly NightlyRun[], historyDays: number): Promise<ReadonlyMap<string, NightlyInputs>>;
  /**
   * Runs `work` in one transaction with the runners of `runs` (one run each) locked `FOR UPDATE`, in id
   * order (a message of theirs waits for the batch, or the batch for it), and their inputs read under
   * the lock; a throw rolls every write of the batch back.
   */
  locked<T>(
    runs: readonly NightlyRun[],
    historyDays: number,
    work: (batch: NightlyBatch) => Promise<T>,
  ): Promise<T>;
  /** Settles runs `workerId` still holds as done, with the decisions each stored; how many it settled. */
  done(ids: readonly string[], workerId: string, decisions: number, at: Date): Promise<number>;
  /** A run that threw: due again at `retryAt` (`failed`), or given up (`dead`). */
  failed(id: string, workerId: string, error: string, retryAt: Date | undefined): Promise<boolean>;
}
