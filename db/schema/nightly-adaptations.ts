import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { athletes } from './athletes.js';
import { createdAt, id } from './columns.js';

/**
 * The nightly adaptation's record (`coach/adaptation/nightly-adaptation.ts`): one row per runner and local
 * day the job adapts, inserted once (the unique key), claimed under a lease (`claimed_by` until
 * `claimed_until`, `FOR UPDATE SKIP LOCKED`) and settled with what it stored, so neither a second instance
 * nor a restart adapts a runner twice for the same day.
 */
export const nightlyAdaptations = pgTable(
  'nightly_adaptations',
  {
    id: id(),
    athleteId: uuid('athlete_id')
      .notNull()
      .references(() => athletes.id, { onDelete: 'cascade' }),
    /** The runner's local date the adaptation is for (their "today" when it runs). */
    localDate: date('local_date').notNull(),
    /** `pending`, `adapting` (claimed), `done`, `failed` (due again at `next_attempt_at`), `dead`. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    claimedBy: text('claimed_by'),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    /** Decisions the run stored (0: nothing new); null until done. */
    decisions: integer('decisions'),
    /** Stable code of the last failure (the error's name). */
    lastError: text('last_error'),
    createdAt: createdAt(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    unique('nightly_adaptations_athlete_date_unique').on(t.athleteId, t.localDate),
    index('nightly_adaptations_due_idx').on(t.status, t.nextAttemptAt),
    check(
      'nightly_adaptations_status_check',
      sql`${t.status} in ('pending', 'adapting', 'done', 'failed', 'dead')`,
    ),
    check('nightly_adaptations_attempts_check', sql`${t.attempts} >= 0`),
  ],
);
