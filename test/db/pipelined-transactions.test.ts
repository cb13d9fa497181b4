/**
 * Transactions on PostgreSQL (`db/pipelined-transactions.ts`): BEGIN goes out with the unit's first statement
 * (one socket write for both, where postgres.js's own `begin` waits for BEGIN's answer first), and the
 * unit is still one transaction: its statements share `now()`, a throw rolls back everything, a
 * savepoint's throw only its own part, a lost connection fails the unit, and the pool goes on either way.
 */
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDatabase, type Db, type DatabaseHandle } from '../../db/client.js';
import { rows } from '../../db/migrate.js';
import { createScratchPostgres, engines } from '../helpers/database.js';

const one = async <T>(db: Db, text: string): Promise<T> => rows<T>(await db.execute(sql.raw(text)))[0]!;

describe.runIf(engines().includes('postgres'))('transactions on PostgreSQL', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let handle: DatabaseHandle;
  let port: number;
  beforeAll(async () => {
    scratch = await createScratchPostgres('runloop_tx');
    port = Number(new URL(scratch.url).port || 5432);
    handle = await createDatabase({ url: scratch.url, maxConnections: 2 });
    await handle.db.execute(sql.raw('create table notes (n int primary key)'));
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => {
    await handle.close();
    await scratch.drop();
  });

  /** Socket writes to PostgreSQL while `work` runs. */
  async function writesDuring(work: () => Promise<unknown>): Promise<number> {
    await handle.ping(); // the pool's connections open before counting
    let writes = 0;
    const write = net.Socket.prototype.write;
    vi.spyOn(net.Socket.prototype, 'write').mockImplementation(function (
      this: net.Socket,
      ...args: Parameters<net.Socket['write']>
    ) {
      if (this.remotePort === port) writes += 1;
      return write.apply(this, args);
    });
    await work();
    return writes;
  }

  it('sends BEGIN with the first statement: two writes for a one-statement unit', async () => {
    await handle.db.transaction((tx) => one(tx as unknown as Db, 'select 1 as n'));
    const writes = await writesDuring(() =>
      handle.db.transaction((tx) => one(tx as unknown as Db, 'select 1 as n')),
    );
    // BEGIN + SELECT, then COMMIT.
    expect(writes).toBe(2);
  });

  it('is one transaction: one now() for every statement, and commits what it wrote', async () => {
    const [a, b] = await handle.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const first = await one<{ at: string }>(db, 'select now()::text as at');
      await db.execute(sql.raw('select pg_sleep(0.02)'));
      await db.execute(sql.raw('insert into notes values (1)'));
      return [first.at, (await one<{ at: string }>(db, 'select now()::text as at')).at];
    });
    expect(b).toBe(a);
    expect(Number((await one<{ c: number }>(handle.db, 'select count(*) as c from notes')).c)).toBe(1);
  });

  it('rolls back everything on a throw, and the pool goes on', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await (tx as unknown as Db).execute(sql.raw('insert into notes values (2)'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expect(
      handle.db.transaction((tx) => (tx as unknown as Db).execute(sql.raw('insert into notes values (1)'))),
    ).rejects.toThrow();
    const left = await one<{ c: number }>(handle.db, 'select count(*) as c from notes where n = 2');
    expect(Number(left.c)).toBe(0);
    // Both connections of the pool are free: two units at once each run.
    await Promise.all(
      [0, 1].map(() => handle.db.transaction((tx) => one(tx as unknown as Db, 'select pg_sleep(0.05)'))),
    );
  });

  it('a savepoint that throws takes back only its own writes', async () => {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql.raw('insert into notes values (3)'));
      await expect(
        tx.transaction(async (inner) => {
          await inner.execute(sql.raw('insert into notes values (4)'));
          throw new Error('not this one');
        }),
      ).rejects.toThrow('not this one');
      await tx.transaction((inner) => inner.execute(sql.raw('insert into notes values (5)')));
    });
    const kept = rows<{ n: number }>(
      await handle.db.execute(sql.raw('select n from notes where n >= 3 order by n')),
    );
    expect(kept.map((r) => Number(r.n))).toEqual([3, 5]);
  });

  it('refuses, never sends, what the unit’s code asks for once the loss was seen', async () => {
    const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    let body: Promise<{ statement: unknown; savepoint: unknown }> | undefined;
    await expect(
      handle.db.transaction((tx) => {
        const db = tx as unknown as Db;
        body = (async () => {
          await db.execute(sql.raw('insert into notes values (7)'));
          const { pid } = await one<{ pid: number }>(db, 'select pg_backend_pid() as pid');
          await handle.db.execute(sql.raw(`select pg_terminate_backend(${Number(pid)})`));
          // The backend is gone, and the client has had time to see its socket close.
          for (let tries = 0; tries < 100; tries += 1) {
            const found = await one<{ c: number }>(
              handle.db,
              `select count(*) as c from pg_stat_activity where pid = ${Number(pid)}`,
            );
            if (Number(found.c) === 0) break;
            await sleep(20);
          }
          await sleep(100);
          // Before: written to the closed socket (a TypeError outside any promise), never answered.
          const settle = (work: Promise<unknown>) =>
            Promise.race([
              work.then(
                () => 'answered',
                (error: unknown) => error,
              ),
              sleep(5_000).then(() => 'unanswered'),
            ]);
          const statement = await settle(db.execute(sql.raw('insert into notes values (8)')));
          const savepoint = await settle(tx.transaction((inner) => inner.execute(sql.raw('select 1'))));
          return { statement, savepoint };
        })();
        return body;
      }),
    ).rejects.toThrow();
    const { statement, savepoint } = await body!;
    expect(statement).toBeInstanceOf(Error);
    expect(savepoint).toBeInstanceOf(Error);
    const left = await one<{ c: number }>(handle.db, 'select count(*) as c from notes where n in (7, 8)');
    expect(Number(left.c)).toBe(0);
    await Promise.all(
      [0, 1].map(() => handle.db.transaction((tx) => one(tx as unknown as Db, 'select 1 as n'))),
    );
  });

  it('a connection lost inside the unit fails the unit, and the pool goes on', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        const db = tx as unknown as Db;
        await db.execute(sql.raw('insert into notes values (6)'));
        const { pid } = await one<{ pid: number }>(db, 'select pg_backend_pid() as pid');
        // Another connection of the pool ends this one's backend.
        await handle.db.execute(sql.raw(`select pg_terminate_backend(${Number(pid)})`));
        await db.execute(sql.raw('select 1'));
      }),
    ).rejects.toThrow();
    const left = await one<{ c: number }>(handle.db, 'select count(*) as c from notes where n = 6');
    expect(Number(left.c)).toBe(0);
    await Promise.all(
      [0, 1].map(() => handle.db.transaction((tx) => one(tx as unknown as Db, 'select 1 as n'))),
    );
  });
});
