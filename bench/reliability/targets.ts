/**
 * The databases the reliability checks run on: a fresh embedded PGlite data directory, and a scratch
 * PostgreSQL database made for the run and dropped after it (admin URL: BENCH_DATABASE_URL, else
 * TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres). `inspect` opens the database from
 * this process to count rows; on PGlite only while no server holds the directory.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { createDatabase, type DatabaseHandle } from '../../db/client.js';

export type Engine = 'pglite' | 'postgres';

export interface Target {
  readonly engine: Engine;
  /** What the server process needs to open it. */
  readonly env: Record<string, string>;
  /** Runs `fn` on the database, opened from this process. */
  inspect<T>(fn: (db: DatabaseHandle) => Promise<T>): Promise<T>;
  /** Removes the directory or drops the database. */
  cleanup(): Promise<void>;
}

export const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

export function pgliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'runloop-reliability-'));
  return {
    engine: 'pglite',
    env: { DATA_DIR: dir },
    async inspect(fn) {
      const db = await createDatabase({ dataDir: dir, role: 'bench' });
      try {
        return await fn(db);
      } finally {
        await db.close();
      }
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A scratch PostgreSQL database, or undefined (with the reason) when the server is unreachable. */
export async function postgresTarget(): Promise<Target | { unreachable: string }> {
  const name = `runloop_rel_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await admin.unsafe(`create database "${name}"`);
  } catch (error) {
    await admin.end({ timeout: 1 });
    return { unreachable: String(error) };
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let handle: DatabaseHandle | undefined;
  return {
    engine: 'postgres',
    env: { DATABASE_URL: url.toString() },
    async inspect(fn) {
      handle ??= await createDatabase({ url: url.toString(), maxConnections: 2 });
      return fn(handle);
    },
    async cleanup() {
      await handle?.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
