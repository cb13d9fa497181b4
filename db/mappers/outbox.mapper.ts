import type {
  DeliveryChannel,
  OutboxMessage,
  OutboxPayload,
  OutboxStatus,
} from '../../coach/ports/outbox.js';
import type { Reply } from '../../coach/prompts/coach-message.js';
import type { outbox } from '../schema/outbox.js';

type OutboxRow = typeof outbox.$inferSelect;

/** An outbox row as the port's message (the JSON columns are written only by the repository). */
export function outboxFromRow(row: OutboxRow): OutboxMessage {
  return {
    id: row.id,
    athleteId: row.athleteId,
    channel: row.channel as DeliveryChannel,
    destination: row.destination,
    sequence: row.sequence,
    payload: row.payload as OutboxPayload,
    worded: (row.worded as Reply | null) ?? null,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
    claimedBy: row.claimedBy,
    claimedUntil: row.claimedUntil,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}
