/** Onboarding over HTTP with a target beyond the world record: a 400 with the builder's code and words. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, coachDeps } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

describeEachDatabase('POST /api/athletes with a target beyond the world record', (ctx) => {
  let app: FastifyInstance;
  const now = new Date('2026-12-08T07:30:00Z');
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle, { coach: coachDeps(ctx.handle, { now: () => now }) });
  });
  afterAll(async () => app.close());

  it('answers 400 TARGET_BEYOND_WORLD_RECORD with the record in the message', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: {
        name: 'Kip',
        timezone: 'UTC',
        race: { distance: '10k', time: '50:00' },
        goal: { distance: 'marathon', raceDate: '2027-04-18', targetTime: '1:59:00' },
        days: ['tue', 'thu', 'sat', 'sun'],
        longDay: 'sun',
        weeklyKm: 40,
        level: 'intermediate',
      },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('TARGET_BEYOND_WORLD_RECORD');
    expect(res.json().error.message).toMatch(/faster than the world record for the distance \(2:00:35\)/);
  });
});
