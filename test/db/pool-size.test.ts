/**
 * Unless told, the service opens two PostgreSQL connections per core (`db/pool-size.ts`): more statements
 * at once than that share those connections instead of opening more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDatabase, type DatabaseHandle } from '../../db/client.js';
import { defaultPoolSize } from '../../db/pool-size.js';
import { createScratchPostgres, engines } from '../helpers/database.js';

describe.runIf(engines().includes('postgres'))('the PostgreSQL pool', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    scratch = await createScratchPostgres('runloop_pool');
    handle = await createDatabase({ url: scratch.url });
  });
  afterAll(async () => {
    await handle.close();
    await scratch.drop();
  });

  it('opens defaultPoolSize() connections, two per core, when not told how many', async () => {
    expect(defaultPoolSize()).toBeGreaterThanOrEqual(2);
    const pids = await Promise.all(
      Array.from({ length: defaultPoolSize() + 3 }, async () => {
        const rows = (await handle.db.execute(
          sql.raw('select pg_backend_pid() as pid, pg_sleep(0.2)'),
        )) as unknown as { pid: number }[];
        return rows[0]!.pid;
      }),
    );
    expect(new Set(pids).size).toBe(defaultPoolSize());
  });
});
