/** A runner's data over HTTP: plan, today, runs, check-ins, decisions, export, and deleting everything. */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PURPOSE_CODES } from '../../../coach/rules/plan/types.js';
import { rows } from '../../../db/migrate.js';
import { buildTestApp, coachDeps } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

const PROFILE = {
  race: { distance: '10k', time: '50:00' },
  goal: { distance: '10k', raceDate: '2027-03-14' },
  days: ['tue', 'thu', 'sat', 'sun'],
  longDay: 'sun',
  weeklyKm: 30,
  level: 'intermediate',
};

describeEachDatabase('athlete data routes', (ctx) => {
  let app: FastifyInstance;
  const now = new Date('2026-12-08T07:30:00Z');
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle, { coach: coachDeps(ctx.handle, { now: () => now }) });
  });
  afterAll(async () => app.close());

  async function onboard(name: string) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name, timezone: 'UTC', ...PROFILE },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  const say = (id: string, text: string) =>
    app.inject({
      method: 'POST',
      url: `/api/athletes/${id}/messages`,
      payload: { text, at: now.toISOString() },
    });

  it('serves the plan, today, runs, check-ins and decisions of that runner only', async () => {
    const ana = await onboard('Ana');
    const ben = await onboard('Ben');
    expect((await say(ana, 'ran 6k in 33:00 yesterday, rpe 3')).statusCode).toBe(200);
    expect((await say(ana, 'slept 7h, resting hr 50, soreness 2')).statusCode).toBe(200);

    const plan = (await app.inject(`/api/athletes/${ana}/plan`)).json();
    expect(plan).toMatchObject({
      version: 1,
      goal: { distance: '10k', raceDate: '2027-03-14' },
      feasibility: { ok: expect.any(Boolean) },
    });
    expect(plan.weeks.length).toBeGreaterThan(5);
    // Every session's purpose is worded for clients, beside the code and facts it was worded from.
    const sessions = plan.weeks.flatMap((w: { sessions: unknown[] }) => w.sessions) as {
      kind: string;
      purpose: unknown;
      purposeCode: unknown;
    }[];
    for (const s of sessions.filter((x) => x.kind !== 'rest')) {
      expect(typeof s.purpose, JSON.stringify(s)).toBe('string');
      expect(PURPOSE_CODES).toContain(s.purposeCode);
    }
    expect(sessions.find((s) => s.kind === 'long')).toMatchObject({
      purpose: 'Long run at easy effort: builds the endurance your 10K rests on.',
      purposeCode: 'LONG',
      purposeFacts: { goal: '10k' },
    });
    expect((await app.inject(`/api/athletes/${ana}/today`)).json()).toMatchObject({ date: '2026-12-08' });
    expect((await app.inject(`/api/athletes/${ana}/activities`)).json()).toMatchObject([
      { date: '2026-12-07', km: 6, minutes: 33, rpe: 3, source: 'chat', avgHr: null },
    ]);
    expect((await app.inject(`/api/athletes/${ana}/checkins`)).json()).toMatchObject([
      { date: '2026-12-08', sleepHours: 7, restingHr: 50, soreness: 2, pain: null },
    ]);
    expect((await app.inject(`/api/athletes/${ana}/decisions`)).json()[0]).toMatchObject({
      rule: 'plan.build',
    });

    expect((await app.inject(`/api/athletes/${ben}/activities`)).json()).toEqual([]);
    expect((await app.inject(`/api/athletes/${ben}/checkins`)).json()).toEqual([]);
  });

  it('exports everything, then deletes everything', async () => {
    const id = await onboard('Cleo');
    await say(id, 'ran 5k in 27:00, rpe 4');
    await say(id, 'slept 8 hours');
    const exported = await app.inject(`/api/athletes/${id}/export`);
    expect(exported.headers['content-disposition']).toContain(`runloop-${id}.json`);
    const data = exported.json();
    expect(data.athlete).toMatchObject({ id, name: 'Cleo' });
    // The runner-state document: the profile the plan was built from and what the coach remembers.
    expect(data.athlete.state).toMatchObject({
      version: 1,
      profile: { goal: PROFILE.goal, days: PROFILE.days, longDay: 'sun' },
      conversation: { lastStored: { fact: 'checkin' } },
    });
    expect(data.activities).toHaveLength(1);
    expect(data.checkins).toHaveLength(1);
    expect(data.plan.sessions.length).toBeGreaterThan(10);
    expect(data.plan.sessions[0]).toMatchObject({
      purpose: expect.any(String),
      purposeCode: expect.any(String),
    });
    expect(data.planVersions[0].plan.weeks[0].sessions[0].purpose).toEqual(expect.any(String));
    expect(data.planVersions.map((p: { version: number }) => p.version)).toEqual([1]);
    expect(data.goals).toHaveLength(1);
    expect(data.fitness).toHaveLength(1);
    expect(data.decisions.length).toBeGreaterThan(0);

    expect((await app.inject({ method: 'DELETE', url: `/api/athletes/${id}` })).statusCode).toBe(204);
    expect((await app.inject(`/api/athletes/${id}`)).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/api/athletes/${id}` })).statusCode).toBe(404);
    for (const table of [
      'goals',
      'fitness_snapshots',
      'plans',
      'planned_sessions',
      'activities',
      'checkins',
      'decisions',
      'processed_events',
    ]) {
      const left = await ctx.handle.db.execute(
        sql.raw(`select count(*)::int as n from ${table} where athlete_id = '${id}'`),
      );
      expect(rows<{ n: number }>(left)[0]?.n, table).toBe(0);
    }
  });

  it('a runner created without a profile onboards by conversation and gets a plan', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name: 'Hal', timezone: 'UTC' },
    });
    const id = created.json().id as string;
    expect(created.json()).not.toHaveProperty('plan');
    expect((await app.inject(`/api/athletes/${id}/plan`)).statusCode).toBe(404);
    let last = await say(id, 'hi');
    for (const answer of [
      'km',
      'no race',
      '10k',
      '2027-03-14',
      'tue thu sat sun', // the long run falls on Sunday
      '20 km',
      'beginner',
      'no target, 35, no injuries, neutral', // the closing question
    ]) {
      last = await say(id, answer);
      expect(last.statusCode).toBe(200);
    }
    expect(last.json().events).toMatchObject([{ type: 'plan_built', version: 1 }]);
    expect((await app.inject(`/api/athletes/${id}/plan`)).json()).toMatchObject({
      goal: { distance: '10k', raceDate: '2027-03-14' },
    });
  });

  it('refuses an "at" in the future or long past with a code, storing nothing', async () => {
    const id = await onboard('Fay');
    for (const [at, code] of [
      ['2026-12-08T08:00:00Z', 'AT_IN_FUTURE'],
      ['2026-10-01T08:00:00Z', 'AT_TOO_OLD'],
      ['yesterday', 'VALIDATION_FAILED'],
    ]) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/athletes/${id}/messages`,
        payload: { text: 'ran 5k in 27:00', at },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe(code);
    }
    expect((await app.inject(`/api/athletes/${id}/activities`)).json()).toEqual([]);
  });

  it('a retried message with the same Idempotency-Key is handled once', async () => {
    const id = await onboard('Gus');
    const send = (key: string) =>
      app.inject({
        method: 'POST',
        url: `/api/athletes/${id}/messages`,
        headers: { 'idempotency-key': key },
        payload: { text: 'ran 5k in 27:00, rpe 4', at: now.toISOString() },
      });
    expect((await send('msg-1')).statusCode).toBe(200);
    const again = await send('msg-1');
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await send('msg-2')).statusCode).toBe(200);
    expect((await app.inject(`/api/athletes/${id}/activities`)).json()).toHaveLength(2);
    expect((await send('bad key with spaces')).json().error.code).toBe('BAD_IDEMPOTENCY_KEY');
    // The same key through the id in capitals is still the same runner's repeat.
    const shouted = await app.inject({
      method: 'POST',
      url: `/api/athletes/${id.toUpperCase()}/messages`,
      headers: { 'idempotency-key': 'msg-1' },
      payload: { text: 'ran 5k in 27:00, rpe 4', at: now.toISOString() },
    });
    expect(shouted.headers['idempotent-replayed']).toBe('true');
  });

  it('answers 404 with a code for an unknown runner on every route', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of ['plan', 'today', 'activities', 'checkins', 'decisions', 'export']) {
      const res = await app.inject(`/api/athletes/${unknown}/${path}`);
      expect(res.statusCode, path).toBe(404);
      expect(res.json().error.code).toBe('ATHLETE_NOT_FOUND');
    }
    const msg = await say(unknown, 'hello');
    expect(msg.statusCode).toBe(404);
  });

  it('an onboarding the plan builder refuses stores nothing and says why', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: {
        name: 'Dan',
        timezone: 'UTC',
        ...PROFILE,
        goal: { distance: 'marathon', raceDate: '2026-12-20' },
        level: 'beginner',
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
    const left = await ctx.handle.db.execute(sql`select count(*)::int as n from athletes where name = 'Dan'`);
    expect(rows<{ n: number }>(left)[0]?.n).toBe(0);
  });

  it('hostile and sloppy messages never cause a 5xx, and implausible facts store nothing', async () => {
    const id = await onboard('Eve');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.constantFrom(
            'ran 10k in 3 min',
            'rpe 15',
            'hr 300',
            'slept 30 hours',
            'left knee 12/10',
            'ran -5 km',
          ),
          fc
            .tuple(fc.nat(100_000), fc.constantFrom('k', 'km', 'mi', 'min', 'bpm', '/10'))
            .map(([n, u]) => `ran ${n}${u}`),
        ),
        async (text) => {
          const res = await say(id, text);
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode !== 200) expect(res.json().error.code).toMatch(/^[A-Z_]+$/);
        },
      ),
      { numRuns: 120, seed: 424242 },
    );
    for (const text of ['ran 10k in 3 min', 'rpe 15', 'hr 300 today']) {
      const before = (await app.inject(`/api/athletes/${id}/activities`)).json().length;
      const res = (await say(id, text)).json();
      expect(res.events.map((e: { type: string }) => e.type)).toContain('clarification_needed');
      expect((await app.inject(`/api/athletes/${id}/activities`)).json().length).toBe(before);
    }
  });
});
