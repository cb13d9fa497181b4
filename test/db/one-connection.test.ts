/**
 * `onOneConnection` (`db/client.ts`): a question's reads on one connection of the pool, outside any
 * transaction, so the reads it sends together go out together. On PostgreSQL statements sent at once
 * inside it run on one backend (on the pool they spread), `now()` moves between them (no transaction),
 * and the connection goes back to the pool when the work settles, a failed one too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDatabase, type Db, type DatabaseHandle } from '../../db/client.js';
import { rows } from '../../db/migrate.js';
import { createScratchPostgres, describeEachDatabase, engines } from '../helpers/database.js';

const pidAfter = async (db: Db, seconds: number): Promise<number> => {
  const rows = (await db.execute(
    sql.raw(`select pg_backend_pid() as pid, pg_sleep(${seconds})`),
  )) as unknown as { pid: number }[];
  return rows[0]!.pid;
};

describe.runIf(engines().includes('postgres'))('onOneConnection on PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    scratch = await createScratchPostgres('runloop_one');
    handle = await createDatabase({ url: scratch.url, maxConnections: 3 });
  });
  afterAll(async () => {
    await handle.close();
    await scratch.drop();
  });

  it('runs statements sent together on one backend, where the pool spreads them', async () => {
    const apart = await Promise.all([0, 1, 2].map(() => pidAfter(handle.db, 0.1)));
    expect(new Set(apart).size).toBe(3);
    const together = await handle.onOneConnection((db) =>
      Promise.all([0, 1, 2].map(() => pidAfter(db, 0.02))),
    );
    expect(new Set(together).size).toBe(1);
  });

  it('opens no transaction: each statement sees its own now()', async () => {
    const [first, second] = await handle.onOneConnection(async (db) => {
      const read = async () =>
        ((await db.execute(sql.raw('select now()::text as at'))) as unknown as { at: string }[])[0]!.at;
      const a = await read();
      await db.execute(sql.raw('select pg_sleep(0.02)'));
      return [a, await read()];
    });
    expect(second).not.toBe(first);
  });

  it('gives the connection back when the work settles, a failed one too', async () => {
    for (let i = 0; i < 8; i += 1) {
      const work = handle.onOneConnection(async (db) => {
        await pidAfter(db, 0);
        if (i % 2 === 1) throw new Error(`work ${i} failed`);
        return i;
      });
      if (i % 2 === 1) await expect(work).rejects.toThrow(`work ${i} failed`);
      else await expect(work).resolves.toBe(i);
    }
    // All three connections free again: three sessions at once each get one of their own.
    const pids = await Promise.all([0, 1, 2].map(() => handle.onOneConnection((db) => pidAfter(db, 0.1))));
    expect(new Set(pids).size).toBe(3);
  });
});

describeEachDatabase('onOneConnection', (ctx) => {
  it('hands the work a database it reads through', async () => {
    const found = await ctx.handle.onOneConnection(async (db) =>
      rows<{ n: number }>(await db.execute(sql.raw('select 41 + 1 as n'))),
    );
    expect(Number(found[0]!.n)).toBe(42);
  });
});
