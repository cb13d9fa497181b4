/**
 * Calls from the browser call page end to end (issue 13): the test-side Twilio dials `/voice/incoming`
 * as the TwiML App does for a Voice SDK call (`From=client:runner-…`, the page's link as the custom
 * parameter `link`). A link that verifies for the runner whose identity `From` is greets that runner and
 * takes turns; an expired, forged or missing link, a mismatched identity, or no call page configured is
 * the unknown-caller answer, logged with a code. PGlite and PostgreSQL.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { callTurn, endCall, startCall } from '../../coach/channel.js';
import { createLogger } from '../../server/logger.js';
import { callLinkKey, createCallLinks } from '../../voice/call-page/call-link.js';
import { createCallPage, type CallPage } from '../../voice/call-page/index.js';
import { callerIdentity } from '../../voice/call-page/voice-token.js';
import { callFixture, PHONE, type CallFixture } from '../coach/calls/call-fixture.js';
import { createTwilioCaller, type TwilioCaller } from '../fakes/twilio-caller.js';
import { buildTestApp } from '../helpers/app.js';
import { TEST_TWILIO } from '../helpers/call-page.js';
import { describeEachDatabase } from '../helpers/database.js';

const TOKEN = '0123456789abcdef0123456789abcdef';
const BASE = 'https://coach.example.org';
const LINK_PHONE = /\/phone on Telegram, the API or the command line/;
const ABOUT_ANA = /Ana|tempo|5:12|warm-up/i;
const VOICE = {
  authToken: TOKEN,
  publicBaseUrl: BASE,
  voice: 'Polly.Joanna',
  speechLanguage: 'en-US',
  calls: { startCall, callTurn, endCall },
};

describeEachDatabase('browser calls through the TwiML App', (ctx) => {
  let app: FastifyInstance;
  let f: CallFixture;
  let page: CallPage;
  let caller: TwilioCaller;
  let lines: string;

  /** The app with (or without) the call page, logging JSON lines into `lines`. */
  const start = async (withPage: boolean) => {
    lines = '';
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines += String(chunk);
        done();
      },
    });
    app = await buildTestApp(ctx.handle, {
      coach: f.deps,
      voice: VOICE,
      ...(withPage ? { callPage: page.routes } : {}),
      logger: createLogger({ level: 'info', pretty: false, destination }),
    });
    caller = createTwilioCaller({ app, authToken: TOKEN, publicBaseUrl: BASE });
  };
  const client = (athleteId: string) => `client:${callerIdentity(page.routes.identityKey, athleteId)}`;
  const codes = () =>
    lines
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => (JSON.parse(l) as { code?: string }).code)
      .filter((c) => c !== undefined);

  beforeEach(async () => {
    f = await callFixture(ctx.handle);
    f.at(`${f.tempo.date}T07:00:00Z`);
    page = createCallPage({ coach: f.deps, credentials: TEST_TWILIO, publicBaseUrl: BASE });
    await start(true);
  });
  afterEach(async () => app.close());

  it("a valid link greets the runner with today's session and takes turns to the end", async () => {
    const link = page.linkFor(f.athleteId).token;
    const call = await caller.dial({ from: client(f.athleteId), params: { link } });
    expect(call.said().join(' ')).toMatch(
      /^Hi Ana\. Tempo run today: 15 minutes warm-up, then 3 times 5 minutes at 5:12 to 5:20\./,
    );
    expect(call.heard.at(-1)?.verb).toBe('Gather');
    await call.speak('seventeen minutes in, pace five flat');
    expect(call.said().join(' ')).toMatch(/^Ease off 16 seconds a kilometre: you are at 5:00/);
    // The link lapses mid-call: the call goes on (it was checked when the call started).
    f.at(`${f.tempo.date}T07:20:00Z`);
    await call.speak('seventeen minutes in, five sixteen');
    expect(call.said().join(' ')).toMatch(/^Good, hold it: 5:16 is on target/);
    await call.press('9');
    expect(call.heard.at(-1)).toEqual({ verb: 'Hangup' });
    const stored = await f.deps.repositories.calls.find(call.callSid);
    expect(stored).toMatchObject({ athleteId: f.athleteId, status: 'stopped', endStatus: 'completed' });
    expect(stored?.reports.map((r) => r.cue.cue)).toEqual(['slow_down', 'hold']);
    expect(lines).not.toContain(link.split('.')[1]!);
  });

  it('a forged From on a live browser call changes nothing', async () => {
    const call = await caller.dial({
      from: client(f.athleteId),
      params: { link: page.linkFor(f.athleteId).token },
    });
    for (const from of [
      client('00000000-0000-4000-8000-000000000000'),
      'client:runner-0',
      '+4915199999999',
    ]) {
      const forged = await caller.post(`${BASE}/voice/gather`, {
        CallSid: call.callSid,
        From: from,
        SpeechResult: 'I have chest pain',
        Confidence: '0.95',
      });
      expect(forged.statusCode).toBe(200);
      expect(forged.body).toMatch(LINK_PHONE);
      expect(forged.body).not.toMatch(ABOUT_ANA);
    }
    expect(await f.deps.repositories.checkins.list(f.athleteId)).toEqual([]);
    expect((await f.deps.repositories.calls.find(call.callSid))?.reports).toEqual([]);
    await call.speak('seventeen minutes in, five sixteen');
    expect(call.said().join(' ')).toMatch(/^Good, hold it/);
  });

  const otherKey = callLinkKey('another-api-secret-0123456789abcdef');
  const refusals: [string, () => { from: string; link?: string }, string][] = [
    [
      'an expired link',
      () => {
        const link = page.linkFor(f.athleteId).token;
        f.at(`${f.tempo.date}T07:10:00Z`);
        return { from: client(f.athleteId), link };
      },
      'CLIENT_LINK_EXPIRED',
    ],
    [
      'a forged link',
      () => ({
        from: client(f.athleteId),
        link: createCallLinks({ key: otherKey, publicBaseUrl: BASE, clock: f.deps.clock }).sign(f.athleteId)
          .token,
      }),
      'CLIENT_LINK_INVALID',
    ],
    [
      "another runner's identity",
      () => ({
        from: client('00000000-0000-4000-8000-000000000000'),
        link: page.linkFor(f.athleteId).token,
      }),
      'CLIENT_IDENTITY_MISMATCH',
    ],
    ['no link', () => ({ from: client(f.athleteId) }), 'CLIENT_LINK_MISSING'],
  ];

  it.each(refusals)('%s is refused, naming nobody, logged with a code', async (_name, make, code) => {
    const { from, link } = make();
    const call = await caller.dial({ from, ...(link !== undefined ? { params: { link } } : {}) });
    expect(call.said().join(' ')).toMatch(LINK_PHONE);
    expect(call.said().join(' ')).not.toMatch(ABOUT_ANA);
    expect(call.heard.at(-1)).toEqual({ verb: 'Hangup' });
    expect(await f.deps.repositories.calls.list(f.athleteId)).toEqual([]);
    expect(codes()).toContain(code);
  });

  it('without the call page configured, a browser call is refused the same way', async () => {
    await app.close();
    await start(false);
    const call = await caller.dial({
      from: client(f.athleteId),
      params: { link: page.linkFor(f.athleteId).token },
    });
    expect(call.said().join(' ')).toMatch(LINK_PHONE);
    expect(call.said().join(' ')).not.toMatch(ABOUT_ANA);
    expect(call.heard.at(-1)).toEqual({ verb: 'Hangup' });
    expect(await f.deps.repositories.calls.list(f.athleteId)).toEqual([]);
    expect(codes()).toContain('CLIENT_CALLS_NOT_CONFIGURED');
  });

  it('a phone call still works with the call page on', async () => {
    const call = await caller.dial({ from: PHONE });
    expect(call.said().join(' ')).toMatch(/^Hi Ana\. Tempo run today/);
    await call.speak('seventeen minutes in, five sixteen');
    expect(call.said().join(' ')).toMatch(/^Good, hold it/);
  });
});
