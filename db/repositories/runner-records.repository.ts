import { and, asc, eq } from 'drizzle-orm';
import type { RunnerRecords } from '../../coach/ports/runner-records.js';
import type { Db } from '../client.js';
import { inactiveDestinations, inbox, nightlyAdaptations, outbox } from '../schema/index.js';

/** Reads for a runner's export only (`coach/ports/runner-records.ts`); the lease columns stay out. */
export function createRunnerRecords(db: Db): RunnerRecords {
  return {
    async outbox(athleteId) {
      return db
        .select({
          id: outbox.id,
          channel: outbox.channel,
          destination: outbox.destination,
          sequence: outbox.sequence,
          payload: outbox.payload,
          worded: outbox.worded,
          status: outbox.status,
          attempts: outbox.attempts,
          lastError: outbox.lastError,
          createdAt: outbox.createdAt,
          sentAt: outbox.sentAt,
        })
        .from(outbox)
        .where(eq(outbox.athleteId, athleteId))
        .orderBy(asc(outbox.createdAt), asc(outbox.sequence));
    },
    async inbox(source, chat) {
      return db
        .select({
          id: inbox.id,
          source: inbox.source,
          key: inbox.key,
          chat: inbox.chat,
          sequence: inbox.sequence,
          payload: inbox.payload,
          status: inbox.status,
          attempts: inbox.attempts,
          lastError: inbox.lastError,
          receivedAt: inbox.receivedAt,
          handledAt: inbox.handledAt,
        })
        .from(inbox)
        .where(and(eq(inbox.source, source), eq(inbox.chat, chat)))
        .orderBy(asc(inbox.sequence));
    },
    async inactiveDestination(channel, destination) {
      const d = inactiveDestinations;
      return db
        .select({ channel: d.channel, destination: d.destination, since: d.since, reason: d.reason })
        .from(d)
        .where(and(eq(d.channel, channel), eq(d.destination, destination)));
    },
    async nightlyRuns(athleteId) {
      const n = nightlyAdaptations;
      return db
        .select({
          id: n.id,
          localDate: n.localDate,
          status: n.status,
          attempts: n.attempts,
          decisions: n.decisions,
          lastError: n.lastError,
          createdAt: n.createdAt,
          doneAt: n.doneAt,
        })
        .from(n)
        .where(eq(n.athleteId, athleteId))
        .orderBy(asc(n.localDate));
    },
  };
}
