import type { InboxStatus, StoredUpdate } from '../../coach/ports/inbox.js';
import type { inbox } from '../schema/inbox.js';

type InboxRow = typeof inbox.$inferSelect;

/** An inbox row as the port's stored update (`payload` is null once handled, given up or forgotten). */
export function inboxFromRow(row: InboxRow): StoredUpdate {
  return {
    id: row.id,
    source: row.source,
    key: row.key,
    chat: row.chat,
    sequence: row.sequence,
    payload: row.payload ?? null,
    at: row.receivedAt,
    status: row.status as InboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
    claimedBy: row.claimedBy,
    claimedUntil: row.claimedUntil,
    handledAt: row.handledAt,
  };
}
