import { and, asc, eq } from 'drizzle-orm';
import type { GoalRepository } from '../../coach/ports/history-repositories.js';
import type { Db } from '../client.js';
import { goalFromRow } from '../mappers/history.mapper.js';
import { goals } from '../schema/index.js';

export function createGoalRepository(db: Db): GoalRepository {
  return {
    async setActive(goal) {
      return db.transaction(async (tx) => {
        await tx.update(goals).set({ active: false }).where(eq(goals.athleteId, goal.athleteId));
        const [row] = await tx
          .insert(goals)
          .values({
            athleteId: goal.athleteId,
            distance: goal.distance,
            distanceMeters: goal.distanceMeters ?? null,
            raceDate: goal.raceDate ?? null,
            targetSeconds: goal.targetSeconds ?? null,
            priority: goal.priority ?? 'A',
          })
          .returning();
        return goalFromRow(row!);
      });
    },
    async active(athleteId) {
      const [row] = await db
        .select()
        .from(goals)
        .where(and(eq(goals.athleteId, athleteId), eq(goals.active, true)))
        .limit(1);
      return row ? goalFromRow(row) : undefined;
    },
    async list(athleteId) {
      const found = await db
        .select()
        .from(goals)
        .where(eq(goals.athleteId, athleteId))
        .orderBy(asc(goals.createdAt));
      return found.map(goalFromRow);
    },
  };
}
