import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Destination, OutboxRepository } from '../../coach/ports/outbox.js';
import type { Db } from '../client.js';
import { outboxFromRow } from '../mappers/outbox.mapper.js';
import { inactiveDestinations, outbox } from '../schema/outbox.js';
import { isUuid } from './date-range.js';
import { claimNextInOrder, settleClaim } from './leased-claim.js';

/** Statuses after which a row no longer holds back the destination's later rows. */
const SETTLED = ['sent', 'dead'];
/** Claims go one destination at a time, in order: a sending row holds its destination. */
const CLAIM = {
  due: ['pending', 'failed'],
  claimed: 'sending',
  settled: SETTLED,
  group: ['channel', 'destination'],
} as const;

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

  const settle = (id: string, workerId: string, set: Partial<typeof outbox.$inferInsert>) =>
    settleClaim(db, outbox, CLAIM.claimed, id, workerId, set);

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
      const row = await claimNextInOrder(db, outbox, CLAIM, workerId, now, leaseMs);
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
