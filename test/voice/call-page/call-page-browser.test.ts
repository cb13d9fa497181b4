/**
 * The call page in a real headless Chromium (Debian's `chromium`, driven by puppeteer-core), against the
 * app listening on 127.0.0.1: the page shows today's session as chat words it; "Call my coach" obtains a
 * token from POST /voice/token (its grant, identity and expiry checked) and, with every *.twilio.com
 * host unresolvable in this browser, shows that the phone service cannot be reached. A bad link shows
 * why. Skipped, saying so, only when chromium is missing outside CI; CI (`.ci/run`) installs it.
 */
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_PAGE_WORDS, callLinkProblemText } from '../../../coach/prompts/templates/call-page-words.js';
import type { CallPage } from '../../../voice/call-page/index.js';
import { callPageApp, runnerWithPlan, TEST_TWILIO, verifyHs256 } from '../../helpers/call-page.js';
import { describeEachDatabase } from '../../helpers/database.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const found = existsSync(CHROMIUM);
if (!found && process.env.CI) throw new Error(`chromium not found at ${CHROMIUM}: .ci/run installs it`);
const title = found
  ? 'the call page in headless Chromium'
  : `the call page in headless Chromium — SKIPPED: no chromium at ${CHROMIUM} (apt-get install chromium)`;

const T0 = '2026-12-08T07:00:00Z';
const TIMEOUT_MS = 30_000;

describe.skipIf(!found)(title, () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        // A microphone that needs no prompt, so the call fails on the network and nowhere else.
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        // Twilio is unreachable from this browser whether or not the machine is online.
        '--host-resolver-rules=MAP *.twilio.com ~NOTFOUND',
      ],
    });
  }, TIMEOUT_MS);
  afterAll(async () => browser?.close());

  describeEachDatabase('call page', (ctx) => {
    let app: FastifyInstance;
    let page: CallPage;
    let base: string;
    beforeAll(async () => {
      ({ app, page } = await callPageApp(ctx.handle, { now: () => new Date(T0) }));
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      base = `http://127.0.0.1:${address.port}`;
    });
    afterAll(async () => app?.close());

    it(
      'shows today, gets a token on "Call my coach", and says Twilio cannot be reached',
      async () => {
        const athleteId = await runnerWithPlan(app);
        const asked = await app.inject({
          method: 'POST',
          url: `/api/athletes/${athleteId}/messages`,
          payload: { text: 'today', at: T0 },
        });
        const todayText = (asked.json() as { replies: { text: string }[] }).replies[0]!.text;

        const tab = await browser!.newPage();
        // The page's policy must let the SDK reach Twilio: a blocked request would look the same here.
        const refused: string[] = [];
        tab.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
        });
        try {
          const opened = await tab.goto(`${base}/call?t=${page.linkFor(athleteId).token}`);
          expect(opened?.status()).toBe(200);
          expect(await tab.$eval('.session', (e) => e.textContent)).toBe(todayText);
          expect(await tab.$eval('#call-button', (e) => e.textContent)).toBe(CALL_PAGE_WORDS.button);
          expect(await tab.$eval('#call-status', (e) => e.textContent)).toBe(CALL_PAGE_WORDS.status.ready);
          // The stylesheet applied (served as text/css under nosniff and the page's policy).
          expect(
            await tab.evaluate("getComputedStyle(document.getElementById('call-button')).backgroundColor"),
          ).toBe('rgb(26, 127, 55)');
          expect(await tab.evaluate('typeof Twilio.Device')).toBe('function');

          const tokenResponse = tab.waitForResponse((r) => r.url() === `${base}/voice/token`);
          await tab.click('#call-button');
          const response = await tokenResponse;
          expect(response.status()).toBe(200);
          const body = (await response.json()) as { token: string; identity: string; expiresAt: string };
          const { payload } = verifyHs256(body.token, TEST_TWILIO.apiSecret);
          const grants = payload.grants as {
            identity: string;
            voice: { outgoing: { application_sid: string }; incoming?: unknown };
          };
          expect(grants.identity).toBe(body.identity);
          expect(body.identity).toMatch(/^runner-[0-9a-f]{24}$/);
          expect(grants.voice.outgoing.application_sid).toBe(TEST_TWILIO.twimlAppSid);
          expect(grants.voice.incoming).toBeUndefined();
          const exp = payload.exp as number;
          expect(exp - (payload.iat as number)).toBe(600);
          expect(new Date(body.expiresAt).getTime()).toBe(exp * 1000);

          await tab.waitForFunction("document.body.dataset.callState === 'failed'", {
            timeout: TIMEOUT_MS,
          });
          expect(await tab.evaluate('document.body.dataset.identity')).toBe(body.identity);
          expect(await tab.$eval('#call-status', (e) => e.textContent)).toBe(
            CALL_PAGE_WORDS.status.unreachable,
          );
          expect(
            await tab.$eval('#call-button', (e) => (e as unknown as { disabled: boolean }).disabled),
          ).toBe(false);
          // 31005/31000: the SDK's signaling connection failed (Twilio unreachable).
          expect(await tab.evaluate('document.body.dataset.callError')).toMatch(/^310\d\d$/);
          expect(refused).toEqual([]);
        } finally {
          await tab.close();
        }
      },
      TIMEOUT_MS * 2,
    );

    it(
      'a bad link shows why, with no button',
      async () => {
        const tab = await browser!.newPage();
        try {
          const opened = await tab.goto(`${base}/call?t=forged.link`);
          expect(opened?.status()).toBe(401);
          expect(await tab.$eval('#call-problem', (e) => e.textContent)).toBe(
            callLinkProblemText('LINK_INVALID'),
          );
          expect(await tab.$('#call-button')).toBeNull();
        } finally {
          await tab.close();
        }
      },
      TIMEOUT_MS,
    );
  });
});
