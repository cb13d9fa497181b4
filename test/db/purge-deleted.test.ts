/**
 * A deleted runner's bytes leave PGlite's data files (db/purge-deleted.ts): a marker string in their name
 * and messages is found in the data directory before the delete and in no file after it (heap, indexes,
 * TOAST and WAL alike), while the other runner's data stays.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { createDatabase } from '../../db/client.js';
import { migrateDatabase, rows } from '../../db/migrate.js';
import { RUNNER_TABLES } from '../../db/purge-deleted.js';
import { SAMPLE_PROFILE, buildTestApp } from '../helpers/app.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../helpers/process.js';

const dir = mkdtempSync(join(tmpdir(), 'runloop-purge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MARKER = 'Zq7MarkerRunnerXw';

/** The data directory's files whose bytes contain `needle`. */
function filesHolding(root: string, needle: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (readFileSync(path).includes(needle)) found.push(path.slice(root.length));
    }
  };
  walk(root);
  return found;
}

it(
  'after a delete no data file holds the runner’s bytes, and the other runner is intact',
  async () => {
    const handle = await createDatabase({ dataDir: dir });
    try {
      await migrateDatabase(handle);
      const app = await buildTestApp(handle);
      const create = async (name: string) =>
        (
          (
            await app.inject({
              method: 'POST',
              url: '/api/athletes',
              payload: { name, timezone: 'Europe/Lisbon', ...SAMPLE_PROFILE },
            })
          ).json() as { id: string }
        ).id;
      const gone = await create(MARKER);
      const kept = await create('Kept Runner');
      for (const id of [gone, kept])
        for (const text of ['ran 5k in 27 min', `slept 7h, note ${id === gone ? MARKER : 'other'}`])
          await app.inject({ method: 'POST', url: `/api/athletes/${id}/messages`, payload: { text } });
      await handle.db.execute(sql`checkpoint`);
      expect(filesHolding(dir, MARKER).length).toBeGreaterThan(0);

      expect((await app.inject({ method: 'DELETE', url: `/api/athletes/${gone}` })).statusCode).toBe(204);
      await handle.purgeIdle();
      expect(filesHolding(dir, MARKER)).toEqual([]);
      expect((await app.inject(`/api/athletes/${kept}/activities`)).json()).toHaveLength(1);
      await app.close();
    } finally {
      await handle.close();
    }
  },
  PROCESS_TEST_TIMEOUT_MS,
);

describe('RUNNER_TABLES', () => {
  it('names every table with an athlete_id column', async () => {
    const pglite = new PGlite();
    const handle = await createDatabase({ pglite });
    try {
      await migrateDatabase(handle);
      const tables = rows<{ table_name: string }>(
        await handle.db.execute(
          sql.raw(
            "select table_name from information_schema.columns where table_schema = 'public' and column_name = 'athlete_id'",
          ),
        ),
      ).map((t) => t.table_name);
      expect(tables.filter((t) => !(RUNNER_TABLES as readonly string[]).includes(t))).toEqual([]);
    } finally {
      await pglite.close();
    }
  });
});
