/** The nightly adaptation's bulk writes: a batch's adaptations stored at once (`nightly.repository.ts`). */
import { randomUUID } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { AdaptationWrites } from '../../coach/model/adaptation-writes.js';
import type { StoredDecision } from '../../coach/model/stored-decision.js';
import type { Db } from '../client.js';
import { decisionFromRow, decisionToInsert, fitnessToInsert } from '../mappers/history.mapper.js';
import { planSummary, sessionToInsert } from '../mappers/plan.mapper.js';
import { rows } from '../migrate.js';
import { decisions, fitnessSnapshots, plannedSessions, plans, SUPERSEDED } from '../schema/index.js';
import { insertJson } from './json-rows.js';
import { sessionRows } from './plan.repository.js';

type SessionRow = typeof plannedSessions.$inferSelect;

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
export async function storeAdaptations(
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
