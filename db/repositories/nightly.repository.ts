/**
 * The nightly adaptation's store on drizzle (PGlite or PostgreSQL): candidates and a batch's inputs in
 * one query per table, records inserted once per runner and local date, claimed in batches under a lease
 * (`claimDueBatch`, `FOR UPDATE SKIP LOCKED`).
 */
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { NightlyInputs, NightlyRepository, NightlyRun } from '../../coach/ports/nightly.js';
import type { StoredPlan } from '../../coach/ports/plan-repository.js';
import { addDays } from '../../coach/rules/calendar/add-days.js';
import type { Db } from '../client.js';
import { athleteFromRow } from '../mappers/athlete.mapper.js';
import { activityFromRow, checkinFromRow, decisionFromRow } from '../mappers/history.mapper.js';
import { planFromRows } from '../mappers/plan.mapper.js';
import {
  activities,
  athletes,
  checkins,
  decisions,
  nightlyAdaptations,
  plannedSessions,
  plans,
} from '../schema/index.js';
import { claimDueBatch } from './leased-claim.js';

const n = nightlyAdaptations;
const CLAIM = { due: ['pending', 'failed'], claimed: 'adapting' } as const;
/** Rows per INSERT when scheduling (a statement's parameters stay well under PostgreSQL's 65,535). */
const INSERT_CHUNK = 5000;

/** Groups rows by `key`. */
function byKey<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export function createNightlyRepository(db: Db): NightlyRepository {
  const held = (id: string | readonly string[], workerId: string) =>
    and(
      typeof id === 'string' ? eq(n.id, id) : inArray(n.id, [...id]),
      eq(n.claimedBy, workerId),
      eq(n.status, CLAIM.claimed),
    );
  return {
    async candidates() {
      const found = await db
        .select({
          athleteId: athletes.id,
          timezone: athletes.timezone,
          lastMessageAt: athletes.lastMessageAt,
          lastRunOn: sql<
            string | null
          >`(select max(${n.localDate})::text from ${n} where ${n.athleteId} = ${athletes.id})`,
        })
        .from(athletes)
        .where(
          and(
            // Onboarded: no draft left in the runner-state document.
            sql`${athletes.profile} -> 'onboarding' is null`,
            sql`exists (select 1 from ${plans} where ${plans.athleteId} = ${athletes.id} and ${plans.active})`,
          ),
        );
      return found.map((r) => ({
        athleteId: r.athleteId,
        timezone: r.timezone,
        ...(r.lastMessageAt ? { lastMessageAt: r.lastMessageAt } : {}),
        ...(r.lastRunOn ? { lastRunOn: r.lastRunOn } : {}),
      }));
    },

    async schedule(runs, at) {
      let added = 0;
      for (let i = 0; i < runs.length; i += INSERT_CHUNK) {
        const chunk = runs.slice(i, i + INSERT_CHUNK);
        const inserted = await db
          .insert(n)
          .values(chunk.map((r) => ({ athleteId: r.athleteId, localDate: r.localDate, nextAttemptAt: at })))
          .onConflictDoNothing({ target: [n.athleteId, n.localDate] })
          .returning({ id: n.id });
        added += inserted.length;
      }
      return added;
    },

    async claim(workerId, now, leaseMs, limit) {
      const rows = await claimDueBatch(db, n, CLAIM, workerId, now, leaseMs, limit);
      return rows.map((r): NightlyRun => ({
        id: r.id,
        athleteId: r.athleteId,
        localDate: r.localDate,
        attempts: r.attempts,
      }));
    },

    async inputs(runs, historyDays) {
      const result = new Map<string, NightlyInputs>();
      if (runs.length === 0) return result;
      const ids = [...new Set(runs.map((r) => r.athleteId))];
      const dates = runs.map((r) => r.localDate).sort();
      const from = addDays(dates[0]!, -historyDays);
      const to = dates.at(-1)!;
      const [athleteRows, planRows] = await Promise.all([
        db.select().from(athletes).where(inArray(athletes.id, ids)),
        db
          .select()
          .from(plans)
          .where(and(inArray(plans.athleteId, ids), eq(plans.active, true))),
      ]);
      const planIds = planRows.map((p) => p.id);
      const [sessionRows, activityRows, checkinRows, decisionRows] = await Promise.all([
        planIds.length === 0
          ? []
          : db
              .select()
              .from(plannedSessions)
              .where(inArray(plannedSessions.planId, planIds))
              .orderBy(asc(plannedSessions.date)),
        db
          .select()
          .from(activities)
          .where(
            and(
              inArray(activities.athleteId, ids),
              gte(activities.localDate, from),
              lte(activities.localDate, to),
            ),
          )
          .orderBy(asc(activities.localDate), asc(activities.createdAt)),
        db
          .select()
          .from(checkins)
          .where(and(inArray(checkins.athleteId, ids), gte(checkins.date, from), lte(checkins.date, to)))
          .orderBy(asc(checkins.date), asc(checkins.createdAt)),
        db
          .select()
          .from(decisions)
          .where(and(inArray(decisions.athleteId, ids), gte(decisions.date, from)))
          .orderBy(asc(decisions.date), asc(decisions.createdAt)),
      ]);
      const sessionsByPlan = byKey(sessionRows, (r) => r.planId);
      const planByAthlete = new Map(planRows.map((p) => [p.athleteId, p]));
      const activitiesOf = byKey(activityRows, (r) => r.athleteId);
      const checkinsOf = byKey(checkinRows, (r) => r.athleteId);
      const decisionsOf = byKey(decisionRows, (r) => r.athleteId);
      const dateOf = new Map(runs.map((r) => [r.athleteId, r.localDate]));
      for (const row of athleteRows) {
        const planRow = planByAthlete.get(row.id);
        if (!planRow) continue;
        const today = dateOf.get(row.id)!;
        const since = addDays(today, -historyDays);
        const plan: StoredPlan = planFromRows(planRow, sessionsByPlan.get(planRow.id) ?? []);
        result.set(row.id, {
          athlete: athleteFromRow(row),
          plan,
          activities: (activitiesOf.get(row.id) ?? [])
            .filter((a) => a.localDate >= since && a.localDate <= today)
            .map(activityFromRow),
          checkins: (checkinsOf.get(row.id) ?? [])
            .filter((c) => c.date >= since && c.date <= today)
            .map(checkinFromRow),
          decisions: (decisionsOf.get(row.id) ?? []).filter((d) => d.date >= since).map(decisionFromRow),
        });
      }
      return result;
    },

    async done(ids, workerId, stored, at) {
      if (ids.length === 0) return 0;
      const settled = await db
        .update(n)
        .set({ status: 'done', decisions: stored, doneAt: at, claimedBy: null, claimedUntil: null })
        .where(held(ids, workerId))
        .returning({ id: n.id });
      return settled.length;
    },

    async failed(id, workerId, error, retryAt) {
      const settled = await db
        .update(n)
        .set({
          status: retryAt ? 'failed' : 'dead',
          lastError: error,
          ...(retryAt ? { nextAttemptAt: retryAt } : {}),
          claimedBy: null,
          claimedUntil: null,
        })
        .where(held(id, workerId))
        .returning({ id: n.id });
      return settled.length > 0;
    },
  };
}
