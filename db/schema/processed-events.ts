import { index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { athletes } from './athletes.js';
import { id } from './columns.js';

/**
 * Idempotency: an inbound event (Telegram update id, Twilio call SID + step, API idempotency key) is
 * recorded once; a retry of the same (source, key) is recognised by the unique constraint.
 */
export const processedEvents = pgTable(
  'processed_events',
  {
    id: id(),
    source: text('source').notNull(),
    key: text('key').notNull(),
    /** The runner it was for: their events go when they do. */
    athleteId: uuid('athlete_id').references(() => athletes.id, { onDelete: 'cascade' }),
    processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
    /** `{ replies, events }` as first answered; null while the first delivery is still being worded. */
    outcome: jsonb('outcome'),
  },
  (t) => [
    unique('processed_events_source_key_unique').on(t.source, t.key),
    // Deleting a runner looks up their events (ON DELETE CASCADE).
    index('processed_events_athlete_idx').on(t.athleteId),
  ],
);
