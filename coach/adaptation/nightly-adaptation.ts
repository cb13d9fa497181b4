/**
 * The nightly adaptation: every runner gets the day's adaptation even when they wrote nothing, so a missed
 * session, a break or the load is acted on without waiting for a message.
 *
 * When a day is "done": from `fromHour` (local, default 03:00, before the day's session) on local date D,
 * the runner's D-1 is over, and the job adapts them for D exactly as a message sent on D would
 * (`applyAdaptation(repos, athlete, D)`: D-1's unlogged session is marked missed, a break or the load
 * changes the sessions from D on). Who qualifies: onboarded, an active plan, and nothing stored from a
 * message of theirs on D-1 or D so far (`lastMessageAt`; a question alone stores nothing and does not
 * count: it never adapts). One record per runner and D (`NightlyRepository.schedule`), claimed in batches
 * under a lease: two instances or a restart never adapt a runner twice for the same day, and a run whose
 * claimer died is taken again when its lease ends (adapting again for the same day stores nothing new).
 *
 * A batch is one unit of work: its runners' rows are locked (`FOR UPDATE`, in id order: a message of
 * theirs waits for the batch, or the batch for it) and their facts read under the lock in bulk (one
 * query per table for the whole batch); the rules run once for each runner, in memory
 * (`planAdaptation`, the same a message's `applyAdaptation` runs, on the same facts), and what they
 * change for the runners with a new decision is stored for all of them at once
 * (`NightlyBatch.store`: the writes `storeAdaptation` makes one by one, in a few statements), so the
 * decisions stored are those a message would have stored. When they change a Telegram runner's coming
 * sessions, the message saying so goes into the outbox in that unit of work (worded by coach/prompts,
 * with Accept / Keep original). A batch that throws stores nothing and its runners are adapted again one
 * by one, each in their own unit of work, so one runner's failure is retried later without the others'.
 */
import { randomUUID } from 'node:crypto';
import { dueRuns } from './due-runs.js';
import { tellAdapted } from './nightly-tell.js';
import type { Clock } from '../ports/clock.js';
import type { AdaptationWrites } from '../model/adaptation-writes.js';
import type { Athlete } from '../model/athlete.js';
import type { RunnerState } from '../model/runner-state.js';
import type { NightlyRepository, NightlyRun } from '../ports/nightly.js';
import type { UnitOfWork } from '../ports/repositories.js';
import {
  CLAIM_DEFAULTS,
  createPollLoop,
  silentLogger,
  type DeliveryLogger,
  type PollLoop,
} from '../delivery/poll-loop.js';
import { HISTORY_DAYS, historyOf } from '../history.js';
import { adaptationOutcome, applyAdaptation, planAdaptation } from './apply-adaptation.js';

/** The local hour (0–23) from which a runner's previous day counts as done: 03:00, before most runs. */
export const NIGHTLY_FROM_HOUR = 3;
/** Tries before a run that keeps throwing is given up (`dead`); a failed run is due again an hour later. */
export const NIGHTLY_MAX_ATTEMPTS = 3;
const RETRY_MS = 60 * 60_000;
/** Time between passes: runners come due as their local hour comes, so every 5 minutes is soon enough. */
export const NIGHTLY_POLL_MS = 5 * 60_000;
/** Batches in flight per pass: enough to overlap the database's work with the rules' (two cores). */
export const NIGHTLY_CONCURRENCY = 4;

export interface NightlyDeps {
  readonly unitOfWork: UnitOfWork;
  readonly nightly: NightlyRepository;
  readonly clock: Clock;
  /** Who claims (default: a random id per instance). */
  readonly workerId?: string;
  /** Local hour (0–23) from which a runner is adapted for the day (default `NIGHTLY_FROM_HOUR`). */
  readonly fromHour?: number;
  /** Runs claimed and read per batch (default `CLAIM_DEFAULTS.batch`). */
  readonly batch?: number;
  /** How long a claim holds, ms (default `CLAIM_DEFAULTS.leaseMs`). */
  readonly leaseMs?: number;
  /** How often `start()` runs a pass, ms (default `NIGHTLY_POLL_MS`). */
  readonly pollMs?: number;
  /**
   * Batches a pass works on at once (default `NIGHTLY_CONCURRENCY`): while one waits on the database
   * another runs its rules, so PostgreSQL and Node each keep a core busy. On PGlite they take turns.
   */
  readonly concurrency?: number;
  readonly logger?: DeliveryLogger;
}

/** What a pass did. */
export interface NightlyPass {
  /** Records added (runners newly due). */
  readonly scheduled: number;
  /** Runs claimed and settled. */
  readonly claimed: number;
  /** Runners the rules changed something for (decisions stored). */
  readonly adapted: number;
  /** Decisions stored. */
  readonly decisions: number;
  /** Telegram messages enqueued. */
  readonly enqueued: number;
  /** Runs that threw (due again later, or given up). */
  readonly failed: number;
}

const NONE: NightlyPass = { scheduled: 0, claimed: 0, adapted: 0, decisions: 0, enqueued: 0, failed: 0 };

const sum = (a: NightlyPass, b: NightlyPass): NightlyPass => ({
  scheduled: a.scheduled + b.scheduled,
  claimed: a.claimed + b.claimed,
  adapted: a.adapted + b.adapted,
  decisions: a.decisions + b.decisions,
  enqueued: a.enqueued + b.enqueued,
  failed: a.failed + b.failed,
});

export { dueRuns };

export interface NightlyAdaptation extends PollLoop {
  /** Records the runs due now; the number added. */
  schedule(): Promise<number>;
  /** Claims one batch and adapts it; `claimed: 0` when nothing was due. */
  runBatch(): Promise<NightlyPass>;
  /** Schedules, then runs batches until none is due (or `stop()` was called: it ends after the batch). */
  pass(): Promise<NightlyPass>;
}

export function createNightlyAdaptation(deps: NightlyDeps): NightlyAdaptation {
  const { unitOfWork, nightly, clock } = deps;
  const workerId = deps.workerId ?? `nightly-${randomUUID()}`;
  const fromHour = deps.fromHour ?? NIGHTLY_FROM_HOUR;
  const batch = deps.batch ?? CLAIM_DEFAULTS.batch;
  const leaseMs = deps.leaseMs ?? CLAIM_DEFAULTS.leaseMs;
  const logger = deps.logger ?? silentLogger;

  /** The runner adapted alone, in their own unit of work with their row locked (a batch that threw). */
  async function adaptRunner(run: NightlyRun, now: Date): Promise<{ decisions: number; enqueued: number }> {
    return unitOfWork.run(async (repos) => {
      const athlete = await repos.athletes.lockForUpdate(run.athleteId);
      if (!athlete) return { decisions: 0, enqueued: 0 };
      const outcome = await applyAdaptation(repos, athlete, run.localDate);
      if (outcome.decisions.length === 0) return { decisions: 0, enqueued: 0 };
      const told = await tellAdapted(repos, athlete, outcome, run.localDate, now);
      if (told.state) await repos.athletes.saveState(athlete.id, told.state);
      return { decisions: outcome.decisions.length, enqueued: told.enqueued };
    });
  }

  /** Each run in its own unit of work: one that throws is retried later, the others are settled. */
  async function runEach(runs: readonly NightlyRun[], now: Date): Promise<NightlyPass> {
    let result: NightlyPass = { ...NONE, claimed: runs.length };
    for (const run of runs) {
      try {
        const done = await adaptRunner(run, now);
        await nightly.done([run.id], workerId, done.decisions, clock.now());
        result = sum(result, {
          ...NONE,
          adapted: done.decisions > 0 ? 1 : 0,
          decisions: done.decisions,
          enqueued: done.enqueued,
        });
      } catch (error) {
        const code = error instanceof Error ? error.name : 'unknown';
        const retry = run.attempts < NIGHTLY_MAX_ATTEMPTS ? new Date(now.getTime() + RETRY_MS) : undefined;
        await nightly.failed(run.id, workerId, code, retry);
        logger.error(
          { error: code, athleteId: run.athleteId, date: run.localDate },
          'nightly adaptation failed',
        );
        result = sum(result, { ...NONE, failed: 1 });
      }
    }
    return result;
  }

  /**
   * The batch in one unit of work: its runners locked and read, the rules run once for each, the writes
   * of those with something new stored for all of them at once, every run settled.
   */
  async function runLocked(runs: readonly NightlyRun[], now: Date): Promise<NightlyPass> {
    return nightly.locked(runs, HISTORY_DAYS, async (batch) => {
      const settled: { id: string; decisions: number }[] = [];
      // Only what is stored and said is kept of a changed runner: the rest of their inputs dies young.
      const changed: { run: NightlyRun; athlete: Athlete; writes: AdaptationWrites }[] = [];
      for (const run of runs) {
        const input = batch.input(run.athleteId);
        const writes =
          input &&
          planAdaptation(
            {
              active: input.plan.plan,
              history: historyOf(input, input.activities, input.checkins),
              stored: input.decisions,
            },
            run.localDate,
          );
        // A runner gone (or without a plan now), or for whom the rules find nothing new: settled as is.
        if (writes) changed.push({ run, athlete: input!.athlete, writes });
        else settled.push({ id: run.id, decisions: 0 });
      }
      const stored = await batch.store(
        changed.map((c) => ({ athleteId: c.run.athleteId, writes: c.writes })),
      );
      let result: NightlyPass = { ...NONE, claimed: runs.length };
      const states: { athleteId: string; state: RunnerState }[] = [];
      for (const { run, athlete, writes } of changed) {
        const outcome = adaptationOutcome(writes, stored.get(run.athleteId) ?? []);
        const told = await tellAdapted(batch.repositories, athlete, outcome, run.localDate, now);
        if (told.state) states.push({ athleteId: run.athleteId, state: told.state });
        settled.push({ id: run.id, decisions: outcome.decisions.length });
        result = sum(result, {
          ...NONE,
          adapted: outcome.decisions.length > 0 ? 1 : 0,
          decisions: outcome.decisions.length,
          enqueued: told.enqueued,
        });
      }
      await batch.saveStates(states);
      await batch.done(settled, workerId, clock.now());
      return result;
    });
  }

  async function runBatch(): Promise<NightlyPass> {
    const now = clock.now();
    const runs = await nightly.claim(workerId, now, leaseMs, batch);
    if (runs.length === 0) return NONE;
    // A runner with two runs claimed (a day retried beside the next): their earliest day in the batch,
    // the later ones alone after it, in date order.
    const seen = new Set<string>();
    const first: NightlyRun[] = [];
    const again: NightlyRun[] = [];
    const byDate = [...runs].sort((a, b) =>
      a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : 0,
    );
    for (const run of byDate) {
      if (seen.has(run.athleteId)) again.push(run);
      else {
        seen.add(run.athleteId);
        first.push(run);
      }
    }
    let result: NightlyPass;
    try {
      result = await runLocked(first, now);
    } catch (error) {
      // Nothing of the batch was stored: each runner again in their own unit of work, so the one that
      // throws is retried later and the others are settled.
      logger.warn(
        { error: error instanceof Error ? error.name : 'unknown', runs: first.length },
        'nightly batch failed, adapting its runners one by one',
      );
      result = await runEach(first, now);
    }
    return again.length === 0 ? result : sum(result, await runEach(again, now));
  }

  async function schedule(): Promise<number> {
    const now = clock.now();
    const due = dueRuns(await nightly.candidates(), now, fromHour);
    return due.length === 0 ? 0 : nightly.schedule(due, now);
  }

  let stopping = false;
  async function pass(): Promise<NightlyPass> {
    let total: NightlyPass = { ...NONE, scheduled: await schedule() };
    // Each lane claims its own batches (SKIP LOCKED keeps them apart) until none is due.
    const lane = async () => {
      while (!stopping) {
        const one = await runBatch();
        if (one.claimed === 0) return;
        total = sum(total, one);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, deps.concurrency ?? NIGHTLY_CONCURRENCY) }, lane));
    if (total.claimed > 0) logger.info({ ...total }, 'nightly adaptation pass');
    return total;
  }
  const loop = createPollLoop(pass, { pollMs: deps.pollMs ?? NIGHTLY_POLL_MS, logger, name: 'nightly' });
  return {
    schedule,
    runBatch,
    pass,
    start: () => {
      stopping = false;
      loop.start();
    },
    notify: () => loop.notify(),
    async stop() {
      // A pass over many runners ends after its batch: shutdown does not wait for the whole night.
      stopping = true;
      await loop.stop();
    },
  };
}
