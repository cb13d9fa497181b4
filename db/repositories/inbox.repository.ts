import { and, asc, eq, inArray, lte, notExists, notInArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { InboxRepository } from '../../coach/ports/inbox.js';
import type { Db } from '../client.js';
import { inboxFromRow } from '../mappers/inbox.mapper.js';
import { inbox } from '../schema/inbox.js';
import { isUuid } from './date-range.js';

/** Statuses after which a row no longer holds back its chat's later rows. */
const SETTLED = ['done', 'dead'];
/** Statuses a worker may still handle (not settled, not claimed). */
const DUE = ['pending', 'failed'];
/** Statuses of rows nobody is handling yet: forgetting their chat gives them up. */
const UNHANDLED = ['pending', 'failed'];

/** The inbox on drizzle (PGlite or PostgreSQL). */
export function createInboxRepository(db: Db): InboxRepository {
  async function settle(
    id: string,
    workerId: string,
    set: Partial<typeof inbox.$inferInsert>,
  ): Promise<boolean> {
    if (!isUuid(id)) return false;
    const done = await db
      .update(inbox)
      .set({ ...set, claimedBy: null, claimedUntil: null })
      .where(and(eq(inbox.id, id), eq(inbox.claimedBy, workerId), eq(inbox.status, 'handling')))
      .returning({ id: inbox.id });
    return done.length > 0;
  }

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
      const earlier = alias(inbox, 'earlier');
      // Due, or claimed by a worker whose lease ran out (it died).
      const claimable = or(
        and(inArray(inbox.status, DUE), lte(inbox.nextAttemptAt, now)),
        and(eq(inbox.status, 'handling'), lte(inbox.claimedUntil, now)),
      );
      const candidate = db
        .select({ id: inbox.id })
        .from(inbox)
        .where(
          and(
            claimable,
            // A null chat equals nothing: such an update waits for no other.
            notExists(
              db
                .select({ one: sql`1` })
                .from(earlier)
                .where(
                  and(
                    eq(earlier.source, inbox.source),
                    eq(earlier.chat, inbox.chat),
                    sql`${earlier.sequence} < ${inbox.sequence}`,
                    notInArray(earlier.status, SETTLED),
                  ),
                ),
            ),
          ),
        )
        .orderBy(asc(inbox.nextAttemptAt), asc(inbox.sequence))
        .limit(1)
        .for('update', { skipLocked: true });
      const [row] = await db
        .update(inbox)
        .set({
          status: 'handling',
          claimedBy: workerId,
          claimedUntil: new Date(now.getTime() + leaseMs),
          attempts: sql`${inbox.attempts} + 1`,
        })
        // Checked again on the locked row: a row another claimer took meanwhile is not taken twice.
        // `= (scalar subquery)`: an InitPlan, run once (an `in (…)` may be rescanned per row by a join).
        .where(and(eq(inbox.id, sql`(${candidate})`), claimable))
        .returning();
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
