/**
 * Issue 11 §7 through the HTTP API, on PGlite and PostgreSQL: a plan error answers `{ code, message }`
 * with the message worded by coach/prompts from the code and its facts, not the rule's English.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAMPLE_PROFILE, buildTestApp, coachDeps } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

describeEachDatabase('plan errors worded by coach/prompts', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle, {
      coach: coachDeps(ctx.handle, { now: () => new Date('2027-04-01T08:00:00Z') }),
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const create = (profile: Record<string, unknown>) =>
    app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name: 'Ana', ...SAMPLE_PROFILE, ...profile },
    });

  it('a half marathon in under three weeks', async () => {
    const res = await create({ goal: { distance: 'half', raceDate: '2027-04-18' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: {
        code: 'NOT_ENOUGH_WEEKS',
        message: expect.stringMatching(
          /^\d weeks? is too little time to prepare for a half marathon: allow at least 4 weeks\. Could you pick a later race\?$/,
        ),
      },
    });
  });

  it('a marathon on one running day', async () => {
    const res = await create({
      goal: { distance: 'marathon', raceDate: '2027-10-10' },
      days: ['sun'],
      longDay: 'sun',
    });
    expect(res.json()).toEqual({
      error: {
        code: 'TOO_FEW_DAYS',
        message: 'A marathon plan needs at least 3 running days a week. Which other day could you run?',
      },
    });
  });
});
