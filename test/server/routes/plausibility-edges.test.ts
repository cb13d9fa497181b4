/**
 * Issue 11 §7 through the HTTP API, on PGlite and PostgreSQL: a runner created with a heart rate at the
 * edge of what the API accepts gets a plan (the API used to take max HR 240 that the rules refused, so
 * that runner could never get or rebuild a plan). The edges are probed from the API's own schema.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { athleteFields } from '../../../server/routes/athletes.schemas.js';
import { SAMPLE_PROFILE, buildTestApp } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

/** The smallest and largest whole number in 0–400 the schema accepts. */
function edges(schema: z.ZodType): [number, number] {
  const ok = Array.from({ length: 401 }, (_, v) => v).filter((v) => schema.safeParse(v).success);
  return [Math.min(...ok), Math.max(...ok)];
}

describeEachDatabase('heart rates at the API edge get a plan', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle);
  });
  afterAll(async () => {
    await app.close();
  });

  const [maxLow, maxHigh] = edges(athleteFields.maxHr);
  const [restLow, restHigh] = edges(athleteFields.restingHr);
  const [lthrLow, lthrHigh] = edges(athleteFields.lthr);
  const cases: readonly Record<string, number>[] = [
    { maxHr: maxLow },
    { maxHr: maxHigh },
    { maxHr: maxHigh, restingHr: restLow },
    { maxHr: maxHigh, restingHr: restHigh },
    { maxHr: maxHigh, lthr: lthrLow },
    { maxHr: maxHigh, lthr: lthrHigh },
  ];

  it.each(cases)('%o', async (hr) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name: 'Edge', ...SAMPLE_PROFILE, ...hr },
    });
    expect(res.json()).toMatchObject({ ...hr, plan: { version: 1 } });
    expect(res.statusCode).toBe(201);
  });
});
