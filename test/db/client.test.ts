import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDatabase, type DatabaseHandle } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { createRepositories } from '../../db/repositories/index.js';
import { createScratchPostgres, engines } from '../helpers/database.js';

const onPostgres = engines().includes('postgres');

/** The statements this session (one connection) has prepared, by their text. */
async function prepared(handle: DatabaseHandle): Promise<string[]> {
  const rows = (await handle.db.execute(
    sql.raw('select statement from pg_prepared_statements'),
  )) as unknown as { statement: string }[];
  return [...rows].map((r) => r.statement);
}

describe.runIf(onPostgres)('the PostgreSQL client prepares the repositories’ statements', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    scratch = await createScratchPostgres('runloop_client');
    // One connection: what it prepared is visible to the next statement on it.
    handle = await createDatabase({ url: scratch.url, maxConnections: 1 });
    await migrateDatabase(handle);
  });
  afterAll(async () => {
    await handle.close();
    await scratch.drop();
  });

  it('a parameterised read is prepared once and reused, in and out of a transaction', async () => {
    const repos = createRepositories(handle.db);
    const id = '00000000-0000-4000-8000-000000000001';
    await repos.athletes.findById(id);
    await handle.db.transaction(async (tx) => {
      await createRepositories(tx as never).athletes.findById(id);
    });
    const statements = (await prepared(handle)).filter((s) => s.includes('from "athletes"'));
    expect(statements).toHaveLength(1);
  });
});
