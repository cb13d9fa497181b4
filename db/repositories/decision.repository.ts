import { and, asc, eq } from 'drizzle-orm';
import type { DecisionRepository } from '../../coach/ports/history-repositories.js';
import type { Db } from '../client.js';
import { decisionFromRow, decisionToInsert } from '../mappers/history.mapper.js';
import { decisions } from '../schema/index.js';
import { athleteInRange, isUuid } from './date-range.js';

export function createDecisionRepository(db: Db): DecisionRepository {
  return {
    async add(decision) {
      const [row] = await db.insert(decisions).values(decisionToInsert(decision)).returning();
      return decisionFromRow(row!);
    },
    async list(athleteId, range) {
      const found = await db
        .select()
        .from(decisions)
        .where(athleteInRange(decisions.athleteId, decisions.date, athleteId, range))
        .orderBy(asc(decisions.date), asc(decisions.createdAt));
      return found.map(decisionFromRow);
    },
    async setStatus(athleteId, decisionId, status) {
      if (!isUuid(decisionId)) return undefined;
      const [row] = await db
        .update(decisions)
        .set({ status })
        .where(and(eq(decisions.id, decisionId), eq(decisions.athleteId, athleteId)))
        .returning();
      return row ? decisionFromRow(row) : undefined;
    },
  };
}
