import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { athletes } from './athletes.js';
import { createdAt, id } from './columns.js';

/** The audit log: every rule outcome with its inputs, before/after and reasons. */
export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    athleteId: uuid('athlete_id')
      .notNull()
      .references(() => athletes.id, { onDelete: 'cascade' }),
    /** Stable rule id, e.g. 'readiness.two-bad-nights'. */
    rule: text('rule').notNull(),
    date: date('date').notNull(),
    action: text('action').notNull(),
    inputs: jsonb('inputs').notNull().default({}),
    before: jsonb('before'),
    after: jsonb('after'),
    reasons: jsonb('reasons').notNull().default([]),
    /** 'applied' | 'proposed' | 'accepted' | 'kept_original' */
    status: text('status').notNull().default('applied'),
    createdAt: createdAt(),
  },
  (t) => [
    index('decisions_athlete_date_idx').on(t.athleteId, t.date),
    check('decisions_status_check', sql`${t.status} in ('applied', 'proposed', 'accepted', 'kept_original')`),
  ],
);
