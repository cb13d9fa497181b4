import { and, eq, inArray, sql } from 'drizzle-orm';
import type { InboxRepository } from '../../coach/ports/inbox.js';
import type { Db } from '../client.js';
import { inboxFromRow } from '../mappers/inbox.mapper.js';
import { inbox } from '../schema/inbox.js';
import { claimNextInOrder, settleClaim } from './leased-claim.js';

/** Claims go one chat at a time, in receive order: a handling row holds its chat. */
const CLAIM = {
  due: ['pending', 'failed'],
  claimed: 'handling',
  settled: ['done', 'dead'],
  group: ['source', 'chat'],
} as const;
/** Statuses of rows nobody is handling yet: forgetting their chat gives them up. */
const UNHANDLED = ['pending', 'failed'];

/** The inbox on drizzle (PGlite or PostgreSQL). */
export function createInboxRepository(db: Db): InboxRepository {
  const settle = (id: string, workerId: string, set: Partial<typeof inbox.$inferInsert>) =>
    settleClaim(db, inbox, CLAIM.claimed, id, workerId, set);

  return {
    receive: (update) =>
      db.transaction(async (tx) => {
        // Serialises receives for one chat until the transaction ends, so a chat's `sequence` follows
        // commit order (a later update never commits before an earlier one's number is taken).
        if (update.chat !== null)
          await tx.execute(
            sql`select pg_advisory_xact_lock(hashtext('inbox'), hashtext(${update.source} || ':' || ${update.chat}))`,
          );
        // The unique (source, key) constraint decides: a repeated delivery inserts nothing (no error, so
        // an enclosing transaction goes on).
        const inserted = await tx
          .insert(inbox)
          .values({
            source: update.source,
            key: update.key,
            chat: update.chat,
            payload: update.payload ?? null,
            nextAttemptAt: update.at,
            receivedAt: update.at,
          })
          .onConflictDoNothing({ target: [inbox.source, inbox.key] })
          .returning({ id: inbox.id });
        return inserted.length > 0 ? 'stored' : 'duplicate';
      }),

    async claimNext(workerId, now, leaseMs) {
      // A null chat equals nothing: such an update waits for no other.
      const row = await claimNextInOrder(db, inbox, CLAIM, workerId, now, leaseMs);
      return row ? inboxFromRow(row) : undefined;
    },

    markDone: (id, workerId, at) =>
      settle(id, workerId, { status: 'done', handledAt: at, lastError: null, payload: null }),

    markRetry: (id, workerId, nextAt, error) =>
      settle(id, workerId, { status: 'failed', nextAttemptAt: nextAt, lastError: error }),

    markDead: (id, workerId, error) =>
      settle(id, workerId, { status: 'dead', lastError: error, payload: null }),

    async findByKey(source, key) {
      const [row] = await db
        .select()
        .from(inbox)
        .where(and(eq(inbox.source, source), eq(inbox.key, key)));
      return row ? inboxFromRow(row) : undefined;
    },

    async forgetChat(source, chat) {
      const unhandled = inArray(inbox.status, UNHANDLED);
      await db
        .update(inbox)
        .set({
          chat: null,
          payload: null,
          status: sql`case when ${unhandled} then 'dead' else ${inbox.status} end`,
          lastError: sql`case when ${unhandled} then 'FORGOTTEN' else ${inbox.lastError} end`,
        })
        .where(and(eq(inbox.source, source), eq(inbox.chat, chat)));
    },
  };
}
