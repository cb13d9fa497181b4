import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { athletes } from './athletes.js';
import { createdAt, id } from './columns.js';

/** VDOT history: every change of fitness with the evidence behind it. */
export const fitnessSnapshots = pgTable(
  'fitness_snapshots',
  {
    id: id(),
    athleteId: uuid('athlete_id')
      .notNull()
      .references(() => athletes.id, { onDelete: 'cascade' }),
    onDate: date('on_date').notNull(),
    vdot: doublePrecision('vdot').notNull(),
    /** 'race' | 'workout' | 'estimate' | 'detraining' */
    source: text('source').notNull(),
    /** What justified it: the race result, the sessions, the break length. */
    evidence: jsonb('evidence').notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('fitness_athlete_date_idx').on(t.athleteId, t.onDate),
    check('fitness_vdot_check', sql`${t.vdot} between 10 and 100`),
    check('fitness_source_check', sql`${t.source} in ('race', 'workout', 'estimate', 'detraining')`),
  ],
);
