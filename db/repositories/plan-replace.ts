/**
 * Replacing sessions of a runner's active plan (an adaptation's changes), several dates at once in a fixed
 * number of round trips: one read of the dates' current sessions, then every write and the originals'
 * read together.
 */
import { inArray } from 'drizzle-orm';
import type { StoredSession } from '../../coach/ports/plan-repository.js';
import type { Session } from '../../coach/rules/plan/types.js';
import type { Db } from '../client.js';
import { sessionFromRow, sessionToInsert } from '../mappers/plan.mapper.js';
import { SUPERSEDED, plannedSessions } from '../schema/index.js';
import { currentOfRunnerOn } from './plan-statements.js';

/**
 * Replaces the runner's current session on each session's date with it (status `adapted` unless it has
 * its own), in `tx`; one session a date. Dates with no current session are left out. The replaced
 * sessions, in the order given, each with the original it replaced.
 */
export async function replaceCurrentSessions(
  tx: Db,
  athleteId: string,
  sessions: readonly Session[],
): Promise<StoredSession[]> {
  const current = await currentOfRunnerOn(
    tx,
    athleteId,
    sessions.map((s) => s.date),
  );
  const byDate = new Map(current.map((row) => [row.date, row]));
  const todo = sessions.flatMap((session) => {
    const row = byDate.get(session.date);
    return row ? [{ session, row }] : [];
  });
  if (todo.length === 0) return [];
  // Adapting an adapted session replaces the adaptation but keeps pointing at the first original;
  // a session adapted for the first time becomes that original (superseded).
  const adapted = todo.filter(({ row }) => row.replacesId !== null).map(({ row }) => row);
  const fresh = todo.filter(({ row }) => row.replacesId === null).map(({ row }) => row);
  const byId = (ids: string[]) => inArray(plannedSessions.id, ids);
  const rows = todo.map(({ session, row }) =>
    sessionToInsert(
      row.planId,
      athleteId,
      { ...session, status: session.status ?? 'adapted' },
      row.replacesId ?? row.id,
    ),
  );
  // The writes and the first originals' read touch different rows, so they go at once (one round
  // trip on PostgreSQL) in any order.
  const [, , inserted, firstOriginals] = await Promise.all([
    adapted.length > 0 ? tx.delete(plannedSessions).where(byId(adapted.map((r) => r.id))) : undefined,
    fresh.length > 0
      ? tx
          .update(plannedSessions)
          .set({ status: SUPERSEDED })
          .where(byId(fresh.map((r) => r.id)))
      : undefined,
    tx.insert(plannedSessions).values(rows).returning(),
    adapted.length > 0
      ? tx
          .select()
          .from(plannedSessions)
          .where(byId(adapted.map((r) => r.replacesId!)))
      : [],
  ]);
  const originals = new Map([
    ...firstOriginals.map((row) => [row.id, row] as const),
    ...fresh.map((row) => [row.id, { ...row, status: SUPERSEDED }] as const),
  ]);
  const insertedByDate = new Map(inserted.map((row) => [row.date, row]));
  return todo.map(({ session, row }) =>
    sessionFromRow(insertedByDate.get(session.date)!, originals.get(row.replacesId ?? row.id)),
  );
}
