import { randomUUID } from 'node:crypto';
import { and, asc, eq, max, ne } from 'drizzle-orm';
import type { PlanRepository, StoredSession } from '../../coach/ports/plan-repository.js';
import type { Plan } from '../../coach/rules/plan/types.js';
import { NO_PURPOSE } from '../../coach/rules/plan/purposes.js';
import { addDays } from '../../coach/rules/calendar/add-days.js';
import type { Db } from '../client.js';
import {
  originalToInsert,
  planFromRows,
  type PlanSummary,
  planSummary,
  sessionFromRow,
  sessionToInsert,
} from '../mappers/plan.mapper.js';
import { SUPERSEDED, plannedSessions, plans } from '../schema/index.js';

/**
 * The rows of a plan's sessions: each session as it stands, and before it the original it `replaces` as a
 * superseded row it links to, so "Keep original" works on every version.
 */
export function sessionRows(planId: string, athleteId: string, plan: Plan) {
  return plan.weeks.flatMap((w) =>
    w.sessions.flatMap((session) => {
      if (session.replaces === undefined) return [sessionToInsert(planId, athleteId, session)];
      const originalId = randomUUID();
      return [
        originalToInsert(planId, athleteId, session.replaces, originalId),
        sessionToInsert(planId, athleteId, session, originalId),
      ];
    }),
  );
}

/**
 * `inTransaction`: `db` is a unit of work's transaction already, so a write of several statements runs in
 * it as is (a failure rolls the whole unit back) instead of in a savepoint of its own, which costs two more
 * round trips per write.
 */
export function createPlanRepository(db: Db, { inTransaction = false } = {}): PlanRepository {
  const atomically = <T>(work: (tx: Db) => Promise<T>): Promise<T> =>
    inTransaction ? work(db) : db.transaction((t) => work(t as unknown as Db));

  async function activePlanRow(tx: Db, athleteId: string) {
    const [row] = await tx
      .select()
      .from(plans)
      .where(and(eq(plans.athleteId, athleteId), eq(plans.active, true)))
      .limit(1);
    return row;
  }

  /** The current (not superseded) session of the active plan on `date`, with the row it replaced. */
  async function currentSession(tx: Db, athleteId: string, date: string) {
    const plan = await activePlanRow(tx, athleteId);
    if (!plan) return undefined;
    const [row] = await tx
      .select()
      .from(plannedSessions)
      .where(
        and(
          eq(plannedSessions.planId, plan.id),
          eq(plannedSessions.date, date),
          ne(plannedSessions.status, SUPERSEDED),
        ),
      )
      .limit(1);
    return row ? { plan, row } : undefined;
  }

  const repository: PlanRepository = {
    async save(athleteId, plan) {
      const stored = await atomically(async (tx) => {
        const [{ latest } = { latest: 0 }] = await tx
          .select({ latest: max(plans.version) })
          .from(plans)
          .where(eq(plans.athleteId, athleteId));
        await tx.update(plans).set({ active: false }).where(eq(plans.athleteId, athleteId));
        const [row] = await tx
          .insert(plans)
          .values({
            athleteId,
            version: (latest ?? 0) + 1,
            rulesVersion: plan.rulesVersion,
            summary: planSummary(plan),
          })
          .returning();
        const values = sessionRows(row!.id, athleteId, plan);
        const rows = values.length === 0 ? [] : await tx.insert(plannedSessions).values(values).returning();
        return planFromRows(row!, rows);
      });
      return stored;
    },

    async active(athleteId) {
      const plan = await activePlanRow(db, athleteId);
      if (!plan) return undefined;
      const rows = await db
        .select()
        .from(plannedSessions)
        .where(eq(plannedSessions.planId, plan.id))
        .orderBy(asc(plannedSessions.date));
      return planFromRows(plan, rows);
    },

    async overview(athleteId) {
      const row = await activePlanRow(db, athleteId);
      if (!row) return undefined;
      const { weeks, ...rest } = row.summary as PlanSummary;
      return {
        id: row.id,
        version: row.version,
        plan: { ...rest, weeks: weeks.map(({ km: _km, minutes: _minutes, ...week }) => week) },
      };
    },

    async sessionOn(athleteId, date) {
      const [row] = await db
        .select({ session: plannedSessions })
        .from(plannedSessions)
        .innerJoin(plans, eq(plans.id, plannedSessions.planId))
        .where(
          and(
            eq(plans.athleteId, athleteId),
            eq(plans.active, true),
            eq(plannedSessions.date, date),
            ne(plannedSessions.status, SUPERSEDED),
          ),
        )
        .limit(1);
      if (!row) return undefined;
      const { replacesId } = row.session;
      const [original] = replacesId
        ? await db.select().from(plannedSessions).where(eq(plannedSessions.id, replacesId))
        : [];
      return sessionFromRow(row.session, original);
    },

    async versions(athleteId) {
      const planRows = await db
        .select()
        .from(plans)
        .where(eq(plans.athleteId, athleteId))
        .orderBy(asc(plans.version));
      if (planRows.length === 0) return [];
      const sessionRows = await db
        .select()
        .from(plannedSessions)
        .where(eq(plannedSessions.athleteId, athleteId))
        .orderBy(asc(plannedSessions.date));
      return planRows.map((row) =>
        planFromRows(
          row,
          sessionRows.filter((r) => r.planId === row.id),
        ),
      );
    },

    async replaceSession(athleteId, session) {
      return atomically(async (tx): Promise<StoredSession | undefined> => {
        const found = await currentSession(tx, athleteId, session.date);
        if (!found) return undefined;
        // Adapting an adapted session replaces the adaptation but keeps pointing at the first original.
        const originalId = found.row.replacesId ?? found.row.id;
        if (found.row.replacesId)
          await tx.delete(plannedSessions).where(eq(plannedSessions.id, found.row.id));
        else
          await tx
            .update(plannedSessions)
            .set({ status: SUPERSEDED })
            .where(eq(plannedSessions.id, found.row.id));
        const [row] = await tx
          .insert(plannedSessions)
          .values(
            sessionToInsert(
              found.plan.id,
              athleteId,
              { ...session, status: session.status ?? 'adapted' },
              originalId,
            ),
          )
          .returning();
        const [original] = await tx.select().from(plannedSessions).where(eq(plannedSessions.id, originalId));
        return sessionFromRow(row!, original);
      });
    },

    async placeSession(athleteId, session) {
      const existing = await currentSession(db, athleteId, session.date);
      if (existing) return repository.replaceSession(athleteId, session);
      return atomically(async (tx): Promise<StoredSession | undefined> => {
        const plan = await activePlanRow(tx, athleteId);
        const weeks = (plan?.summary as PlanSummary | undefined)?.weeks ?? [];
        const first = weeks[0]?.start;
        const last = weeks.at(-1)?.start;
        if (!plan || first === undefined || last === undefined) return undefined;
        if (session.date < first || session.date > addDays(last, 6)) return undefined;
        const originalId = randomUUID();
        const rest = {
          date: session.date,
          kind: 'rest' as const,
          hard: false,
          minutes: 0,
          km: 0,
          purpose: NO_PURPOSE,
          steps: [],
        };
        const [original] = await tx
          .insert(plannedSessions)
          .values(originalToInsert(plan.id, athleteId, rest, originalId))
          .returning();
        const [row] = await tx
          .insert(plannedSessions)
          .values(
            sessionToInsert(
              plan.id,
              athleteId,
              { ...session, status: session.status ?? 'adapted' },
              originalId,
            ),
          )
          .returning();
        return sessionFromRow(row!, original);
      });
    },

    async restoreOriginal(athleteId, date) {
      return atomically(async (tx): Promise<StoredSession | undefined> => {
        const found = await currentSession(tx, athleteId, date);
        if (!found?.row.replacesId) return undefined;
        await tx.delete(plannedSessions).where(eq(plannedSessions.id, found.row.id));
        const [original] = await tx
          .update(plannedSessions)
          .set({ status: 'planned' })
          .where(eq(plannedSessions.id, found.row.replacesId))
          .returning();
        return original ? sessionFromRow(original) : undefined;
      });
    },

    async setStatus(athleteId, date, status) {
      return atomically(async (tx): Promise<StoredSession | undefined> => {
        const found = await currentSession(tx, athleteId, date);
        if (!found) return undefined;
        const [row] = await tx
          .update(plannedSessions)
          .set({ status })
          .where(eq(plannedSessions.id, found.row.id))
          .returning();
        if (!row) return undefined;
        const [original] = row.replacesId
          ? await tx.select().from(plannedSessions).where(eq(plannedSessions.id, row.replacesId))
          : [];
        return sessionFromRow(row, original);
      });
    },
  };
  return repository;
}
