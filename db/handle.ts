/** What either engine's database is to the rest of the code (`client.ts` opens one). */
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The drizzle database both drivers share. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` on one dedicated connection (advisory locks are per connection). */
  withConnection<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /**
   * Records in the data directory's lock where this process listens (`http://127.0.0.1:3000`), so a
   * second process refused the directory can name it; nothing on PostgreSQL or a PGlite given as is.
   */
  announce(url: string): void;
  /**
   * Asks for a deleted runner's bytes to be purged from the data files (`db/purge-deleted.ts`), in the
   * background, after the delete committed: PGlite rewrites the runner tables; on PostgreSQL autovacuum
   * frees the space (the bytes stay until pages are reused or an operator runs `VACUUM FULL`).
   */
  purgeDeleted(): void;
  /** Resolves once no purge is pending or running. */
  purgeIdle(): Promise<void>;
  /** Closes the database, then releases the data directory's lock. */
  close(): Promise<void>;
}
