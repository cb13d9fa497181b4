import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AthleteRepository } from '../../coach/ports/athlete-repository.js';
import { shippedMigrations } from '../../db/migrate.js';
import { buildTestApp, coachDeps } from '../helpers/app.js';
import { createFailedAttempts } from '../../server/http/failed-attempts.js';
import { describeEachDatabase } from '../helpers/database.js';

const TOKEN = 'test-token-0123456789abcdef';
const json = { 'content-type': 'application/json' };

describeEachDatabase('HTTP API v1', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle);
  });
  afterAll(async () => app.close());

  it('GET /health answers 200 and GET /ready reports the database and migrations', async () => {
    expect((await app.inject('/health')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({
      status: 'ready',
      database: ctx.engine,
      migrations: shippedMigrations().length,
    });
  });

  it('POST then GET returns the same athlete; PATCH changes only what it names', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name: 'Ana', timezone: 'Europe/Berlin', maxHr: 190, restingHr: 50, phone: '+4915112345678' },
    });
    expect(created.statusCode).toBe(201);
    const athlete = created.json();
    expect(athlete).toMatchObject({
      name: 'Ana',
      timezone: 'Europe/Berlin',
      units: 'km',
      phone: '+4915112345678',
    });
    const got = await app.inject(`/api/athletes/${athlete.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(athlete);
    expect(got.headers['x-request-id']).toBeTruthy();

    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/athletes/${athlete.id}`,
      payload: { units: 'mi', restingHr: null },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Ana', units: 'mi', maxHr: 190 });
    expect(patched.json()).not.toHaveProperty('restingHr');
  });

  it('an unknown athlete is a 404 with a code', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      const res = await app.inject(`/api/athletes/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'ATHLETE_NOT_FOUND', message: expect.any(String) } });
    }
    const patch = await app.inject({ method: 'PATCH', url: '/api/athletes/nope', payload: { name: 'x' } });
    expect(patch.statusCode).toBe(404);
    expect((await app.inject('/api/nothing-here')).json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it.each([
    ['malformed JSON', '{"name":', 'MALFORMED_JSON'],
    ['a wrong field type', '{"name":5}', 'VALIDATION_FAILED'],
    ['a missing name', '{}', 'VALIDATION_FAILED'],
    ['an unknown field', '{"name":"A","favouriteShoe":"x"}', 'VALIDATION_FAILED'],
    ['an impossible max HR', '{"name":"A","maxHr":300}', 'VALIDATION_FAILED'],
    ['an unknown timezone', '{"name":"A","timezone":"Mars/Olympus"}', 'VALIDATION_FAILED'],
    ['a phone number not in E.164', '{"name":"A","phone":"0151 1234"}', 'VALIDATION_FAILED'],
    ['resting HR above max HR', '{"name":"A","maxHr":150,"restingHr":160}', 'VALIDATION_FAILED'],
    ['resting HR at max HR', '{"name":"A","maxHr":120,"restingHr":120}', 'INVALID_HEART_RATES'],
    ['a JSON array', '[]', 'VALIDATION_FAILED'],
    ['an empty body', '', 'EMPTY_BODY'],
    ['a NUL character', '{"name":"A\\u0000B","phone":"+4915112345678"}', 'BAD_CHARACTERS'],
    [
      'a NUL character in a nested field',
      '{"name":"A","goal":{"distance":"10k","raceDate":"2027-03-14"},"days":["sun"],"longDay":"sun","injuries":[{"area":"kn\\u0000ee","recent":true}]}',
      'BAD_CHARACTERS',
    ],
  ])('%s is a 400 with code %s', async (_what, payload, code) => {
    const res = await app.inject({ method: 'POST', url: '/api/athletes', headers: json, payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe(code);
    expect(res.body).not.toMatch(/at \w+ \(|node_modules|select |insert /i);
  });

  it('a body that is not JSON is a 415 with a code', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      headers: { 'content-type': 'text/plain' },
      payload: 'name=Ana',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('a phone number another runner has is a 409 with a code', async () => {
    const payload = { name: 'A', phone: '+15551230000' };
    expect((await app.inject({ method: 'POST', url: '/api/athletes', payload })).statusCode).toBe(201);
    const again = await app.inject({ method: 'POST', url: '/api/athletes', payload });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PHONE_TAKEN');
  });

  it('hostile bodies never cause a 5xx and never leak internals', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify({ name: v })),
        ),
        async (payload) => {
          const res = await app.inject({ method: 'POST', url: '/api/athletes', headers: json, payload });
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode >= 400) expect(Object.keys(res.json())).toEqual(['error']);
        },
      ),
      { numRuns: 150, seed: 20261124 },
    );
  });

  it('an internal failure is a generic 500: no stack, no SQL, no message', async () => {
    const coach = coachDeps(ctx.handle);
    const broken: AthleteRepository = {
      ...coach.repositories.athletes,
      findById: async () => {
        throw new Error('relation "athletes" does not exist: select * from athletes where id = $1');
      },
    };
    const brokenApp = await buildTestApp(ctx.handle, {
      coach: { ...coach, repositories: { ...coach.repositories, athletes: broken } },
    });
    const res = await brokenApp.inject('/api/athletes/00000000-0000-4000-8000-000000000000');
    await brokenApp.close();
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'INTERNAL', message: expect.any(String) } });
    expect(res.body).not.toMatch(/relation|select|athletes|stack|Error/);
  });
});

describeEachDatabase('HTTP API v1 with API_TOKEN', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    // This suite is refused on purpose again and again: no lock-out for it (runner-access.test.ts has that).
    app = await buildTestApp(ctx.handle, {
      apiToken: TOKEN,
      failedAttempts: createFailedAttempts({ maxFailures: 1_000 }),
    });
  });
  afterAll(async () => app.close());

  it('requires the bearer token on /api/* (401 with a code) but not on /health', async () => {
    const missing = await app.inject({ method: 'POST', url: '/api/athletes', payload: { name: 'A' } });
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error.code).toBe('UNAUTHORIZED');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      headers: { authorization: 'Bearer not-the-token' },
      payload: { name: 'A' },
    });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: { name: 'A' },
    });
    expect(right.statusCode).toBe(201);
    expect((await app.inject('/health')).statusCode).toBe(200);
  });

  it.each(['/%61pi/athletes', '/API/athletes', '/api%2Fathletes', '/%2561pi/athletes', '/api/athletes/'])(
    'a disguised path (%s) does not get past the token',
    async (path) => {
      const res = await app.inject({ method: 'POST', url: path, payload: { name: 'A' } });
      expect([401, 404]).toContain(res.statusCode);
      if (res.statusCode !== 401) expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
      const created = await app.inject({
        method: 'POST',
        url: '/api/athletes',
        headers: { authorization: `Bearer ${TOKEN}` },
        payload: { name: 'B' },
      });
      const read = await app.inject({ method: 'GET', url: `/%61pi/athletes/${created.json().id}` });
      expect(read.statusCode).toBe(401);
    },
  );
});
