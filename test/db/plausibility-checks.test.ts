/**
 * The database's check constraints are the plausibility table (`coach/rules/plausibility.ts`): each
 * bounded column stores its bound's edges and refuses just outside them, on PGlite and PostgreSQL.
 */
import { expect, it } from 'vitest';
import { PLAUSIBLE, type Bound } from '../../coach/rules/plausibility.js';
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
