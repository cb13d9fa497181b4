import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { id } from './columns.js';

/**
 * The durable inbox (coach/ports/inbox.ts): one row per received update, stored before the channel is
 * answered, deduplicated on (source, key), claimed by a worker under a lease (`claimed_by` until
 * `claimed_until`) and handled in `sequence` order per (source, chat).
 */
export const inbox = pgTable(
  'inbox',
  {
    id: id(),
    /** The channel (`telegram`). */
    source: text('source').notNull(),
    /** The update's identity on the channel (Telegram update_id as text). */
    key: text('key').notNull(),
    /** The chat (a Telegram chat id as text); null when the update has none or the chat was forgotten. */
    chat: text('chat'),
    /** Receive order, one counter for the table; taken under a per-chat lock, so it follows commit order. */
    sequence: bigserial('sequence', { mode: 'number' }).notNull(),
    /** The update as received; null once handled or given up. */
    payload: jsonb('payload'),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** Stable code of the last failure. */
    lastError: text('last_error'),
    claimedBy: text('claimed_by'),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true }),
  },
  (t) => [
    unique('inbox_source_key_unique').on(t.source, t.key),
    index('inbox_due_idx').on(t.status, t.nextAttemptAt),
    index('inbox_chat_idx').on(t.source, t.chat, t.sequence),
    check('inbox_status_check', sql`${t.status} in ('pending', 'handling', 'done', 'failed', 'dead')`),
    check('inbox_attempts_check', sql`${t.attempts} >= 0`),
  ],
);
