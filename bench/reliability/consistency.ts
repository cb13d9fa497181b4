/**
 * The checks that need no kill, on the real server process and one database:
 * - 20 concurrent requests with one Idempotency-Key → exactly one stored (one fresh 200, one activity,
 *   one processed-event row);
 * - 8 concurrent clients sending race results (each moves the VDOT, so the plan) → the runner's plan
 *   versions are 1…n with no gap or repeat;
 * - the export matches the database row for row (every list in it against its table);
 * - a delete leaves 0 rows that name the runner, in every table with an `athlete_id` and in the planned
 *   sessions of their plans, but for the audit log's one entry of that delete (who deleted them and when:
 *   kept by design, `db/schema/audit-log.ts`).
 */
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../db/client.js';
import { rows } from '../../db/migrate.js';
import { createRunner, report, send, storedKm } from './client.js';
import { startService } from './server-process.js';
import type { Target } from './targets.js';

export interface ConsistencyResult {
  readonly sameKeyStored: number;
  readonly sameKeyActivities: number;
  readonly sameKeyEvents: number;
  readonly planVersions: number;
  readonly planVersionsContiguous: boolean;
  /** Export lists whose length differs from their table's rows for the runner (`activities 3≠4`). */
  readonly exportMismatches: readonly string[];
  readonly exportRowsCompared: number;
  readonly rowsLeftAfterDelete: number;
  /** The audit log's entries for the deleted runner: its delete alone. */
  readonly auditAfterDelete: readonly string[];
}

/** The table whose entry of a delete outlives the runner. */
const AUDIT_TABLE = 'audit_log';

/** Export key → the table its list comes from. */
const EXPORT_TABLES: Readonly<Record<string, string>> = {
  goals: 'goals',
  fitness: 'fitness_snapshots',
  planVersions: 'plans',
  activities: 'activities',
  checkins: 'checkins',
  decisions: 'decisions',
  calls: 'calls',
};

const CONCURRENT_KEYS = 20;
const PLAN_CLIENTS = 8;
const PLAN_MESSAGES_PER_CLIENT = 3;

async function count(db: DatabaseHandle, query: ReturnType<typeof sql>): Promise<number> {
  return rows<{ n: number }>(await db.db.execute(query))[0]?.n ?? 0;
}

/** `deleteId`: a runner (made by the kill trials) deleted here and checked for rows left. */
export async function consistencyChecks(target: Target, deleteId: string): Promise<ConsistencyResult> {
  const server = await startService(target.env);
  const base = server.baseUrl;
  const runner = await createRunner(base);

  const same = report('same', 0);
  const outcomes = await Promise.all(Array.from({ length: CONCURRENT_KEYS }, () => send(base, runner, same)));
  const sameKeyStored = outcomes.filter((o) => o === 'stored').length;
  const sameKeyActivities = (await storedKm(base, runner)).get(same.km) ?? 0;

  // Race results: each moves the VDOT, and a new VDOT is a new plan version; from 8 clients at once.
  await Promise.all(
    Array.from({ length: PLAN_CLIENTS }, async (_, client) => {
      for (let i = 0; i < PLAN_MESSAGES_PER_CLIENT; i += 1) {
        const seconds = 22 * 60 + client * 20 + i * 7;
        const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
        await fetch(`${base}/api/athletes/${runner}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: `raced a 5k in ${time}` }),
        }).then((r) => r.arrayBuffer());
      }
    }),
  );

  const exported = (await (await fetch(`${base}/api/athletes/${runner}/export`)).json()) as Record<
    string,
    unknown
  >;
  const deleted = await fetch(`${base}/api/athletes/${deleteId}`, { method: 'DELETE' });
  if (deleted.status !== 204) throw new Error(`DELETE answered ${deleted.status}`);
  await server.stop();

  return target.inspect(async (db) => {
    const sameKeyEvents = await count(
      db,
      sql`select count(*)::int as n from processed_events where key = ${`${runner}:${same.key}`}`,
    );
    const versions = rows<{ version: number }>(
      await db.db.execute(sql`select version from plans where athlete_id = ${runner} order by version`),
    ).map((r) => r.version);
    const planVersionsContiguous = versions.every((v, i) => v === i + 1);

    const exportMismatches: string[] = [];
    let exportRowsCompared = 0;
    for (const [key, table] of Object.entries(EXPORT_TABLES)) {
      const list = exported[key];
      const inExport = Array.isArray(list) ? list.length : -1;
      const inTable = await count(
        db,
        sql`select count(*)::int as n from ${sql.identifier(table)} where athlete_id = ${runner}`,
      );
      exportRowsCompared += inTable;
      if (inExport !== inTable) exportMismatches.push(`${key} ${inExport}≠${inTable}`);
    }
    // A version's sessions as they stand, each adapted one with the original it replaced (`replaces`,
    // kept as a superseded row of its own).
    const exportedSessions = (
      (exported['planVersions'] ?? []) as { sessions?: { replaces?: unknown }[] }[]
    ).reduce((n, p) => n + (p.sessions ?? []).reduce((m, s) => m + (s.replaces === undefined ? 1 : 2), 0), 0);
    const sessionRows = await count(
      db,
      sql`select count(*)::int as n from planned_sessions s join plans p on p.id = s.plan_id where p.athlete_id = ${runner}`,
    );
    exportRowsCompared += sessionRows;
    if (exportedSessions !== sessionRows)
      exportMismatches.push(`planVersions.sessions ${exportedSessions}≠${sessionRows}`);

    const tables = rows<{ table_name: string }>(
      await db.db.execute(
        sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'athlete_id'`,
      ),
    ).map((r) => r.table_name);
    let rowsLeftAfterDelete = await count(
      db,
      sql`select count(*)::int as n from athletes where id = ${deleteId}`,
    );
    for (const table of tables.filter((t) => t !== AUDIT_TABLE))
      rowsLeftAfterDelete += await count(
        db,
        sql`select count(*)::int as n from ${sql.identifier(table)} where athlete_id = ${deleteId}`,
      );
    const auditAfterDelete = rows<{ action: string }>(
      await db.db.execute(
        sql`select action from ${sql.identifier(AUDIT_TABLE)} where athlete_id = ${deleteId}`,
      ),
    ).map((r) => r.action);
    return {
      auditAfterDelete,
      sameKeyStored,
      sameKeyActivities,
      sameKeyEvents,
      planVersions: versions.length,
      planVersionsContiguous,
      exportMismatches,
      exportRowsCompared,
      rowsLeftAfterDelete,
    };
  });
}
