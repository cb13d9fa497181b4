/**
 * The database's check constraints are the plausibility table (`coach/rules/plausibility.ts`): each
 * bounded column stores its bound's edges and refuses just outside them, on PGlite and PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { PLAUSIBLE, type Bound } from '../../coach/rules/plausibility.js';
import { MIGRATIONS_FOLDER } from '../../db/migrate.js';
import { activities, athletes, checkins } from '../../db/schema/index.js';
import { describeEachDatabase } from '../helpers/database.js';

type Row = Record<string, number>;

const COLUMNS: readonly (readonly [string, 'athletes' | 'activities' | 'checkins', string, Bound, number])[] =
  [
    ['athletes.maxHr', 'athletes', 'maxHr', PLAUSIBLE.maxHrBpm, 1],
    ['athletes.restingHr', 'athletes', 'restingHr', PLAUSIBLE.restingHrBpm, 1],
    ['athletes.lthr', 'athletes', 'lthr', PLAUSIBLE.lthrBpm, 1],
    ['athletes.birthYear', 'athletes', 'birthYear', PLAUSIBLE.birthYear, 1],
    ['activities.rpe', 'activities', 'rpe', PLAUSIBLE.rpe, 1],
    ['activities.avgHr', 'activities', 'avgHr', PLAUSIBLE.runHrBpm, 1],
    ['activities.maxHr', 'activities', 'maxHr', PLAUSIBLE.runHrBpm, 1],
    ['activities.cadence', 'activities', 'cadence', PLAUSIBLE.cadenceSpm, 1],
    ['checkins.sleepHours', 'checkins', 'sleepHours', PLAUSIBLE.sleepHours, 0.5],
    ['checkins.restingHr', 'checkins', 'restingHr', PLAUSIBLE.restingHrBpm, 1],
    ['checkins.painScore', 'checkins', 'painScore', PLAUSIBLE.scale0to10, 1],
    ['checkins.soreness', 'checkins', 'soreness', PLAUSIBLE.scale0to10, 1],
    ['checkins.stress', 'checkins', 'stress', PLAUSIBLE.scale0to10, 1],
  ];

describeEachDatabase('plausibility check constraints', (ctx) => {
  it.each(COLUMNS)('%s stores its bound and refuses just outside it', async (_n, table, column, b, step) => {
    const db = ctx.handle.db;
    const [runner] = await db.insert(athletes).values({ name: 'Edge' }).returning();
    const athleteId = runner!.id;
    const insert = (v: number) => {
      const value: Row = { [column]: v };
      if (table === 'athletes') return db.insert(athletes).values({ name: 'x', ...value });
      if (table === 'activities')
        return db.insert(activities).values({ athleteId, localDate: '2026-12-01', source: 'chat', ...value });
      return db.insert(checkins).values({ athleteId, date: '2026-12-01', ...value });
    };
    await expect(insert(b.min)).resolves.toBeDefined();
    await expect(insert(b.max)).resolves.toBeDefined();
    await expect(insert(b.min - step)).rejects.toThrow();
    await expect(insert(b.max + step)).rejects.toThrow();
  });
});

describeEachDatabase('migration 0005 on data stored under the old checks', (ctx) => {
  it('sets the values outside the new bounds to unknown, keeps the rest, then applies its checks', async () => {
    const db = ctx.handle.db;
    // Back to the 0004 constraint on max HR (100–240), with one runner the old API let in at 240.
    await db.execute(sql`alter table athletes drop constraint athletes_max_hr_check`);
    await db.execute(
      sql`alter table athletes add constraint athletes_max_hr_check check (max_hr is null or max_hr between 100 and 240)`,
    );
    const [edge] = await db.insert(athletes).values({ name: 'Old edge', maxHr: 240 }).returning();
    const [fine] = await db.insert(athletes).values({ name: 'Fine', maxHr: 190 }).returning();
    const file = join(MIGRATIONS_FOLDER, '0005_plausibility_bounds.sql');
    for (const statement of readFileSync(file, 'utf8').split('--> statement-breakpoint')) {
      const only = statement
        .split('\n')
        .filter((line) => !line.startsWith('--'))
        .join('\n')
        .trim();
      // Statements on other tables' constraints already hold (the database was migrated to 0005).
      if (only.startsWith('UPDATE') || only.includes('athletes_max_hr_check'))
        await db.execute(sql.raw(only));
    }
    const rows = await db.select().from(athletes);
    expect(rows.find((r) => r.id === edge!.id)?.maxHr ?? null).toBeNull();
    expect(rows.find((r) => r.id === fine!.id)?.maxHr).toBe(190);
    await expect(db.insert(athletes).values({ name: 'x', maxHr: 231 })).rejects.toThrow();
  });
});
