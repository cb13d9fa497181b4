import { and, asc, eq } from 'drizzle-orm';
import type { CheckinRepository } from '../../coach/ports/history-repositories.js';
import type { Db } from '../client.js';
import { checkinFromRow, checkinToInsert } from '../mappers/history.mapper.js';
import { checkins } from '../schema/index.js';
import { athleteInRange, isUuid } from './date-range.js';

export function createCheckinRepository(db: Db): CheckinRepository {
  return {
    async add(checkin) {
      const [row] = await db.insert(checkins).values(checkinToInsert(checkin)).returning();
      return checkinFromRow(row!);
    },
    async list(athleteId, range) {
      const found = await db
        .select()
        .from(checkins)
        .where(athleteInRange(checkins.athleteId, checkins.date, athleteId, range))
        .orderBy(asc(checkins.date), asc(checkins.createdAt));
      return found.map(checkinFromRow);
    },
    async remove(athleteId, checkinId) {
      if (!isUuid(checkinId)) return undefined;
      const [row] = await db
        .delete(checkins)
        .where(and(eq(checkins.id, checkinId), eq(checkins.athleteId, athleteId)))
        .returning();
      return row ? checkinFromRow(row) : undefined;
    },
  };
}
