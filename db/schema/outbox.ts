import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { athletes } from './athletes.js';
import { createdAt, id } from './columns.js';

/**
 * The durable outbox (coach/ports/outbox.ts): one row per message to send, enqueued in the transaction of
 * the facts it reports, claimed by a sender under a lease (`claimed_by` until `claimed_until`) and sent
 * in `sequence` order per (channel, destination).
 */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    /** Null when the runner deleted themselves: their goodbye still goes out. */
    athleteId: uuid('athlete_id').references(() => athletes.id, { onDelete: 'set null' }),
    channel: text('channel').notNull(),
    /** The address on the channel (a Telegram chat id as text). */
    destination: text('destination').notNull(),
    /** 1, 2, 3… per (channel, destination), in enqueue order. */
    sequence: integer('sequence').notNull(),
    /** The decided CoachMessage with what wording needs (persona, channel, units, name, soften). */
    payload: jsonb('payload').notNull(),
    /** The worded reply (text and options), stored once so a retry resends the same words. */
    worded: jsonb('worded'),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** Stable code of the last failure (HTTP_429, HTTP_502, NETWORK, DESTINATION_INACTIVE…). */
    lastError: text('last_error'),
    claimedBy: text('claimed_by'),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    unique('outbox_destination_sequence_unique').on(t.channel, t.destination, t.sequence),
    index('outbox_due_idx').on(t.status, t.nextAttemptAt),
    // Deleting a runner looks up their messages (ON DELETE SET NULL).
    index('outbox_athlete_idx').on(t.athleteId),
    check('outbox_status_check', sql`${t.status} in ('pending', 'sending', 'sent', 'failed', 'dead')`),
    check('outbox_attempts_check', sql`${t.attempts} >= 0`),
    check('outbox_sequence_check', sql`${t.sequence} >= 1`),
  ],
);

/** Destinations that blocked the bot (Telegram 403): nothing is sent there until the runner writes again. */
export const inactiveDestinations = pgTable(
  'inactive_destinations',
  {
    channel: text('channel').notNull(),
    destination: text('destination').notNull(),
    since: timestamp('since', { withTimezone: true }).notNull(),
    /** The code that made it inactive (e.g. HTTP_403). */
    reason: text('reason').notNull(),
  },
  (t) => [primaryKey({ name: 'inactive_destinations_pk', columns: [t.channel, t.destination] })],
);
