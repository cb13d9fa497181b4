/**
 * After a runner is deleted, their bytes must leave the data files, not only the rows. Measured on PGlite
 * with a marker string grepped in the data directory: a plain `VACUUM` frees the dead rows' space but
 * leaves their bytes in the heap pages (only an all-empty tail is cut off), and the WAL segment that
 * logged them keeps them too. `VACUUM FULL` rewrites each table into new files (the old ones are
 * unlinked), then a WAL switch and a checkpoint let the old segment go: afterwards no file holds the marker.
 *
 * On PGlite (one process, no autovacuum) this runs after each delete, in the background and coalesced:
 * deletes that come while a purge runs are covered by one more purge. VACUUM cannot run inside a
 * transaction, so it is sent on its own, after the delete's transaction committed.
 */
import { sql, type SQL } from 'drizzle-orm';

/** What a purge needs of the database: statements run one by one (db/client.ts's `Db` has it). */
interface Executes {
  execute(query: SQL): PromiseLike<unknown>;
}

/** Every table that holds a runner's rows (or their planned sessions), plus the inbox of their chats. */
export const RUNNER_TABLES = [
  'athletes',
  'goals',
  'fitness_snapshots',
  'plans',
  'planned_sessions',
  'activities',
  'checkins',
  'decisions',
  'processed_events',
  'calls',
  'outbox',
  'inbox',
  'runner_tokens',
  'audit_log',
  'nightly_adaptations',
] as const;

/** Rewrites the runner tables and drops the WAL that logged the deleted rows (PGlite). */
export async function purgeDeletedBytes(db: Executes): Promise<void> {
  // A recycled WAL segment is renamed with its old bytes in it: removed instead, it takes them along.
  await db.execute(sql`set wal_recycle = off`);
  for (const table of RUNNER_TABLES) await db.execute(sql.raw(`vacuum full "${table}"`));
  // Two switches and checkpoints: the segment that logged the rows is then behind the redo point.
  for (let i = 0; i < 2; i += 1) {
    await db.execute(sql`select pg_switch_wal()`);
    await db.execute(sql`checkpoint`);
  }
}

export interface PurgeScheduler {
  /** Asks for a purge (returns at once); the returned promise of `idle` settles when none is pending. */
  request(): void;
  idle(): Promise<void>;
}

/** Runs `purge` in the background after each request, one at a time, coalescing requests made meanwhile. */
export function createPurgeScheduler(
  purge: () => Promise<void>,
  onError: (error: unknown) => void,
): PurgeScheduler {
  let running: Promise<void> | undefined;
  let again = false;
  const loop = async (): Promise<void> => {
    do {
      again = false;
      try {
        await purge();
      } catch (error) {
        onError(error);
      }
    } while (again);
    running = undefined;
  };
  return {
    request() {
      if (running) {
        again = true;
        return;
      }
      // After the caller's own transaction: a macrotask later, and PGlite queues it behind any open one.
      running = new Promise((resolve) => setTimeout(resolve, 0)).then(loop);
    },
    idle: () => running ?? Promise.resolve(),
  };
}
