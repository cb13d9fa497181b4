import type { ProcessedEventRepository } from '../../coach/ports/history-repositories.js';
import type { Db } from '../client.js';
import { processedEvents } from '../schema/index.js';

export function createProcessedEventRepository(db: Db): ProcessedEventRepository {
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
  };
}
