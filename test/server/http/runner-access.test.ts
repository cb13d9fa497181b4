/**
 * Per-runner access for the HTTP API (issue 14 §11), through the real app on both databases: a runner's
 * token reaches everything about its own runner and nothing else (another runner, creating runners,
 * issuing tokens); only its sha256 is stored; revoking it, or the runner deleting themselves, ends it;
 * failed attempts per client IP end in 429 TOO_MANY_FAILED_ATTEMPTS with Retry-After.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rows } from '../../../db/migrate.js';
import { createFailedAttempts } from '../../../server/http/failed-attempts.js';
import { gpxRun } from '../../helpers/activity-files.js';
import { buildTestApp, coachDeps, SAMPLE_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const OPERATOR = 'operator-token-0123456789abcdef';
const now = new Date('2026-12-08T07:30:00Z');

describeEachDatabase('runner-scoped API tokens', (ctx) => {
  let app: FastifyInstance;
  let clockMs = 0;
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle, {
      coach: coachDeps(ctx.handle, { now: () => now }),
      apiToken: OPERATOR,
      failedAttempts: createFailedAttempts({
        maxFailures: 5,
        windowMs: 60_000,
        lockMs: 30_000,
        now: () => clockMs,
      }),
    });
  });
  afterAll(async () => app.close());

  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const call = (token: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, headers: as(token), ...(payload ? { payload } : {}) });

  async function onboard(name: string): Promise<string> {
    const res = await call(OPERATOR, 'POST', '/api/athletes', { name, timezone: 'UTC', ...SAMPLE_PROFILE });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function issue(id: string): Promise<{ id: string; token: string }> {
    const res = await call(OPERATOR, 'POST', `/api/athletes/${id}/tokens`);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }
  const count = async (query: string) =>
    rows<{ n: number }>(await ctx.handle.db.execute(sql.raw(query)))[0]?.n;

  it('a runner token does everything on its own runner', async () => {
    const ana = await onboard('Ana');
    const { token } = await issue(ana);
    expect(token).toMatch(/^rl_[\w-]{40,}$/);
    for (const path of [
      '',
      '/plan',
      '/today',
      '/activities',
      '/checkins',
      '/decisions',
      '/export',
      '/tokens',
    ]) {
      const res = await call(token, 'GET', `/api/athletes/${ana}${path}`);
      expect(res.statusCode, `${path} ${res.body}`).toBe(200);
    }
    // The id as the runner may spell it.
    expect((await call(token, 'GET', `/api/athletes/${ana.toUpperCase()}`)).statusCode).toBe(200);
    expect((await call(token, 'PATCH', `/api/athletes/${ana}`, { restingHr: 48 })).json()).toMatchObject({
      restingHr: 48,
    });
    const said = await call(token, 'POST', `/api/athletes/${ana}/messages`, {
      text: 'ran 5k in 27:00, rpe 4',
      at: now.toISOString(),
    });
    expect(said.statusCode, said.body).toBe(200);
    const imported = await app.inject({
      method: 'POST',
      url: `/api/athletes/${ana}/activities/import?filename=run.gpx`,
      headers: { ...as(token), 'content-type': 'application/octet-stream' },
      payload: Buffer.from(gpxRun('2026-12-06T07:00:00Z')),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect((await call(token, 'GET', `/api/athletes/${ana}/progress.png`)).statusCode).toBe(200);
    expect((await call(token, 'GET', `/api/athletes/${ana}/activities`)).json()).toHaveLength(2);
    // Deleting themselves revokes the token with everything else.
    expect((await call(token, 'DELETE', `/api/athletes/${ana}`)).statusCode).toBe(204);
    expect(await count(`select count(*)::int as n from runner_tokens where athlete_id = '${ana}'`)).toBe(0);
    const after = await call(token, 'GET', `/api/athletes/${ana}`);
    expect(after.statusCode).toBe(401);
  });

  it('a runner token cannot read or change another runner, list or create runners, or issue tokens', async () => {
    const ana = await onboard('Ana');
    const ben = await onboard('Ben');
    const { token } = await issue(ana);
    const forbidden = [
      call(token, 'GET', `/api/athletes/${ben}`),
      call(token, 'GET', `/api/athletes/${ben.toUpperCase()}/export`),
      call(token, 'GET', `/api/athletes/${ben}/plan`),
      call(token, 'GET', `/api/athletes/${ben}/activities`),
      call(token, 'GET', `/api/athletes/${ben}/tokens`),
      call(token, 'GET', `/api/athletes/${ben}/progress.png`),
      call(token, 'PATCH', `/api/athletes/${ben}`, { restingHr: 40 }),
      call(token, 'POST', `/api/athletes/${ben}/messages`, { text: 'delete my data' }),
      call(token, 'DELETE', `/api/athletes/${ben}`),
      call(token, 'POST', '/api/athletes', { name: 'Cat', timezone: 'UTC' }),
      // Issuing tokens is the operator's, even for the token's own runner.
      call(token, 'POST', `/api/athletes/${ana}/tokens`),
      call(token, 'POST', `/api/athletes/${ben}/tokens`),
      // A runner that does not exist is as closed as one that does.
      call(token, 'GET', '/api/athletes/00000000-0000-4000-8000-000000000000'),
    ];
    for (const res of await Promise.all(forbidden)) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect(res.body).not.toContain('Ben');
    }
    // There is no list of runners for anyone; a runner token gets none of them either.
    const list = await call(token, 'GET', '/api/athletes');
    expect(list.statusCode).toBeGreaterThanOrEqual(400);
    expect(list.body).not.toContain(ben);
    expect(await count(`select count(*)::int as n from athletes where name = 'Cat'`)).toBe(0);
    expect((await call(OPERATOR, 'GET', `/api/athletes/${ben}`)).json()).toMatchObject({ name: 'Ben' });
    expect((await call(OPERATOR, 'GET', `/api/athletes/${ben}/activities`)).json()).toEqual([]);
    expect(await count(`select count(*)::int as n from runner_tokens where athlete_id = '${ana}'`)).toBe(1);
  });

  it('stores only the sha256 of a token, and a revoked token opens nothing', async () => {
    const ana = await onboard('Ana');
    const first = await issue(ana);
    const second = await issue(ana);
    const hashes = rows<{ token_hash: string }>(
      await ctx.handle.db.execute(sql`select token_hash from runner_tokens order by created_at`),
    ).map((r) => r.token_hash);
    const sha = (t: string) => createHash('sha256').update(t).digest('hex');
    expect(hashes.sort()).toEqual([sha(first.token), sha(second.token)].sort());
    const everything = JSON.stringify(rows(await ctx.handle.db.execute(sql`select * from runner_tokens`)));
    expect(everything).not.toContain(first.token.slice(3));

    // The runner revokes their first token with the second; the list never shows a token.
    expect((await call(second.token, 'DELETE', `/api/athletes/${ana}/tokens/${first.id}`)).statusCode).toBe(
      204,
    );
    expect((await call(first.token, 'GET', `/api/athletes/${ana}`)).statusCode).toBe(401);
    const listed = await call(second.token, 'GET', `/api/athletes/${ana}/tokens`);
    expect(listed.json()).toMatchObject([
      { id: first.id, issuedBy: 'operator', revokedAt: expect.any(String) },
      { id: second.id, revokedAt: null },
    ]);
    expect(listed.body).not.toContain(second.token);
    expect(listed.body).not.toContain(sha(second.token));
    const again = await call(OPERATOR, 'DELETE', `/api/athletes/${ana}/tokens/${first.id}`);
    expect(again.json().error.code).toBe('TOKEN_NOT_FOUND');
    expect((await call(OPERATOR, 'DELETE', `/api/athletes/${ana}/tokens/${second.id}`)).statusCode).toBe(204);
    expect((await call(second.token, 'GET', `/api/athletes/${ana}`)).statusCode).toBe(401);
  });

  it('failed attempts from one address end in 429 with Retry-After; other addresses are unaffected', async () => {
    clockMs = 1_000_000;
    const ana = await onboard('Ana');
    const from = (ip: string, token: string) =>
      app.inject({ method: 'GET', url: `/api/athletes/${ana}`, headers: as(token), remoteAddress: ip });
    for (let i = 0; i < 5; i++) {
      const res = await from('10.0.0.7', `rl_wrong-${i}`);
      expect(res.statusCode).toBe(401);
    }
    for (const token of ['rl_wrong-again', OPERATOR]) {
      const res = await from('10.0.0.7', token);
      expect(res.statusCode).toBe(429);
      expect(res.headers['retry-after']).toBe('30');
      expect(res.json().error.code).toBe('TOO_MANY_FAILED_ATTEMPTS');
    }
    // No header at all is a failed attempt too, on another address.
    const other = await app.inject({ method: 'GET', url: `/api/athletes/${ana}`, remoteAddress: '10.0.0.8' });
    expect(other.statusCode).toBe(401);
    expect((await from('10.0.0.8', OPERATOR)).statusCode).toBe(200);
    clockMs += 20_000;
    expect((await from('10.0.0.7', OPERATOR)).headers['retry-after']).toBe('10');
    clockMs += 10_001;
    expect((await from('10.0.0.7', OPERATOR)).statusCode).toBe(200);
  });

  it('exports and deletes are in the audit log (who, what, which runner, when), and it outlives the runner', async () => {
    const ana = await onboard('Ana');
    const ben = await onboard('Ben');
    const { token } = await issue(ana);
    expect((await call(token, 'GET', `/api/athletes/${ana}/export`)).statusCode).toBe(200);
    expect((await call(OPERATOR, 'GET', `/api/athletes/${ben}/export`)).statusCode).toBe(200);
    const entries = async () =>
      rows<Record<string, unknown>>(
        await ctx.handle.db.execute(sql`select actor, action, athlete_id from audit_log order by at, id`),
      );
    expect(await entries()).toEqual([
      { actor: 'runner-token', action: 'export', athlete_id: ana },
      { actor: 'operator', action: 'export', athlete_id: ben },
    ]);
    expect((await call(OPERATOR, 'DELETE', `/api/athletes/${ben}`)).statusCode).toBe(204);
    // Deleting themselves in conversation, with their token.
    await call(token, 'POST', `/api/athletes/${ana}/messages`, {
      text: 'delete my data',
      at: now.toISOString(),
    });
    const confirmed = await call(token, 'POST', `/api/athletes/${ana}/messages`, {
      text: 'yes',
      at: now.toISOString(),
    });
    expect(confirmed.json().events).toContainEqual({ type: 'athlete_deleted' });
    // Only each delete's own entry is left: the runner's id and nothing else of theirs.
    expect(await entries()).toEqual([
      { actor: 'operator', action: 'delete', athlete_id: ben },
      { actor: 'runner-token', action: 'delete', athlete_id: ana },
    ]);
    const columns = rows<{ column_name: string }>(
      await ctx.handle.db.execute(
        sql`select column_name from information_schema.columns where table_name = 'audit_log' order by column_name`,
      ),
    ).map((c) => c.column_name);
    expect(columns).toEqual(['action', 'actor', 'at', 'athlete_id', 'id']);
  });
});
