/**
 * A PGlite on a data directory flushes each commit's WAL to disk before the write returns (db/durable-node-fs.ts):
 * the host's fsync(2) is called on a `pg_wal` file during every acknowledged write, and never for a read, and
 * the writes read back after a reopen;
 * `fsync: false` is PGlite as shipped, which never calls it. The data survives a reopen either way.
 */
import { fsyncSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../../db/client.js';
import { rows } from '../../db/migrate.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A database on a fresh data directory whose host flushes are recorded as the paths they flushed. */
async function open(fsync: boolean): Promise<{ handle: DatabaseHandle; flushed: string[]; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'runloop-fsync-'));
  dirs.push(dir);
  const flushed: string[] = [];
  const handle = await createDatabase({
    dataDir: dir,
    fsync,
    hostFsync: (fd) => {
      flushed.push(readlinkSync(`/proc/self/fd/${fd}`));
      fsyncSync(fd);
    },
  });
  await handle.db.execute(sql`create table checkins (id serial primary key, note text)`);
  return { handle, flushed, dir };
}

describe('PGlite durability', () => {
  it('flushes the WAL during every acknowledged write, and not for a read', async () => {
    const { handle, flushed, dir } = await open(true);
    try {
      for (let i = 0; i < 5; i += 1) {
        flushed.length = 0;
        await handle.db.execute(sql`insert into checkins (note) values (${`slept ${i}h`})`);
        expect(flushed.some((path) => path.includes('/pg_wal/'))).toBe(true);
      }
      flushed.length = 0;
      await handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into checkins (note) values ('in a transaction')`);
        await tx.execute(sql`insert into checkins (note) values ('and another')`);
      });
      expect(flushed.filter((path) => path.includes('/pg_wal/')).length).toBeGreaterThanOrEqual(1);
      flushed.length = 0;
      await handle.db.execute(sql`select count(*) from checkins`);
      expect(flushed).toEqual([]);
    } finally {
      await handle.close();
    }
    const again = await createDatabase({ dataDir: dir });
    try {
      const count = rows<{ n: number }>(await again.db.execute(sql`select count(*)::int as n from checkins`));
      expect(count).toEqual([{ n: 7 }]);
    } finally {
      await again.close();
    }
  });

  it('with fsync off (PGlite as shipped) never flushes', async () => {
    const { handle, flushed } = await open(false);
    try {
      await handle.db.execute(sql`insert into checkins (note) values ('lost to a power cut')`);
      expect(flushed).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
