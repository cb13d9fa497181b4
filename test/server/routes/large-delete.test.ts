/**
 * Deleting a runner with a long history (issue 14 §7): thousands of planned sessions, superseded originals
 * their replacements point at, and runs linked to them. With every foreign key indexed the cascade finds
 * the referencing rows by index instead of scanning `planned_sessions` and `activities` once per deleted
 * session (18,000 sessions took 9 s on PGlite and blocked `/health` the whole time). No timing: the
 * delete and a concurrent `/health` both succeed, nothing of the runner is left, and on PGlite the
 * table statistics show the cascade did not scan those tables per session.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rows } from '../../../db/migrate.js';
import { buildTestApp } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

/** Planned sessions of the runner: half of them superseded originals, each replaced by the next one. */
const SESSIONS = 3_000;

describeEachDatabase('deleting a runner with thousands of sessions', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle);
  });
  afterAll(() => app.close());

  /** A runner with one plan of `SESSIONS` sessions (pairs of original and replacement) and a run on each. */
  async function seedRunner(): Promise<string> {
    const created = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name: 'Rita', timezone: 'Europe/Lisbon' },
    });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as { id: string }).id;
    const db = ctx.handle.db;
    await db.execute(sql`
      insert into plans (athlete_id, version, rules_version) values (${id}, 1, 'test')`);
    await db.execute(sql`
      insert into planned_sessions (plan_id, athlete_id, date, kind, minutes, km, status)
      select p.id, ${id}, date '2020-01-01' + (g / 2), 'easy', 40, 8,
             case when g % 2 = 0 then 'superseded' else 'adapted' end
      from plans p, generate_series(0, ${SESSIONS - 1}) g where p.athlete_id = ${id}`);
    await db.execute(sql`
      update planned_sessions r set replaces_id = o.id
      from planned_sessions o
      where r.athlete_id = ${id} and o.athlete_id = ${id} and r.status = 'adapted'
        and o.status = 'superseded' and o.date = r.date`);
    await db.execute(sql`
      insert into activities (athlete_id, local_date, source, planned_session_id, distance_meters)
      select ${id}, s.date, 'api', s.id, 8000 from planned_sessions s where s.athlete_id = ${id}`);
    return id;
  }

  /** Sequential scans so far of the tables the cascade looks up referencing rows in. */
  async function sequentialScans(): Promise<number> {
    await ctx.handle.db.execute(sql`select pg_stat_force_next_flush()`);
    const result = await ctx.handle.db.execute(sql`
      select coalesce(sum(seq_scan), 0)::int as n from pg_stat_user_tables
      where relname in ('planned_sessions', 'activities')`);
    return rows<{ n: number }>(result)[0]!.n;
  }

  it('completes, leaves nothing of the runner, and /health is answered alongside', async () => {
    const id = await seedRunner();
    const linked = await ctx.handle.db.execute(
      sql`select count(*)::int as n from activities where planned_session_id is not null`,
    );
    expect(rows<{ n: number }>(linked)[0]!.n).toBe(SESSIONS);
    const scansBefore = ctx.engine === 'pglite' ? await sequentialScans() : 0;

    const [deleted, health] = await Promise.all([
      app.inject({ method: 'DELETE', url: `/api/athletes/${id}` }),
      app.inject('/health'),
    ]);
    expect(deleted.statusCode).toBe(204);
    expect(health.statusCode).toBe(200);

    const left = await ctx.handle.db.execute(sql`
      select (select count(*) from planned_sessions)::int + (select count(*) from activities)::int
        + (select count(*) from plans)::int as n`);
    expect(rows<{ n: number }>(left)[0]!.n).toBe(0);
    // PGlite is one backend, so its statistics are this test's own: without the indexes the cascade
    // scans both tables once per deleted session (thousands); with them, a handful at most.
    if (ctx.engine === 'pglite') expect((await sequentialScans()) - scansBefore).toBeLessThan(20);
  });
});
