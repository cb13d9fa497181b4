/** The nightly adaptation's bulk reads: a batch's inputs, one query per table (`nightly.repository.ts`). */
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Athlete } from '../../coach/model/athlete.js';
import type { NightlyInputs, NightlyRun } from '../../coach/ports/nightly.js';
import { addDays } from '../../coach/rules/calendar/add-days.js';
import type { Db } from '../client.js';
import { athleteFromRow } from '../mappers/athlete.mapper.js';
import { activityFromRow, checkinFromRow, decisionFromRow } from '../mappers/history.mapper.js';
import { planFromRows } from '../mappers/plan.mapper.js';
import { activities, athletes, checkins, decisions, plannedSessions, plans } from '../schema/index.js';
import { sessionRowsFromJson, sessionsJson } from './plan-statements.js';

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

/** Each runner's inputs by athlete id, built when asked for (and not kept: what the job drops dies young). */
export type InputsOf = (athleteId: string) => NightlyInputs | undefined;

/**
 * The inputs of each run's runner, one query per table for the whole batch; `athleteRows` when they were
 * read already (locked). A runner's plan stays one JSON text until their inputs are asked for.
 */
export async function readInputs(
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
    // One JSON text per plan (`sessionsJson`, as a runner's plan is read by day): in date order, so the
    // plan's sort finds them sorted.
    db
      .select({ planId: s.planId, sessions: sessionsJson })
      .from(s)
      .innerJoin(plans, and(eq(plans.id, s.planId), eq(plans.active, true)))
      // The sessions by their own runner too (their index), as in `plan-statements.ts`.
      .where(and(inArray(s.athleteId, ids), inArray(plans.athleteId, ids)))
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
    const sessions = text === undefined ? [] : sessionRowsFromJson(text);
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
