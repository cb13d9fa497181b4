import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { athletes } from './athletes.js';
import { createdAt, id } from './columns.js';

/** A goal race (or general fitness). Priority A is the race the plan peaks for. */
export const goals = pgTable(
  'goals',
  {
    id: id(),
    athleteId: uuid('athlete_id')
      .notNull()
      .references(() => athletes.id, { onDelete: 'cascade' }),
    /** '5k' | '10k' | 'half' | 'marathon' | 'fitness' or a distance like '15k'. */
    distance: text('distance').notNull(),
    /** metres; null for general fitness */
    distanceMeters: integer('distance_meters'),
    raceDate: date('race_date'),
    /** seconds */
    targetSeconds: integer('target_seconds'),
    priority: text('priority').notNull().default('A'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    index('goals_athlete_idx').on(t.athleteId),
    check('goals_priority_check', sql`${t.priority} in ('A', 'B', 'C')`),
    check('goals_target_check', sql`${t.targetSeconds} is null or ${t.targetSeconds} > 0`),
  ],
);
