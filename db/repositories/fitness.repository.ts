import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { FitnessRepository } from '../../coach/ports/history-repositories.js';
import type { Db } from '../client.js';
import { fitnessFromRow, fitnessToInsert } from '../mappers/history.mapper.js';
import { ph, prebuilt } from '../prebuilt.js';
import { fitnessSnapshots } from '../schema/index.js';

const ofAthlete = eq(fitnessSnapshots.athleteId, ph('athleteId'));
const history = prebuilt((db) =>
  db
    .select()
    .from(fitnessSnapshots)
    .where(ofAthlete)
    .orderBy(asc(fitnessSnapshots.onDate), asc(fitnessSnapshots.createdAt)),
);
/** The latest snapshot, on or before `:date` when `until`. */
const current = (until: boolean) =>
  prebuilt((db) =>
    db
      .select()
      .from(fitnessSnapshots)
      .where(until ? and(ofAthlete, lte(fitnessSnapshots.onDate, ph('date'))) : ofAthlete)
      .orderBy(desc(fitnessSnapshots.onDate), desc(fitnessSnapshots.createdAt))
      .limit(1),
  );
const currentUntil = current(true);
const currentEver = current(false);

export function createFitnessRepository(db: Db): FitnessRepository {
  return {
    async add(snapshot) {
      const [row] = await db.insert(fitnessSnapshots).values(fitnessToInsert(snapshot)).returning();
      return fitnessFromRow(row!);
    },
    async history(athleteId) {
      const found = await history(db, { athleteId });
      return found.map(fitnessFromRow);
    },
    async current(athleteId, date) {
      const [row] = date ? await currentUntil(db, { athleteId, date }) : await currentEver(db, { athleteId });
      return row ? fitnessFromRow(row) : undefined;
    },
  };
}
