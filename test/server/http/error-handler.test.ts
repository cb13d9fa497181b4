/**
 * The router's own refusals (a malformed `%` escape, an over-long path parameter) answer in the one error
 * shape of the API, `{"error":{"code","message"}}`, with the request id, and never echo the path back.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

describeEachDatabase('router errors in the API error shape', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle);
  });
  afterAll(async () => app.close());

  it.each([
    ['GET', '/api/athletes/%E0%A4%A'],
    ['GET', '/api/athletes/%zz/plan'],
    ['POST', '/api/athletes/%E0%A4%A/messages'],
    ['DELETE', '/api/athletes/%C0%80'],
    ['GET', '/%'],
  ])('%s %s is 400 BAD_URL', async (method, url) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      payload: method === 'POST' ? { text: 'hi' } : undefined,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: { code: 'BAD_URL', message: expect.stringMatching(/escape/) as unknown as string },
    });
    expect(res.body).not.toContain('%');
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('a path parameter past the router limit is 414 PATH_TOO_LONG in the same shape', async () => {
    const res = await app.inject(`/api/athletes/${'a'.repeat(200)}`);
    expect(res.statusCode).toBe(414);
    expect(res.json()).toEqual({
      error: { code: 'PATH_TOO_LONG', message: expect.any(String) as unknown as string },
    });
  });
});
