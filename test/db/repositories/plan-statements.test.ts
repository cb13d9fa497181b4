/**
 * The plan repository's statements keep to the runner's index without statistics (PostgreSQL): on a
 * table grown since its last ANALYZE (or with autovacuum off) the generic plan of a join picked only
 * through `plans` scanned every runner's sessions. Here 1,500 runners' plans (~200k sessions) are written
 * with autovacuum off for the tables, no ANALYZE, and PostgreSQL's generic plans forced; every read and
 * write of one runner's plan must then touch `planned_sessions` through an index alone
 * (`pg_stat_xact_user_tables.seq_scan` stays 0 in the transaction) and still answer that runner's plan.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Db, type DatabaseHandle } from '../../../db/client.js';
import { migrateDatabase, rows } from '../../../db/migrate.js';
import { createRepositories } from '../../../db/repositories/index.js';
import { createPlanRepository } from '../../../db/repositories/plan.repository.js';
import { createScratchPostgres, engines } from '../../helpers/database.js';
import { easy, plan } from '../../helpers/plan-fixture.js';

/** Other runners, each with an active plan of `SESSIONS` sessions (and an older, inactive one). */
const RUNNERS = 1500;
const SESSIONS = 130;

describe.runIf(engines().includes('postgres'))('the plan statements without statistics', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let handle: DatabaseHandle;
  let athleteId: string;

  beforeAll(async () => {
    scratch = await createScratchPostgres('runloop_plan_stmts');
    handle = await createDatabase({ url: scratch.url, maxConnections: 2 });
    await migrateDatabase(handle);
    const { db } = handle;
    for (const table of ['athletes', 'plans', 'planned_sessions'])
      await db.execute(sql.raw(`alter table ${table} set (autovacuum_enabled = false)`));
    const created = await createRepositories(db).athletes.create({ name: 'Ana' });
    if (!created.ok) throw new Error(created.code);
    athleteId = created.value.id;
    await createRepositories(db).plans.save(athleteId, plan);
    await db.execute(
      sql.raw(`
        insert into athletes (id, name)
          select gen_random_uuid(), 'Runner ' || n from generate_series(1, ${RUNNERS}) n;
        insert into plans (athlete_id, version, rules_version, active)
          select a.id, v, 'test', v = 2 from athletes a cross join generate_series(1, 2) v
          where a.id <> '${athleteId}';
        insert into planned_sessions (plan_id, athlete_id, date, kind, minutes, km)
          select p.id, p.athlete_id, date '2026-12-01' + d, 'easy', 40, 7
          from plans p cross join generate_series(0, ${SESSIONS - 1}) d
          where p.athlete_id <> '${athleteId}';
      `),
    );
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
    await scratch?.drop();
  });

  /** `work` in one transaction with generic plans forced; its result and the sequential scans it made. */
  async function scansDuring<T>(work: (tx: Db) => Promise<T>): Promise<{ result: T; seqScans: number }> {
    return handle.db.transaction(async (t) => {
      const tx = t as unknown as Db;
      await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
      const result = await work(tx);
      const [counts] = rows<{ seq_scan: string }>(
        await tx.execute(
          sql`select seq_scan from pg_stat_xact_user_tables where relname = 'planned_sessions'`,
        ),
      );
      return { result, seqScans: Number(counts?.seq_scan ?? 0) };
    });
  }

  it('reads the whole active plan (no kept copy) through the runner’s index', async () => {
    const { result, seqScans } = await scansDuring((tx) =>
      createPlanRepository(tx, { inTransaction: true }).active(athleteId),
    );
    expect(result?.sessions.map((s) => s.date)).toEqual(
      plan.weeks.flatMap((w) => w.sessions.map((s) => s.date)),
    );
    expect(seqScans).toBe(0);
  });

  it('reads a day’s session, sets its status and replaces sessions through the runner’s index', async () => {
    const { result, seqScans } = await scansDuring(async (tx) => {
      const plans = createPlanRepository(tx, { inTransaction: true });
      const before = await plans.sessionOn(athleteId, '2026-12-07');
      const done = await plans.setStatus(athleteId, '2026-12-09', 'done');
      const replaced = await plans.replaceSessions(athleteId, [
        easy('2026-12-12', 30),
        easy('2026-12-07', 35),
      ]);
      return { before, done, replaced };
    });
    expect(result.before?.minutes).toBe(40);
    expect(result.done?.status).toBe('done');
    expect(result.replaced.map((s) => [s.date, s.minutes])).toEqual([
      ['2026-12-12', 30],
      ['2026-12-07', 35],
    ]);
    expect(seqScans).toBe(0);
  });
});
