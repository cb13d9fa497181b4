import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { ProcessedEvent, ProcessedEventRepository } from '../../coach/ports/history-repositories.js';
import type { Db } from '../client.js';
import { processedEvents } from '../schema/index.js';

type Row = typeof processedEvents.$inferSelect;

const fromRow = (row: Row): ProcessedEvent => ({
  source: row.source,
  key: row.key,
  processedAt: row.processedAt,
  outcome: row.outcome,
});

export function createProcessedEventRepository(db: Db): ProcessedEventRepository {
  const bySourceKey = (source: string, key: string) =>
    and(eq(processedEvents.source, source), eq(processedEvents.key, key));
  return {
    async claim(source, key, athleteId) {
      // The unique (source, key) constraint decides: a retry inserts nothing.
      const inserted = await db
        .insert(processedEvents)
        .values({ source, key, athleteId: athleteId ?? null })
        .onConflictDoNothing()
        .returning({ id: processedEvents.id });
      return inserted.length > 0;
    },
    async keepOutcome(source, key, outcome) {
      // Only into an empty slot: the first outcome kept is the one every repeat replays. One statement in
      // the usual case; the read only when another delivery kept its outcome first.
      const updated = await db
        .update(processedEvents)
        .set({ outcome })
        .where(and(bySourceKey(source, key), isNull(processedEvents.outcome)))
        .returning({ outcome: processedEvents.outcome });
      if (updated.length > 0) return updated[0]!.outcome;
      const [row] = await db
        .select({ outcome: processedEvents.outcome })
        .from(processedEvents)
        .where(bySourceKey(source, key));
      return row?.outcome ?? null;
    },
    async find(source, key) {
      const [row] = await db
        .select({
          row: processedEvents,
          ageSeconds: sql<number>`extract(epoch from now() - ${processedEvents.processedAt})::float8`,
        })
        .from(processedEvents)
        .where(bySourceKey(source, key));
      return row ? { ...fromRow(row.row), ageSeconds: Number(row.ageSeconds) } : undefined;
    },
    async list(athleteId) {
      const found = await db
        .select()
        .from(processedEvents)
        .where(eq(processedEvents.athleteId, athleteId))
        .orderBy(asc(processedEvents.processedAt), asc(processedEvents.id));
      return found.map(fromRow);
    },
  };
}
