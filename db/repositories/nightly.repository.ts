/**
 * The nightly adaptation's store on drizzle (PGlite or PostgreSQL): candidates and a batch's inputs in
 * one query per table, records inserted once per runner and local date, claimed in batches under a lease
 * (`claimDueBatch`, `FOR UPDATE SKIP LOCKED`).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { AdaptationWrites } from '../../coach/model/adaptation-writes.js';
import type { Athlete } from '../../coach/model/athlete.js';
import { runnerStateToJson } from '../../coach/model/runner-state.js';
import type { StoredDecision } from '../../coach/model/stored-decision.js';
import type { NightlyInputs, NightlyRepository, NightlyRun } from '../../coach/ports/nightly.js';
import { addDays } from '../../coach/rules/calendar/add-days.js';
import type { Db } from '../client.js';
import { athleteFromRow } from '../mappers/athlete.mapper.js';
import {
  activityFromRow,
  checkinFromRow,
  decisionFromRow,
  decisionToInsert,
  fitnessToInsert,
} from '../mappers/history.mapper.js';
import { planFromRows, planSummary, sessionToInsert } from '../mappers/plan.mapper.js';
import { rows } from '../migrate.js';
import {
  activities,
  athletes,
  checkins,
  decisions,
  fitnessSnapshots,
  nightlyAdaptations,
  plannedSessions,
  plans,
  SUPERSEDED,
} from '../schema/index.js';
import { createRepositories } from './index.js';
import { insertJson } from './json-rows.js';
import { claimDueBatch } from './leased-claim.js';
import { sessionRows } from './plan.repository.js';

const n = nightlyAdaptations;
const CLAIM = { due: ['pending', 'failed'], claimed: 'adapting' } as const;
/** Runs per INSERT when scheduling (one JSON parameter each). */
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

/** The session fields a plan is rebuilt from (`planFromRows`), its `planId` aside (the group's). */
const SESSION_FIELDS = [
  'id',
  'date',
  'kind',
  'hard',
  'minutes',
  'km',
  'purpose',
  'purposeCode',
  'purposeFacts',
  'steps',
  'status',
  'replacesId',
] as const;
type SessionRow = typeof plannedSessions.$inferSelect;

/** A session row of plan `planId` from its `SESSION_FIELDS` array (only what `planFromRows` reads). */
function sessionOf(planId: string, v: readonly unknown[]): SessionRow {
  const [id, date, kind, hard, minutes, km, purpose, purposeCode, purposeFacts, steps, status, replacesId] =
    v;
  return {
    id,
    planId,
    date,
    kind,
    hard,
    minutes,
    km,
    purpose,
    purposeCode,
    purposeFacts,
    steps,
    status,
    replacesId,
  } as SessionRow;
}

/** Each runner's inputs by athlete id, built when asked for (and not kept: what the job drops dies young). */
type InputsOf = (athleteId: string) => NightlyInputs | undefined;

/**
 * The inputs of each run's runner, one query per table for the whole batch; `athleteRows` when they were
 * read already (locked). A runner's plan stays one JSON text until their inputs are asked for.
 */
async function readInputs(
  db: Db,
  runs: readonly NightlyRun[],
  historyDays: number,
  athleteRows?: readonly (typeof athletes.$inferSelect)[],
): Promise<InputsOf> {
  if (runs.length === 0) return () => undefined;
  const ids = [...new Set(runs.map((r) => r.athleteId))];
  const dates = runs.map((r) => r.localDate).sort();
  const from = addDays(dates[0]!, -historyDays);
  const to = dates.at(-1)!;
  const s = plannedSessions;
  const [athleteFound, planRows, sessionFound, activityRows, checkinRows, decisionRows] = await Promise.all([
    athleteRows ?? db.select().from(athletes).where(inArray(athletes.id, ids)),
    db
      .select()
      .from(plans)
      .where(and(inArray(plans.athleteId, ids), eq(plans.active, true))),
    // One JSON text per plan, each session an array of the fields `planFromRows` reads (no targets, no
    // timestamps; nothing else sees these rows): PostgreSQL writes no keys, Node parses one string. In
    // date order, so the plan's sort finds them sorted.
    db
      .select({
        planId: s.planId,
        sessions: sql<string>`json_agg(json_build_array(${sql.join(
          SESSION_FIELDS.map((f) => s[f]),
          sql`, `,
        )}) order by ${s.date})::text`,
      })
      .from(s)
      .innerJoin(plans, and(eq(plans.id, s.planId), eq(plans.active, true)))
      .where(inArray(plans.athleteId, ids))
      .groupBy(s.planId),
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
  const sessionsOf = new Map(sessionFound.map((d) => [d.planId, d.sessions]));
  const athleteOf = new Map(athleteFound.map((r) => [r.id, r]));
  const planByAthlete = new Map(planRows.map((p) => [p.athleteId, p]));
  const activitiesOf = byKey(activityRows, (r) => r.athleteId);
  const checkinsOf = byKey(checkinRows, (r) => r.athleteId);
  const decisionsOf = byKey(decisionRows, (r) => r.athleteId);
  const dateOf = new Map(runs.map((r) => [r.athleteId, r.localDate]));
  return (athleteId) => {
    const row = athleteOf.get(athleteId);
    const planRow = planByAthlete.get(athleteId);
    const today = dateOf.get(athleteId);
    if (!row || !planRow || today === undefined) return undefined;
    const since = addDays(today, -historyDays);
    const text = sessionsOf.get(planRow.id);
    const sessions =
      text === undefined ? [] : (JSON.parse(text) as unknown[][]).map((v) => sessionOf(planRow.id, v));
    let athlete: Athlete | undefined;
    return {
      get athlete() {
        return (athlete ??= athleteFromRow(row));
      },
      ...(row.restingHr !== null ? { restingHr: row.restingHr } : {}),
      plan: planFromRows(planRow, sessions),
      activities: (activitiesOf.get(athleteId) ?? [])
        .filter((a) => a.localDate >= since && a.localDate <= today)
        .map(activityFromRow),
      checkins: (checkinsOf.get(athleteId) ?? [])
        .filter((c) => c.date >= since && c.date <= today)
        .map(checkinFromRow),
      decisions: (decisionsOf.get(athleteId) ?? []).filter((d) => d.date >= since).map(decisionFromRow),
    };
  };
}

/**
 * The current (not superseded) session of each runner's active plan on each date, by `athleteId date`:
 * what `PlanRepository.replaceSession` and `setStatus` look up one at a time.
 */
async function currentSessions(
  tx: Db,
  wanted: readonly { athleteId: string; date: string }[],
): Promise<Map<string, Pick<SessionRow, 'id' | 'planId' | 'replacesId'>>> {
  const found = new Map<string, Pick<SessionRow, 'id' | 'planId' | 'replacesId'>>();
  if (wanted.length === 0) return found;
  const s = plannedSessions;
  const result = await tx.execute(sql`
    select ${s.id} as id, ${s.planId} as plan_id, ${s.replacesId} as replaces_id, ${plans.athleteId} as athlete_id,
      ${s.date}::text as date
    from jsonb_to_recordset(${JSON.stringify(wanted)}::jsonb) as x("athleteId" uuid, date date)
    join ${plans} on ${plans.athleteId} = x."athleteId" and ${plans.active}
    join ${s} on ${s.planId} = ${plans.id} and ${s.date} = x.date and ${s.status} <> ${SUPERSEDED}`);
  for (const r of rows<{
    id: string;
    plan_id: string;
    replaces_id: string | null;
    athlete_id: string;
    date: string;
  }>(result))
    // As `currentSession`'s `limit 1`: the first found.
    if (!found.has(`${r.athlete_id} ${r.date}`))
      found.set(`${r.athlete_id} ${r.date}`, { id: r.id, planId: r.plan_id, replacesId: r.replaces_id });
  return found;
}

/**
 * Every runner's adaptation stored at once, with the effects of `PlanRepository.save` / `replaceSession`
 * / `setStatus`, `DecisionRepository.add` / `setStatus` and `FitnessRepository.add` one by one: new plan
 * versions (the old ones inactive) with their sessions, replaced sessions (an adapted one deleted, a
 * first original kept superseded), statuses, offers made final, snapshots, then the decisions. The
 * sessions changed are those current on their dates in each runner's active plan, read here in one query.
 */
async function storeAdaptations(
  tx: Db,
  adaptations: readonly { readonly athleteId: string; readonly writes: AdaptationWrites }[],
): Promise<Map<string, StoredDecision[]>> {
  const stored = new Map<string, StoredDecision[]>();
  if (adaptations.length === 0) return stored;
  const current = await currentSessions(
    tx,
    adaptations.flatMap(({ athleteId, writes }) =>
      writes.version
        ? []
        : writes.sessions.map((c) => ({ athleteId, date: 'replace' in c ? c.replace.date : c.date })),
    ),
  );
  const versioned = adaptations.filter((a) => a.writes.version !== undefined);
  const newPlans: (typeof plans.$inferInsert)[] = [];
  const sessionInserts: (typeof plannedSessions.$inferInsert)[] = [];
  const deleted: string[] = [];
  const statuses: { id: string; status: string }[] = [];
  for (const { athleteId, writes } of versioned) {
    const plan = writes.version!.plan;
    const id = randomUUID();
    newPlans.push({ id, athleteId, version: 0, rulesVersion: plan.rulesVersion, summary: planSummary(plan) });
    for (const row of sessionRows(id, athleteId, plan)) sessionInserts.push({ id: randomUUID(), ...row });
  }
  for (const { athleteId, writes } of adaptations) {
    if (writes.version) continue;
    const currentOn = (date: string) => current.get(`${athleteId} ${date}`);
    for (const change of writes.sessions) {
      if ('replace' in change) {
        const row = currentOn(change.replace.date);
        if (!row) continue;
        // Adapting an adapted session replaces the adaptation but keeps pointing at the first original.
        const originalId = row.replacesId ?? row.id;
        if (row.replacesId) deleted.push(row.id);
        else statuses.push({ id: row.id, status: SUPERSEDED });
        const session = { ...change.replace, status: change.replace.status ?? 'adapted' };
        sessionInserts.push({
          id: randomUUID(),
          ...sessionToInsert(row.planId, athleteId, session, originalId),
        });
      } else {
        const row = currentOn(change.date);
        if (row) statuses.push({ id: row.id, status: change.status });
      }
    }
  }

  if (versioned.length > 0) {
    const who = versioned.map((a) => a.athleteId);
    await tx.update(plans).set({ active: false }).where(inArray(plans.athleteId, who));
    const docs = JSON.stringify(
      newPlans.map((p) => ({
        id: p.id,
        athlete_id: p.athleteId,
        rules_version: p.rulesVersion,
        summary: p.summary,
      })),
    );
    // Each runner's next version number, as `save` takes it.
    await tx.execute(sql`
      insert into ${plans} (id, athlete_id, version, rules_version, summary)
      select x.id, x.athlete_id,
        coalesce((select max(p.version) from ${plans} p where p.athlete_id = x.athlete_id), 0) + 1,
        x.rules_version, x.summary
      from jsonb_to_recordset(${docs}::jsonb) as x(id uuid, athlete_id uuid, rules_version text, summary jsonb)`);
  }
  if (deleted.length > 0) await tx.delete(plannedSessions).where(inArray(plannedSessions.id, deleted));
  if (statuses.length > 0)
    await tx.execute(sql`
      update ${plannedSessions} set status = x.status
      from jsonb_to_recordset(${JSON.stringify(statuses)}::jsonb) as x(id uuid, status text)
      where ${plannedSessions.id} = x.id`);
  await insertJson(tx, plannedSessions, sessionInserts);
  const applied = versioned.flatMap((a) => a.writes.version!.applied);
  if (applied.length > 0)
    await tx.update(decisions).set({ status: 'applied' }).where(inArray(decisions.id, applied));
  await insertJson(
    tx,
    fitnessSnapshots,
    versioned.map((a) => fitnessToInsert({ athleteId: a.athleteId, ...a.writes.version!.fitness })),
  );

  const decisionRows = adaptations.flatMap(({ athleteId, writes }) =>
    writes.decisions.map((d) => ({ id: randomUUID(), ...decisionToInsert({ ...d, athleteId }) })),
  );
  const inserted = new Map(
    (await insertJson(tx, decisions, decisionRows, { returning: true })).map((r) => [r.id, r]),
  );
  for (const row of decisionRows) {
    const list = stored.get(row.athleteId) ?? [];
    list.push(decisionFromRow(inserted.get(row.id)!));
    stored.set(row.athleteId, list);
  }
  return stored;
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
        const docs = JSON.stringify(
          runs.slice(i, i + INSERT_CHUNK).map((r) => ({ athlete_id: r.athleteId, local_date: r.localDate })),
        );
        const result = await db.execute(sql`
          with added as (
            insert into ${n} (athlete_id, local_date, next_attempt_at)
            select x.athlete_id, x.local_date, ${at.toISOString()}::timestamptz
            from jsonb_to_recordset(${docs}::jsonb) as x(athlete_id uuid, local_date date)
            on conflict (athlete_id, local_date) do nothing
            returning 1)
          select count(*)::int as added from added`);
        added += Number(rows<{ added: number | string }>(result)[0]?.added ?? 0);
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
      const inputOf = await readInputs(db, runs, historyDays);
      const found = new Map<string, NightlyInputs>();
      for (const { athleteId } of runs) {
        const input = found.has(athleteId) ? undefined : inputOf(athleteId);
        if (input) found.set(athleteId, input);
      }
      return found;
    },

    locked(runs, historyDays, work) {
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const ids = [...new Set(runs.map((r) => r.athleteId))].sort();
        // One statement locks the batch, in id order: two batches holding the same runner wait, never deadlock.
        const locked =
          ids.length === 0
            ? []
            : await tx
                .select()
                .from(athletes)
                .where(inArray(athletes.id, ids))
                .orderBy(asc(athletes.id))
                .for('update');
        const inputOf = await readInputs(tx, runs, historyDays, locked);
        return work({
          input: inputOf,
          repositories: createRepositories(tx, { inTransaction: true }),
          store: (adaptations) => storeAdaptations(tx, adaptations),
          async saveStates(states) {
            if (states.length === 0) return;
            const docs = states.map((s) => ({ id: s.athleteId, profile: runnerStateToJson(s.state) }));
            await tx.execute(sql`
              update ${athletes} set profile = x.profile, updated_at = now()
              from jsonb_to_recordset(${JSON.stringify(docs)}::jsonb) as x(id uuid, profile jsonb)
              where ${athletes.id} = x.id`);
          },
          async done(settled, workerId, at) {
            if (settled.length === 0) return 0;
            const docs = JSON.stringify(settled.map((r) => ({ id: r.id, decisions: r.decisions })));
            const result = await tx.execute(sql`
              update ${n} set status = 'done', decisions = x.decisions, done_at = ${at.toISOString()}::timestamptz,
                claimed_by = null, claimed_until = null
              from jsonb_to_recordset(${docs}::jsonb) as x(id uuid, decisions integer)
              where ${n.id} = x.id and ${n.claimedBy} = ${workerId} and ${n.status} = ${CLAIM.claimed}
              returning ${n.id}`);
            return rows(result).length;
          },
        });
      });
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
