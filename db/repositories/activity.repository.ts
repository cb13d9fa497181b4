import { and, asc, count, eq } from 'drizzle-orm';
import type { ActivityRepository } from '../../coach/ports/history-repositories.js';
import type { Db } from '../client.js';
import { activityFromRow, activityToInsert } from '../mappers/history.mapper.js';
import { activities } from '../schema/index.js';
import { athleteInRange, isUuid } from './date-range.js';

export function createActivityRepository(db: Db): ActivityRepository {
  return {
    async add(activity) {
      const [row] = await db.insert(activities).values(activityToInsert(activity)).returning();
      return activityFromRow(row!);
    },
    async list(athleteId, range) {
      const found = await db
        .select()
        .from(activities)
        .where(athleteInRange(activities.athleteId, activities.localDate, athleteId, range))
        .orderBy(asc(activities.localDate), asc(activities.createdAt));
      return found.map(activityFromRow);
    },
    async count(athleteId, range) {
      const [row] = await db
        .select({ n: count() })
        .from(activities)
        .where(athleteInRange(activities.athleteId, activities.localDate, athleteId, range));
      return row?.n ?? 0;
    },
    async rate(athleteId, activityId, rpe, feel) {
      if (!isUuid(activityId)) return undefined;
      const [row] = await db
        .update(activities)
        .set({ rpe, ...(feel !== undefined ? { feel } : {}) })
        .where(and(eq(activities.id, activityId), eq(activities.athleteId, athleteId)))
        .returning();
      return row ? activityFromRow(row) : undefined;
    },
    async clearRpe(athleteId, activityId) {
      if (!isUuid(activityId)) return undefined;
      const [row] = await db
        .update(activities)
        .set({ rpe: null })
        .where(and(eq(activities.id, activityId), eq(activities.athleteId, athleteId)))
        .returning();
      return row ? activityFromRow(row) : undefined;
    },
    async remove(athleteId, activityId) {
      if (!isUuid(activityId)) return undefined;
      const [row] = await db
        .delete(activities)
        .where(and(eq(activities.id, activityId), eq(activities.athleteId, athleteId)))
        .returning();
      return row ? activityFromRow(row) : undefined;
    },
    async setAssessment(athleteId, activityId, assessment) {
      if (!isUuid(activityId)) return undefined;
      const [row] = await db
        .update(activities)
        .set({ assessment })
        .where(and(eq(activities.id, activityId), eq(activities.athleteId, athleteId)))
        .returning();
      return row ? activityFromRow(row) : undefined;
    },
  };
}
