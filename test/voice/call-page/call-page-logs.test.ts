/**
 * The call link is a credential for ten minutes: the request log shows `/call?t=[redacted]`, and neither
 * the link nor the Access Token nor the API secret reaches a log line (the process logger, JSON).
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCallPage, type CallPage } from '../../../voice/call-page/index.js';
import { createLogger } from '../../../server/logger.js';
import { buildTestApp, coachDeps } from '../../helpers/app.js';
import { runnerWithPlan, TEST_PUBLIC_BASE_URL, TEST_TWILIO } from '../../helpers/call-page.js';
import { describeEachDatabase } from '../../helpers/database.js';

describeEachDatabase('the call page in the logs', (ctx) => {
  let app: FastifyInstance;
  let page: CallPage;
  let lines = '';
  beforeAll(async () => {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines += String(chunk);
        done();
      },
    });
    const coach = coachDeps(ctx.handle, { now: () => new Date('2026-12-08T07:00:00Z') });
    page = createCallPage({ coach, credentials: TEST_TWILIO, publicBaseUrl: TEST_PUBLIC_BASE_URL });
    app = await buildTestApp(ctx.handle, {
      coach,
      callPage: page.routes,
      logger: createLogger({ level: 'info', pretty: false, destination }),
    });
  });
  afterAll(async () => app?.close());

  it('logs /call with the token cut out, and no token or secret anywhere', async () => {
    const link = page.linkFor(await runnerWithPlan(app));
    const opened = await app.inject({ method: 'GET', url: `/call?t=${link.token}` });
    expect(opened.statusCode).toBe(200);
    const voice = await app.inject({ method: 'POST', url: '/voice/token', payload: { t: link.token } });
    expect(voice.statusCode).toBe(200);
    const forged = await app.inject({ method: 'GET', url: `/call?t=${link.token}x` });
    expect(forged.statusCode).toBe(401);
    expect(lines).toContain('/call?t=[redacted]');
    expect(lines).not.toContain(link.token.split('.')[1]!);
    expect(lines).not.toContain((voice.json() as { token: string }).token.split('.')[2]!);
    expect(lines).not.toContain(TEST_TWILIO.apiSecret);
  });
});
