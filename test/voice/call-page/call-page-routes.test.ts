/**
 * `GET /call` and `POST /voice/token` on PGlite and PostgreSQL: a valid link shows the runner's today (the
 * same words as asking "today" in chat) and buys an Access Token; a missing, forged or expired link is 401
 * with a code and a clear line, and no token; without the Twilio settings both are 404 NOT_CONFIGURED.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CALL_PAGE_WORDS, callLinkProblemText } from '../../../coach/prompts/templates/call-page-words.js';
import type { CallPage } from '../../../voice/call-page/index.js';
import { escapeHtml } from '../../../voice/call-page/call-page-html.js';
import { voiceSdkBundle } from '../../../voice/call-page/call-page-assets.js';
import { buildTestApp } from '../../helpers/app.js';
import { callPageApp, runnerWithPlan, TEST_TWILIO, verifyHs256 } from '../../helpers/call-page.js';
import { describeEachDatabase } from '../../helpers/database.js';

const T0 = '2026-12-08T07:00:00Z';

describeEachDatabase('the browser call page', (ctx) => {
  let app: FastifyInstance;
  let page: CallPage;
  let now = new Date(T0);

  beforeAll(async () => {
    ({ app, page } = await callPageApp(ctx.handle, { now: () => now }));
  });
  afterAll(async () => app?.close());

  const open = (query: string) => app.inject({ method: 'GET', url: `/call${query}` });
  const token = (payload: unknown) =>
    app.inject({ method: 'POST', url: '/voice/token', payload: payload as object });

  it('a valid link shows today as the chat words it, the call button and the pinned scripts', async () => {
    now = new Date(T0);
    const athleteId = await runnerWithPlan(app);
    const asked = await app.inject({
      method: 'POST',
      url: `/api/athletes/${athleteId}/messages`,
      payload: { text: 'today', at: T0 },
    });
    const todayText = (asked.json() as { replies: { text: string }[] }).replies[0]!.text;
    expect(todayText).toMatch(/Today/);

    const res = await open(`?t=${page.linkFor(athleteId).token}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toContain(`<p class="session">${escapeHtml(todayText)}</p>`);
    expect(res.body).toContain(`>${CALL_PAGE_WORDS.button}</button>`);
    const { version } = voiceSdkBundle();
    expect(res.body).toContain(`<script src="/call/twilio-voice-${version}.min.js"></script>`);
    expect(res.body).toMatch(/<script src="\/call\/call-page-[0-9a-f]{12}\.js"><\/script>/);
  });

  it('serves the SDK bundle and the page script at their pinned paths, cached for good', async () => {
    const athleteId = await runnerWithPlan(app);
    const { version, body } = voiceSdkBundle();
    const sdk = await app.inject({ method: 'GET', url: `/call/twilio-voice-${version}.min.js` });
    expect(sdk.statusCode).toBe(200);
    expect(sdk.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(sdk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(sdk.rawPayload.equals(body)).toBe(true);
    const html = (await open(`?t=${page.linkFor(athleteId).token}`)).body;
    const script = /src="(\/call\/call-page-[0-9a-f]{12}\.js)"/.exec(html)![1]!;
    const served = await app.inject({ method: 'GET', url: script });
    expect(served.statusCode).toBe(200);
    expect(served.body).toContain('/voice/token');
    const stylesheet = /href="(\/call\/call-page-[0-9a-f]{12}\.css)"/.exec(html)![1]!;
    const css = await app.inject({ method: 'GET', url: stylesheet });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await app.inject({ method: 'GET', url: '/call/twilio-voice-0.0.1.min.js' })).statusCode).toBe(
      404,
    );
  });

  it.each([
    ['', 'LINK_MISSING'],
    ['?t=', 'LINK_MISSING'],
    ['?t=forged.signature', 'LINK_INVALID'],
  ] as const)('%j is 401 %s with a clear message and no session', async (query, code) => {
    const res = await open(query);
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain(`data-code="${code}"`);
    expect(res.body).toContain(escapeHtml(callLinkProblemText(code)));
    expect(res.body).not.toContain('id="call-button"');
    expect(res.body).not.toContain('<script');
  });

  it('an expired link is 401 LINK_EXPIRED, on the page and for a token', async () => {
    now = new Date(T0);
    const link = page.linkFor(await runnerWithPlan(app));
    now = new Date(link.expiresAt.getTime() + 1000);
    const res = await open(`?t=${link.token}`);
    expect(res.statusCode).toBe(401);
    expect(res.body).toContain('data-code="LINK_EXPIRED"');
    expect(res.body).toContain(escapeHtml(callLinkProblemText('LINK_EXPIRED')));
    const refused = await token({ t: link.token });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toEqual({
      error: { code: 'LINK_EXPIRED', message: callLinkProblemText('LINK_EXPIRED') },
    });
    now = new Date(T0);
  });

  it('POST /voice/token with a valid link returns a verified token for the runner', async () => {
    const athleteId = await runnerWithPlan(app);
    const link = page.linkFor(athleteId);
    const res = await token({ t: link.token });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json() as { token: string; identity: string; expiresAt: string };
    expect(body.identity).toMatch(/^runner-[0-9a-f]{24}$/);
    expect(body.identity).not.toContain(athleteId);
    const { payload } = verifyHs256(body.token, TEST_TWILIO.apiSecret);
    const grants = payload.grants as { identity: string; voice: { outgoing: { application_sid: string } } };
    expect(grants.identity).toBe(body.identity);
    expect(grants.voice.outgoing.application_sid).toBe(TEST_TWILIO.twimlAppSid);
    expect(new Date(body.expiresAt).getTime()).toBe((payload.exp as number) * 1000);
    // The same runner gets the same identity with every link.
    const again = (await token({ t: page.linkFor(athleteId).token })).json() as { identity: string };
    expect(again.identity).toBe(body.identity);
  });

  it.each([
    [{}, 'LINK_MISSING'],
    [{ t: 42 }, 'LINK_MISSING'],
    [{ t: 'forged.signature' }, 'LINK_INVALID'],
  ] as const)('POST /voice/token %j is 401 %s and gives no token', async (payload, code) => {
    const res = await token(payload);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code, message: callLinkProblemText(code) } });
  });

  it("a deleted runner's link finds no one: 404 ATHLETE_NOT_FOUND", async () => {
    const id = await runnerWithPlan(app);
    const link = page.linkFor(id);
    const deleted = await app.inject({ method: 'DELETE', url: `/api/athletes/${id}` });
    expect(deleted.statusCode, deleted.body).toBeLessThan(300);
    expect((await open(`?t=${link.token}`)).statusCode).toBe(404);
    expect((await token({ t: link.token })).json()).toMatchObject({ error: { code: 'ATHLETE_NOT_FOUND' } });
  });
});

describeEachDatabase('the call page, not configured', (ctx) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle);
  });
  afterAll(async () => app?.close());

  it('answers 404 NOT_CONFIGURED for the page and the token, and still serves nothing else', async () => {
    const res = await app.inject({ method: 'GET', url: '/call?t=anything.at-all' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('data-code="NOT_CONFIGURED"');
    expect(res.body).toContain(escapeHtml(callLinkProblemText('NOT_CONFIGURED')));
    const token = await app.inject({ method: 'POST', url: '/voice/token', payload: { t: 'x.y' } });
    expect(token.statusCode).toBe(404);
    expect(token.json()).toMatchObject({ error: { code: 'NOT_CONFIGURED' } });
  });
});
