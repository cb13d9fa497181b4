import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../db/client.js';
import {
  appliedMigrationCount,
  migrateDatabase,
  migrationsPending,
  shippedMigrations,
} from '../../db/migrate.js';
import { athletes, activities, checkins } from '../../db/schema/index.js';
import { createScratchPostgres, describeEachDatabase, engines } from '../helpers/database.js';

describeEachDatabase('migrations', (ctx) => {
  it('apply every shipped migration, and a second run changes nothing', async () => {
    expect(await appliedMigrationCount(ctx.handle.db)).toBe(shippedMigrations().length);
    await migrateDatabase(ctx.handle);
    expect(await appliedMigrationCount(ctx.handle.db)).toBe(shippedMigrations().length);
  });

  it('sees nothing pending once migrated, and the newest migration pending when it is not applied', async () => {
    const db = ctx.handle.db;
    expect(await migrationsPending(db)).toBe(false);
    const newest = Math.max(...shippedMigrations().map((m) => m.when));
    await db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${newest}`);
    try {
      expect(await migrationsPending(db)).toBe(true);
    } finally {
      await db.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values ('restored', ${newest})`,
      );
    }
    expect(await migrationsPending(db)).toBe(false);
  });

  it('the schema itself refuses impossible values (RPE 15, pain 12/10, negative distance)', async () => {
    const db = ctx.handle.db;
    const [runner] = await db.insert(athletes).values({ name: 'Eve' }).returning();
    const athleteId = runner!.id;
    await expect(
      db.insert(activities).values({ athleteId, localDate: '2026-12-01', rpe: 15, source: 'chat' }),
    ).rejects.toThrow();
    await expect(
      db.insert(checkins).values({ athleteId, date: '2026-12-01', painScore: 12 }),
    ).rejects.toThrow();
    await expect(
      db
        .insert(activities)
        .values({ athleteId, localDate: '2026-12-01', distanceMeters: -5, source: 'chat' }),
    ).rejects.toThrow();
    await expect(db.insert(athletes).values({ name: 'x', units: 'furlongs' })).rejects.toThrow();
  });
});

describe.runIf(engines().includes('postgres'))('migrations on PostgreSQL [postgres]', () => {
  it('two instances migrating the same fresh database at once apply each migration exactly once', async () => {
    const scratch = await createScratchPostgres('runloop_mig');
    const a = await createDatabase({ url: scratch.url });
    const b = await createDatabase({ url: scratch.url });
    try {
      await Promise.all([migrateDatabase(a), migrateDatabase(b), migrateDatabase(a)]);
      expect(await appliedMigrationCount(a.db)).toBe(shippedMigrations().length);
      const result = await b.db.execute(
        sql`select count(distinct hash)::int as n from drizzle.__drizzle_migrations`,
      );
      expect((result as unknown as { n: number }[])[0]?.n).toBe(shippedMigrations().length);
    } finally {
      await a.close();
      await b.close();
      await scratch.drop();
    }
  });
});
