/**
 * Runners' active plans kept in the process between messages. Reading a plan is the largest cost of a
 * message that reads one (~130 session rows with JSON to parse and map; a run's or a check-in's CPU halves
 * without it), and a plan changes far less often than it is read.
 *
 * A copy is never trusted on its own: it is kept with the plan's `revision` (`plans.revision`, which the
 * database bumps after every statement that writes the plan's sessions, whoever runs it), and the plan
 * repository uses it only when the row it reads says the same plan and revision. Revisions only grow, so a
 * copy whose revision was passed is never taken again.
 *
 * A unit of work gets its own view (`staged`): what it reads and writes inside its transaction is kept
 * there (it may see its own uncommitted writes) and reaches the process's copies only once the transaction
 * committed (`publish`); a rolled-back one leaves them as they were. Entries are frozen: every reader gets
 * the same objects.
 */
import type { StoredPlan } from '../coach/ports/plan-repository.js';

/** A runner's active plan as of `revision` of its row. */
export interface CachedPlan {
  readonly revision: number;
  readonly plan: StoredPlan;
  /**
   * Set while the write that makes this the plan is not answered yet (a unit of work's own, kept as the
   * plan will stand so a read asked for right behind it finds it): true once the row it changed is the
   * one expected. A reader waits for it before taking the copy.
   */
  readonly confirmed?: Promise<boolean>;
}

export interface PlanCacheView {
  /** The runner's kept plan, if any (to be checked against the row's revision before use). */
  get(athleteId: string): CachedPlan | undefined;
  /** Keeps `entry` as the runner's plan (frozen). */
  set(athleteId: string, entry: CachedPlan): void;
  /** Drops the runner's plan. */
  forget(athleteId: string): void;
}

export interface PlanCache extends PlanCacheView {
  /** A view for one transaction: its changes reach this cache only through `publish`. */
  staged(): StagedPlanCache;
  /** Plans kept now. */
  readonly size: number;
}

export interface StagedPlanCache extends PlanCacheView {
  /** Hands the transaction's changes to the process's cache (call after the commit). */
  publish(): void;
}

/** Plans kept by default: ~110 kB each for a 26-week plan (~130 sessions), so ~30 MB of heap when full. */
export const DEFAULT_PLAN_CACHE_ENTRIES = 256;

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}

/** A process's plans, the least recently used dropped past `maxEntries`. */
export function createPlanCache({ maxEntries = DEFAULT_PLAN_CACHE_ENTRIES } = {}): PlanCache {
  const entries = new Map<string, CachedPlan>();
  const cache: PlanCache = {
    get(athleteId) {
      const entry = entries.get(athleteId);
      if (entry === undefined) return undefined;
      entries.delete(athleteId);
      entries.set(athleteId, entry);
      return entry;
    },
    set(athleteId, entry) {
      entries.delete(athleteId);
      entries.set(athleteId, deepFreeze(entry));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    forget(athleteId) {
      entries.delete(athleteId);
    },
    get size() {
      return entries.size;
    },
    staged: () => stagedOver(cache),
  };
  return cache;
}

/** What a transaction changed: a new entry, or `null` for one it dropped. */
function stagedOver(base: PlanCacheView): StagedPlanCache {
  const changes = new Map<string, CachedPlan | null>();
  return {
    get(athleteId) {
      const changed = changes.get(athleteId);
      return changed === undefined ? base.get(athleteId) : (changed ?? undefined);
    },
    set(athleteId, entry) {
      changes.set(athleteId, deepFreeze(entry));
    },
    forget(athleteId) {
      changes.set(athleteId, null);
    },
    publish() {
      for (const [athleteId, entry] of changes)
        if (entry === null) base.forget(athleteId);
        else base.set(athleteId, entry);
      changes.clear();
    },
  };
}

/** No plan is kept (tests, tools): every read goes to the database. */
export const NO_PLAN_CACHE: PlanCache = {
  get: () => undefined,
  set: () => {},
  forget: () => {},
  size: 0,
  staged: () => ({ get: () => undefined, set: () => {}, forget: () => {}, publish: () => {} }),
};
