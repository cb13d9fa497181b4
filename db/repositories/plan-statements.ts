/** The plan repository's hot statements, prebuilt (`db/prebuilt.ts`): each built once per process. */
import { and, asc, eq, getTableColumns, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { ph, prebuilt, setTo } from '../prebuilt.js';
import { SUPERSEDED, plannedSessions, plans } from '../schema/index.js';
import type { SessionRow } from '../mappers/plan.mapper.js';

/** The columns of `SessionRow`: what a session is read back from. */
export const SESSION_FIELDS = {
  id: plannedSessions.id,
  date: plannedSessions.date,
  kind: plannedSessions.kind,
  hard: plannedSessions.hard,
  minutes: plannedSessions.minutes,
  km: plannedSessions.km,
  purpose: plannedSessions.purpose,
  purposeCode: plannedSessions.purposeCode,
  purposeFacts: plannedSessions.purposeFacts,
  steps: plannedSessions.steps,
  status: plannedSessions.status,
  replacesId: plannedSessions.replacesId,
} satisfies Record<keyof SessionRow, unknown>;

/** `SESSION_FIELDS`' names, in the order `sessionsJson` writes each session's values. */
const SESSION_KEYS = Object.keys(SESSION_FIELDS) as (keyof SessionRow)[];

/**
 * A plan's sessions as one JSON text (in an aggregate over `planned_sessions`): an array of values per
 * session, `SESSION_FIELDS`' columns in that order, by date. PostgreSQL writes no keys and Node parses one
 * string instead of mapping ~130 rows of 12 columns: a whole plan's read took 1.07 ms of Node CPU as
 * rows, 0.67 ms as this text (300 runners' plans read in turn on this machine). Read back by
 * `sessionRowsFromJson`.
 */
export const sessionsJson = sql<string>`json_agg(json_build_array(${sql.join(
  Object.values(SESSION_FIELDS),
  sql`, `,
)}) order by ${plannedSessions.date})::text`;

/** The session rows in a `sessionsJson` text, as the plan mapper reads them (`planFromRows`). */
export function sessionRowsFromJson(text: string): SessionRow[] {
  return (JSON.parse(text) as unknown[][]).map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < SESSION_KEYS.length; i++) row[SESSION_KEYS[i]!] = values[i];
    return row as SessionRow;
  });
}

/** `:athleteId`'s active plan. */
const activeOfRunner = and(eq(plans.athleteId, ph('athleteId')), eq(plans.active, true));
/**
 * `:athleteId`'s sessions in their active plan. The sessions are also picked by their own `athlete_id`
 * (the runner's index, `planned_sessions_athlete_date_idx`), not only through the join: without fresh
 * statistics (a table grown since its last ANALYZE, or autovacuum off) PostgreSQL's generic plan for the
 * join alone scanned every runner's sessions, ~60 ms a read at 2,000 runners
 * (`test/db/repositories/plan-statements.test.ts`).
 */
const activeSessionsOfRunner = and(eq(plannedSessions.athleteId, ph('athleteId')), activeOfRunner);

export const activePlan = prebuilt((db) => db.select().from(plans).where(activeOfRunner).limit(1));
/**
 * The active plan's id and revision alone: what says whether a kept copy (`db/plan-cache.ts`) is still the
 * plan, without the summary's JSON the whole row carries.
 */
export const activePlanHead = prebuilt((db) =>
  db.select({ id: plans.id, revision: plans.revision }).from(plans).where(activeOfRunner).limit(1),
);
/** A plan's sessions, each with the plan's revision as this statement saw it. */
export const sessionsOfPlan = prebuilt((db) =>
  db
    .select({ ...SESSION_FIELDS, planId: plannedSessions.planId, revision: plans.revision })
    .from(plannedSessions)
    .innerJoin(plans, eq(plans.id, plannedSessions.planId))
    .where(eq(plannedSessions.planId, ph('planId')))
    .orderBy(asc(plannedSessions.date)),
);
/**
 * The sessions of the runner's active plan as one JSON text (`sessionsJson`), with the plan's id and
 * revision as this statement saw them: read beside the plan's row (no wait for its id) when the process
 * keeps no copy of it. No row when the plan has no sessions.
 */
export const sessionsOfActivePlan = prebuilt((db) =>
  db
    .select({ planId: plannedSessions.planId, revision: plans.revision, sessions: sessionsJson })
    .from(plannedSessions)
    .innerJoin(plans, eq(plans.id, plannedSessions.planId))
    .where(activeSessionsOfRunner)
    .groupBy(plannedSessions.planId, plans.revision),
);
export const sessionById = prebuilt((db) =>
  db
    .select()
    .from(plannedSessions)
    .where(eq(plannedSessions.id, ph('id'))),
);
/** The plan's current (not superseded) session on a date. */
export const currentOfPlan = prebuilt((db) =>
  db
    .select()
    .from(plannedSessions)
    .where(
      and(
        eq(plannedSessions.planId, ph('planId')),
        eq(plannedSessions.date, ph('date')),
        ne(plannedSessions.status, SUPERSEDED),
      ),
    )
    .limit(1),
);
/** `:athleteId`'s current (not superseded) session on `:date` in their active plan. */
const currentOnDate = and(
  activeSessionsOfRunner,
  eq(plannedSessions.date, ph('date')),
  ne(plannedSessions.status, SUPERSEDED),
);
/** The runner's current session on a date in their active plan (one join). */
export const currentOfRunner = prebuilt((db) =>
  db
    .select(SESSION_FIELDS)
    .from(plannedSessions)
    .innerJoin(plans, eq(plans.id, plannedSessions.planId))
    .where(currentOnDate)
    .limit(1),
);
/** Sets the status of the runner's current session on a date in their active plan: one statement. */
export const setStatusOnDate = prebuilt((db) =>
  db
    .update(plannedSessions)
    .set({ status: setTo<string>('status') })
    .where(
      inArray(
        plannedSessions.id,
        db
          .select({ id: plannedSessions.id })
          .from(plannedSessions)
          .innerJoin(plans, eq(plans.id, plannedSessions.planId))
          .where(currentOnDate)
          .limit(1),
      ),
    )
    .returning(),
);
/**
 * The runner's current (not superseded) sessions on `dates` in their active plan, whole rows, in one
 * statement. Not prebuilt: its text grows with the number of dates (an adaptation's handful).
 */
export const currentOfRunnerOn = (db: Db, athleteId: string, dates: readonly string[]) =>
  db
    .select(getTableColumns(plannedSessions))
    .from(plannedSessions)
    .innerJoin(plans, eq(plans.id, plannedSessions.planId))
    .where(
      and(
        eq(plannedSessions.athleteId, athleteId),
        eq(plans.athleteId, athleteId),
        eq(plans.active, true),
        inArray(plannedSessions.date, [...dates]),
        ne(plannedSessions.status, SUPERSEDED),
      ),
    );
