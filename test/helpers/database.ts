/**
 * Runs a database suite on both engines: embedded PGlite (one instance per test file, tables emptied
 * between tests) and PostgreSQL at TEST_DATABASE_URL (a fresh database per test file, dropped after).
 * Without TEST_DATABASE_URL the PostgreSQL run is skipped with a visible notice; with
 * TEST_REQUIRE_POSTGRES=1 (set by .ci/run) an unset or unreachable server fails the run instead.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { createDatabase, type DatabaseHandle } from '../../db/client.js';
import { migrateDatabase, rows } from '../../db/migrate.js';

export type Engine = 'pglite' | 'postgres';

const postgresUrl = process.env.TEST_DATABASE_URL;
const postgresRequired = process.env.TEST_REQUIRE_POSTGRES === '1';
let noticeShown = false;

/** The engines this run covers. */
export function engines(): Engine[] {
  if (postgresUrl) return ['pglite', 'postgres'];
  if (postgresRequired) throw new Error('TEST_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
  if (!noticeShown) {
    noticeShown = true;
    console.warn(
      '\n[runloop tests] TEST_DATABASE_URL is not set: PostgreSQL runs are SKIPPED (PGlite only). ' +
        'Set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them.\n',
    );
  }
  return ['pglite'];
}

/** Creates an empty PostgreSQL database for one test file; returns its URL and a drop function. */
export async function createScratchPostgres(
  prefix = 'runloop_t',
): Promise<{ url: string; drop(): Promise<void> }> {
  if (!postgresUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(postgresUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin.unsafe(`create database "${name}"`);
  } catch (error) {
    await admin.end();
    throw new Error(
      `PostgreSQL at TEST_DATABASE_URL is unreachable or refused CREATE DATABASE: ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** Empties every application table (not the migrations journal). */
export async function truncateAll(handle: DatabaseHandle): Promise<void> {
  const result = await handle.db.execute<{ tablename: string }>(
    sql`select tablename from pg_tables where schemaname = 'public'`,
  );
  const names = rows<{ tablename: string }>(result).map((r) => `"public"."${r.tablename}"`);
  if (names.length > 0)
    await handle.db.execute(sql.raw(`truncate ${names.join(', ')} restart identity cascade`));
}

export interface DatabaseContext {
  readonly engine: Engine;
  /** The migrated database; valid inside tests (after beforeAll). */
  readonly handle: DatabaseHandle;
}

/** Opens a migrated database of `engine` for this file and empties it before each test. */
export function useDatabase(engine: Engine): DatabaseContext {
  let handle: DatabaseHandle | undefined;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (engine === 'pglite') {
      const pglite = new PGlite();
      drop = () => pglite.close();
      handle = await createDatabase({ pglite });
    } else {
      const scratch = await createScratchPostgres();
      drop = scratch.drop;
      handle = await createDatabase({ url: scratch.url, maxConnections: 4 });
    }
    await migrateDatabase(handle);
  });
  beforeEach(async () => {
    if (handle) await truncateAll(handle);
  });
  afterAll(async () => {
    await handle?.close();
    await drop?.();
  });
  return {
    engine,
    get handle() {
      if (!handle) throw new Error('database not open yet: use it inside a test');
      return handle;
    },
  };
}

/** `describe` once per engine, each with its own migrated database. */
export function describeEachDatabase(title: string, suite: (ctx: DatabaseContext) => void): void {
  for (const engine of engines()) {
    describe(`${title} [${engine}]`, () => {
      suite(useDatabase(engine));
    });
  }
}
