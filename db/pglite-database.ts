/**
 * The embedded database: PGlite on a data directory (flushed to disk on commit unless told otherwise,
 * `durable-node-fs.ts`), or a PGlite instance taken as is (tests). Imported by `client.ts` only when the
 * embedded database is asked for, so a service on PostgreSQL never loads PGlite.
 */
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { DatabaseHandle, Db } from './handle.js';
import type { DataDirLock } from './data-dir-lock.js';
import { DurableNodeFS, durableStartParams, type HostFsync } from './durable-node-fs.js';
import { createPurgeScheduler, purgeDeletedBytes } from './purge-deleted.js';
import * as schema from './schema/index.js';

/** PGlite on `dataDir`, whose `lock` this process already holds (the handle releases it on close). */
export async function openPglite(
  options: { readonly dataDir: string; readonly fsync?: boolean; readonly hostFsync?: HostFsync },
  lock: DataDirLock,
): Promise<DatabaseHandle> {
  const client =
    options.fsync === false
      ? new PGlite(options.dataDir)
      : new PGlite({
          fs: new DurableNodeFS(options.dataDir, options.hostFsync),
          startParams: durableStartParams(),
        });
  await client.waitReady;
  return wrapPglite(client, lock);
}

/** `lock` is set when the handle owns the PGlite it opened on a data directory (and closes it). */
export function wrapPglite(client: PGlite, lock: DataDirLock | undefined): DatabaseHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const purges = createPurgeScheduler(
    () => purgeDeletedBytes(db),
    // The rows are gone already; a failed purge only leaves bytes until the next one.
    () => {},
  );
  return {
    db,
    kind: 'pglite',
    // PGlite is a single connection already.
    withConnection: (fn) => fn(db),
    async ping() {
      await db.execute(sql`select 1`);
    },
    announce(url) {
      lock?.announce(url);
    },
    purgeDeleted: () => purges.request(),
    purgeIdle: () => purges.idle(),
    async close() {
      await purges.idle();
      if (!lock) return;
      try {
        if (!client.closed) await client.close();
      } finally {
        lock.release();
      }
    },
  };
}
