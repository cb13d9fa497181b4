/**
 * Database factory: embedded PGlite (default, data on disk in DATA_DIR) or PostgreSQL via DATABASE_URL.
 * Same schema, same migrations, same repositories on both.
 */
import { mkdir } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { defaultPoolSize } from './pool-size.js';
import { pipelinedTransactions } from './pipelined-transactions.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { HostFsync } from './durable-node-fs.js';
import * as schema from './schema/index.js';

export type { DatabaseHandle, Db, Schema } from './handle.js';
import type { DatabaseHandle, Db } from './handle.js';

export type DatabaseOptions =
  | { readonly url: string; readonly maxConnections?: number }
  | {
      readonly dataDir: string;
      /** What opens it, written into the directory's lock (`service`, `chat`, `import`). */
      readonly role?: string;
      /**
       * Whether a commit is flushed to disk before it returns (default true, `DATA_DIR_FSYNC`): false is
       * PGlite as shipped, faster per write, and an OS crash or power cut can lose acknowledged writes.
       */
      readonly fsync?: boolean;
      /** The host flush a durable PGlite calls (default `fs.fsyncSync`; tests count with it). */
      readonly hostFsync?: HostFsync;
    }
  | { readonly pglite: PGlite };

/**
 * Opens the database described by `options` (a PGlite instance is taken as is, for tests). A data
 * directory is locked first, for this process alone (`db/data-dir-lock.ts`): when another live process
 * holds it, this throws `DataDirInUseError` naming that process, before PGlite reads a byte.
 */
export async function createDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if ('url' in options) return openPostgres(options.url, options.maxConnections ?? defaultPoolSize());
  // PGlite (its JavaScript and WebAssembly) is loaded only for the embedded database.
  const { openPglite, wrapPglite } = await import('./pglite-database.js');
  if ('dataDir' in options) {
    await mkdir(options.dataDir, { recursive: true });
    const lock = acquireDataDirLock(options.dataDir, options.role ?? 'runloop');
    try {
      return await openPglite(options, lock);
    } catch (error) {
      lock.release();
      throw error;
    }
  }
  return wrapPglite(options.pglite, undefined);
}

/**
 * The client with every parameterised statement prepared: postgres.js names and caches a statement per
 * connection (by its text and parameter types) only when a query asks for it, and drizzle asks only for
 * queries built with `.prepare()`. The repositories' statements have a fixed text, so each is parsed and
 * planned once per connection instead of once per message. Statements without parameters (migrations,
 * `select 1`) stay simple queries. Transactions and savepoints run on the same kind of client
 * (`pipelined-transactions.ts` hands them one).
 */
function preparing(client: postgres.Sql): postgres.Sql {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'unsafe')
        return (query: string, args?: unknown[], options?: Record<string, unknown>) =>
          target.unsafe(
            query,
            args as postgres.ParameterOrJSON<never>[],
            args && args.length > 0 ? { ...options, prepare: true } : options,
          );
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

function openPostgres(url: string, max: number): DatabaseHandle {
  // onnotice: PostgreSQL notices ("relation already exists, skipping") are not worth a log line.
  const client = postgres(url, { max, onnotice: () => {} });
  // A transaction's BEGIN goes out with its first statements (`pipelined-transactions.ts`).
  const db = drizzlePostgres(pipelinedTransactions(client, preparing), { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async withConnection(fn) {
      // A one-connection client: every statement, transactions included, runs on the same session.
      const single = postgres(url, { max: 1, onnotice: () => {} });
      try {
        return await fn(drizzlePostgres(single, { schema }) as unknown as Db);
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    async ping() {
      await db.execute(sql`select 1`);
    },
    announce() {},
    purgeDeleted() {},
    purgeIdle: () => Promise.resolve(),
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}
