import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { CallRepository } from '../../coach/ports/call-repository.js';
import type { Db } from '../client.js';
import { callFromRow, callPatchToUpdate, callToInsert } from '../mappers/call.mapper.js';
import { calls } from '../schema/calls.js';

/** Phone calls on drizzle (PGlite or PostgreSQL). */
export function createCallRepository(db: Db): CallRepository {
  const find = async (callSid: string) => {
    const [row] = await db.select().from(calls).where(eq(calls.callSid, callSid));
    return row ? callFromRow(row) : undefined;
  };
  return {
    async start(call) {
      const [row] = await db.insert(calls).values(callToInsert(call)).onConflictDoNothing().returning();
      if (row) return callFromRow(row);
      const existing = await find(call.callSid);
      if (!existing) throw new Error('call insert conflicted but no row found');
      return existing;
    },
    find,
    async lockForUpdate(callSid) {
      const [row] = await db.select().from(calls).where(eq(calls.callSid, callSid)).for('update');
      return row ? callFromRow(row) : undefined;
    },
    async update(callSid, patch) {
      const [row] = await db
        .update(calls)
        .set({ ...callPatchToUpdate(patch), updatedAt: sql`now()` })
        .where(eq(calls.callSid, callSid))
        .returning();
      return row ? callFromRow(row) : undefined;
    },
    async firstOfDay(athleteId, sessionDate, exceptSid) {
      const [row] = await db
        .select()
        .from(calls)
        .where(
          and(
            eq(calls.athleteId, athleteId),
            eq(calls.sessionDate, sessionDate),
            ...(exceptSid !== undefined ? [ne(calls.callSid, exceptSid)] : []),
          ),
        )
        .orderBy(asc(calls.startedAt))
        .limit(1);
      return row ? callFromRow(row) : undefined;
    },
    async list(athleteId) {
      const rows = await db
        .select()
        .from(calls)
        .where(eq(calls.athleteId, athleteId))
        .orderBy(asc(calls.startedAt));
      return rows.map(callFromRow);
    },
  };
}
