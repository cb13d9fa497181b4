import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { FitnessRepository } from '../../coach/ports/history-repositories.js';
import type { Db } from '../client.js';
import { fitnessFromRow, fitnessToInsert } from '../mappers/history.mapper.js';
import { fitnessSnapshots } from '../schema/index.js';

export function createFitnessRepository(db: Db): FitnessRepository {
  return {
    async add(snapshot) {
      const [row] = await db.insert(fitnessSnapshots).values(fitnessToInsert(snapshot)).returning();
      return fitnessFromRow(row!);
    },
    async history(athleteId) {
      const found = await db
        .select()
        .from(fitnessSnapshots)
        .where(eq(fitnessSnapshots.athleteId, athleteId))
        .orderBy(asc(fitnessSnapshots.onDate), asc(fitnessSnapshots.createdAt));
      return found.map(fitnessFromRow);
    },
    async current(athleteId, date) {
      const where = date
        ? and(eq(fitnessSnapshots.athleteId, athleteId), lte(fitnessSnapshots.onDate, date))
        : eq(fitnessSnapshots.athleteId, athleteId);
      const [row] = await db
        .select()
        .from(fitnessSnapshots)
        .where(where)
        .orderBy(desc(fitnessSnapshots.onDate), desc(fitnessSnapshots.createdAt))
        .limit(1);
      return row ? fitnessFromRow(row) : undefined;
    },
  };
}
