import { randomUUID } from 'node:crypto';
import { asc, eq, max } from 'drizzle-orm';
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
import { NO_PLAN_CACHE, type PlanCacheView } from '../plan-cache.js';
import { plannedSessions, plans } from '../schema/index.js';
import {
  activePlan,
  activePlanHead,
  currentOfPlan,
  currentOfRunner,
  sessionById,
  sessionRowsFromJson,
  sessionsOfActivePlan,
  sessionsOfPlan,
} from './plan-statements.js';
import { replaceCurrentSessions } from './plan-replace.js';
import { setStatusKept } from './plan-status.js';

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

export interface PlanRepositoryOptions {
  /**
   * `db` is a unit of work's transaction already, so a write of several statements runs in it as is (a
   * failure rolls the whole unit back) instead of in a savepoint of its own, which costs two more round
   * trips per write.
   */
  readonly inTransaction?: boolean;
  /**
   * The plans the process keeps (`db/plan-cache.ts`; a unit of work's staged view inside one): `active`
   * answers from it when the plan's row says the same revision, and a status set in a unit of work updates
   * it. None by default.
   */
  readonly cache?: PlanCacheView;
}

export function createPlanRepository(
  db: Db,
  { inTransaction = false, cache = NO_PLAN_CACHE }: PlanRepositoryOptions = {},
): PlanRepository {
  const atomically = <T>(work: (tx: Db) => Promise<T>): Promise<T> =>
    inTransaction ? work(db) : db.transaction((t) => work(t as unknown as Db));

  async function activePlanRow(tx: Db, athleteId: string) {
    const [row] = await activePlan(tx, { athleteId });
    return row;
  }

  /** The current (not superseded) session of the active plan on `date`, with the row it replaced. */
  async function currentSession(tx: Db, athleteId: string, date: string) {
    const plan = await activePlanRow(tx, athleteId);
    if (!plan) return undefined;
    const [row] = await currentOfPlan(tx, { planId: plan.id, date });
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
      // The one insert of its sessions took the new plan from revision 0 to 1.
      if (stored.sessions.length > 0 && inTransaction) cache.set(athleteId, { revision: 1, plan: stored });
      else cache.forget(athleteId);
      return stored;
    },

    async active(athleteId) {
      // With a kept copy, the plan's id and revision alone say whether it is still the plan (one statement,
      // no summary to parse): only a copy that is not reads the plan after it. With none, the plan's row
      // and its sessions at once (one round trip on PostgreSQL). Outside a transaction a new version could
      // land between the two: sessions of another plan are read again by the plan's id. A copy is kept at
      // the revision its own rows were read at.
      const kept = cache.get(athleteId);
      if (kept) {
        const [head] = await activePlanHead(db, { athleteId });
        if (!head) return undefined;
        if (kept.plan.id === head.id && kept.revision === head.revision && (await (kept.confirmed ?? true)))
          return kept.plan;
      }
      const [plan, [found]] = await Promise.all([
        activePlanRow(db, athleteId),
        sessionsOfActivePlan(db, { athleteId }),
      ]);
      if (!plan) return undefined;
      const own =
        found && found.planId === plan.id
          ? { revision: found.revision, rows: sessionRowsFromJson(found.sessions) }
          : await sessionsOfPlan(db, { planId: plan.id }).then((rows) => ({
              revision: rows[0]?.revision,
              rows,
            }));
      const stored = planFromRows(plan, own.rows);
      if (own.revision !== undefined && own.rows.length > 0)
        cache.set(athleteId, { revision: own.revision, plan: stored });
      return stored;
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
      const [row] = await currentOfRunner(db, { athleteId, date });
      if (!row) return undefined;
      const { replacesId } = row;
      const [original] = replacesId ? await sessionById(db, { id: replacesId }) : [];
      return sessionFromRow(row, original);
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
      const [replaced] = await repository.replaceSessions(athleteId, [session]);
      return replaced;
    },

    async replaceSessions(athleteId, sessions) {
      // One session a date, the last one given for it. Nothing to replace leaves the kept plan as it is.
      const wanted = [...new Map(sessions.map((s) => [s.date, s])).values()];
      if (wanted.length === 0) return [];
      cache.forget(athleteId);
      return atomically((tx) => replaceCurrentSessions(tx, athleteId, wanted));
    },

    async placeSession(athleteId, session) {
      cache.forget(athleteId);
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
      cache.forget(athleteId);
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

    setStatus: (athleteId, date, status) =>
      atomically((tx) => setStatusKept(tx, { cache, inTransaction }, athleteId, date, status)),
  };
  return repository;
}
