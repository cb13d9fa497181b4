import { and, asc, eq, inArray, lte, notExists, notInArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Destination, OutboxRepository } from '../../coach/ports/outbox.js';
import type { Db } from '../client.js';
import { outboxFromRow } from '../mappers/outbox.mapper.js';
import { inactiveDestinations, outbox } from '../schema/outbox.js';
import { isUuid } from './date-range.js';

/** Statuses after which a row no longer holds back the destination's later rows. */
const SETTLED = ['sent', 'dead'];
/** Statuses a sender may still send (not settled, not claimed). */
const DUE = ['pending', 'failed'];

const sameDestination = (d: Destination) =>
  and(eq(outbox.channel, d.channel), eq(outbox.destination, d.destination));

/** The outbox on drizzle (PGlite or PostgreSQL). */
export function createOutboxRepository(db: Db): OutboxRepository {
  const claimedBy = (id: string, workerId: string) =>
    and(eq(outbox.id, id), eq(outbox.claimedBy, workerId), eq(outbox.status, 'sending'));

  async function isInactive(d: Destination): Promise<boolean> {
    const found = await db
      .select({ since: inactiveDestinations.since })
      .from(inactiveDestinations)
      .where(
        and(eq(inactiveDestinations.channel, d.channel), eq(inactiveDestinations.destination, d.destination)),
      );
    return found.length > 0;
  }

  async function settle(
    id: string,
    workerId: string,
    set: Partial<typeof outbox.$inferInsert>,
  ): Promise<boolean> {
    if (!isUuid(id)) return false;
    const done = await db
      .update(outbox)
      .set({ ...set, claimedBy: null, claimedUntil: null })
      .where(claimedBy(id, workerId))
      .returning({ id: outbox.id });
    return done.length > 0;
  }

  return {
    async enqueue(messages) {
      const stored = [];
      for (const m of messages) {
        // Serialises enqueues to one destination until the transaction ends, so `sequence` follows
        // commit order (a later row never commits before an earlier one's number is taken).
        await db.execute(
          sql`select pg_advisory_xact_lock(hashtext('outbox'), hashtext(${m.channel} || ':' || ${m.destination}))`,
        );
        const dead = await isInactive(m);
        const [row] = await db
          .insert(outbox)
          .values({
            athleteId: m.athleteId,
            channel: m.channel,
            destination: m.destination,
            sequence: sql`(select coalesce(max(${outbox.sequence}), 0) + 1 from ${outbox} where ${sameDestination(m)})`,
            payload: m.payload,
            status: dead ? 'dead' : 'pending',
            lastError: dead ? 'DESTINATION_INACTIVE' : null,
            nextAttemptAt: m.at,
            createdAt: m.at,
          })
          .returning();
        stored.push(outboxFromRow(row!));
      }
      return stored;
    },

    async claimNext(workerId, now, leaseMs) {
      const earlier = alias(outbox, 'earlier');
      // Due, or claimed by a sender whose lease ran out (it died).
      const claimable = or(
        and(inArray(outbox.status, DUE), lte(outbox.nextAttemptAt, now)),
        and(eq(outbox.status, 'sending'), lte(outbox.claimedUntil, now)),
      );
      const candidate = db
        .select({ id: outbox.id })
        .from(outbox)
        .where(
          and(
            claimable,
            notExists(
              db
                .select({ one: sql`1` })
                .from(earlier)
                .where(
                  and(
                    eq(earlier.channel, outbox.channel),
                    eq(earlier.destination, outbox.destination),
                    sql`${earlier.sequence} < ${outbox.sequence}`,
                    notInArray(earlier.status, SETTLED),
                  ),
                ),
            ),
          ),
        )
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.sequence))
        .limit(1)
        .for('update', { skipLocked: true });
      const [row] = await db
        .update(outbox)
        .set({
          status: 'sending',
          claimedBy: workerId,
          claimedUntil: new Date(now.getTime() + leaseMs),
          attempts: sql`${outbox.attempts} + 1`,
        })
        // Checked again on the locked row: a row another claimer took meanwhile is not taken twice.
        // `= (scalar subquery)`: an InitPlan, run once (an `in (…)` may be rescanned per row by a join).
        .where(and(eq(outbox.id, sql`(${candidate})`), claimable))
        .returning();
      return row ? outboxFromRow(row) : undefined;
    },

    async saveWorded(id, workerId, worded) {
      if (!isUuid(id)) return false;
      const done = await db
        .update(outbox)
        .set({ worded })
        .where(claimedBy(id, workerId))
        .returning({ id: outbox.id });
      return done.length > 0;
    },

    markSent: (id, workerId, at) => settle(id, workerId, { status: 'sent', sentAt: at, lastError: null }),

    markRetry: (id, workerId, nextAt, error) =>
      settle(id, workerId, { status: 'failed', nextAttemptAt: nextAt, lastError: error }),

    markDead: (id, workerId, error) => settle(id, workerId, { status: 'dead', lastError: error }),

    async markDestinationInactive(d, at, error) {
      await db
        .insert(inactiveDestinations)
        .values({ channel: d.channel, destination: d.destination, since: at, reason: error })
        .onConflictDoUpdate({
          target: [inactiveDestinations.channel, inactiveDestinations.destination],
          set: { since: at, reason: error },
        });
      await db
        .update(outbox)
        .set({ status: 'dead', lastError: error, claimedBy: null, claimedUntil: null })
        .where(and(sameDestination(d), notInArray(outbox.status, SETTLED)));
    },

    async reactivate(d) {
      await db
        .delete(inactiveDestinations)
        .where(
          and(
            eq(inactiveDestinations.channel, d.channel),
            eq(inactiveDestinations.destination, d.destination),
          ),
        );
    },

    isInactive,

    async findById(id) {
      if (!isUuid(id)) return undefined;
      const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
      return row ? outboxFromRow(row) : undefined;
    },
  };
}
