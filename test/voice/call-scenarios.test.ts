/**
 * Whole phone calls end to end (issue 13): the test-side Twilio dials the real app (signed webhooks,
 * TwiML followed), the voice routes call the real coach (`startCall`, `callTurn`, `endCall`), and a
 * completed call's RPE question goes through the outbox to the loopback fake Bot API. PGlite and PostgreSQL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTelegramChannel, type TelegramChannel } from '../../bots/telegram/telegram-channel.js';
import { callTurn, endCall, startCall } from '../../coach/channel.js';
import { callFixture, PHONE, type CallFixture } from '../coach/calls/call-fixture.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-api.js';
import { createTwilioCaller, type TwilioCaller } from '../fakes/twilio-caller.js';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';
import { ROOT } from '../helpers/process.js';
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from '../helpers/telegram.js';

const TOKEN = '0123456789abcdef0123456789abcdef';
const BASE = 'https://coach.example.org';
const CHAT = 731;
const LINK_PHONE = /\/phone on Telegram, the API or the command line/;

describeEachDatabase('phone calls through the Twilio webhooks', (ctx) => {
  let fake: FakeTelegram;
  let app: FastifyInstance;
  let f: CallFixture;
  let caller: TwilioCaller;
  let channel: TelegramChannel;

  beforeEach(async () => {
    fake = await startFakeTelegram({ token: TEST_BOT_TOKEN });
    f = await callFixture(ctx.handle, { telegramChatId: CHAT });
    channel = createTelegramChannel({
      token: TEST_BOT_TOKEN,
      coach: f.deps,
      logger: pino({ level: 'silent' }),
      botInfo: TEST_BOT_INFO,
      apiRoot: fake.url,
    });
    app = await buildTestApp(ctx.handle, {
      coach: f.deps,
      voice: {
        authToken: TOKEN,
        publicBaseUrl: BASE,
        voice: 'Polly.Joanna',
        speechLanguage: 'en-US',
        calls: { startCall, callTurn, endCall },
      },
    });
    caller = createTwilioCaller({ app, authToken: TOKEN, publicBaseUrl: BASE });
  });
  afterEach(async () => {
    await app.close();
    await fake.close();
  });

  const toAna = () =>
    fake
      .accepted('sendMessage')
      .filter((c) => c.params.chat_id === CHAT)
      .map((c) => c.params);

  it('a known caller mid-tempo: too fast, on pace, too slow, each cue naming the paces', async () => {
    f.at(`${f.tempo.date}T07:00:00Z`);
    const call = await caller.dial({ from: PHONE });
    expect(call.said().join(' ')).toMatch(
      /^Hi Ana\. Tempo run today: 15 minutes warm-up, then 3 times 5 minutes at 5:12 to 5:20\./,
    );
    expect(call.heard.at(-1)).toMatchObject({
      verb: 'Gather',
      attributes: {
        input: 'speech dtmf',
        action: `${BASE}/voice/gather`,
        actionOnEmptyResult: 'true',
        hints: expect.stringContaining('5:12'),
      },
    });
    await call.speak('seventeen minutes in, pace five flat');
    expect(call.said().join(' ')).toBe(
      'Ease off 16 seconds a kilometre: you are at 5:00, target 5:12 to 5:20. 3 more minutes of this rep, then 1 minute recovery jog.',
    );
    await call.speak('seventeen minutes in, five sixteen');
    expect(call.said().join(' ')).toMatch(/^Good, hold it: 5:16 is on target, 5:12 to 5:20\./);
    await call.speak('seventeen minutes in, pace five thirty five');
    expect(call.said().join(' ')).toMatch(
      /^Pick it up 19 seconds a kilometre: you are at 5:35, target 5:12 to 5:20\./,
    );
    expect(call.gather).toBeDefined();
    const stored = await f.deps.repositories.calls.find(call.callSid);
    expect(stored?.reports.map((r) => r.cue.cue)).toEqual(['slow_down', 'hold', 'speed_up']);
  });

  it('heart rate over the easy ceiling on an easy day: slow down', async () => {
    f.at(`${f.easy.date}T07:00:00Z`);
    const call = await caller.dial({ from: PHONE });
    await call.speak('twenty minutes in, pace six twenty, heart rate one fifty five');
    expect(call.said().join(' ')).toMatch(/^Slow down: heart rate 155 is over your easy ceiling of 149\./);
    expect(call.heard.at(-1)?.verb).toBe('Gather');
  });

  it('a red flag: stop running now, hung up, a red-flag check-in, and no RPE question afterwards', async () => {
    f.at(`${f.tempo.date}T07:00:00Z`);
    const call = await caller.dial({ from: PHONE });
    await call.speak('I feel dizzy and I have chest pain');
    expect(call.said().join(' ')).toMatch(/^Stop running now/);
    expect(call.said().join(' ')).toMatch(/emergency/);
    expect(call.heard.at(-1)).toEqual({ verb: 'Hangup' });
    expect(call.ended).toBe(true);
    expect(call.statusAnswer?.statusCode).toBe(204);
    const checkins = await f.deps.repositories.checkins.list(f.athleteId);
    expect(checkins.map((c) => [...c.redFlags].sort())).toEqual([['chest_pain', 'dizziness']]);
    await channel.drain();
    expect(toAna()).toEqual([]);
  });

  it.each([
    ['an unknown number', '+4915199999999'],
    ['a withheld number', 'anonymous'],
    ['a number Twilio sends empty', ''],
  ])('%s hears how to link a phone, nothing about any runner, and is hung up on', async (_name, from) => {
    f.at(`${f.tempo.date}T07:00:00Z`);
    const call = await caller.dial({ from });
    expect(call.said().join(' ')).toMatch(LINK_PHONE);
    expect(call.said().join(' ')).not.toMatch(/Ana|tempo|5:12|warm-up/i);
    expect(call.heard.at(-1)).toEqual({ verb: 'Hangup' });
    expect(call.statusAnswer?.statusCode).toBe(204);
    expect(await f.deps.repositories.calls.list(f.athleteId)).toEqual([]);
    await channel.drain();
    expect(toAna()).toEqual([]);
  });

  it('an empty speech result asks again once, then offers the keys, which work', async () => {
    f.at(`${f.tempo.date}T07:00:00Z`);
    const call = await caller.dial({ from: PHONE });
    await call.silence();
    expect(call.said().join(' ')).toMatch(/^Sorry, I did not catch that\./);
    expect(call.heard.at(-1)?.verb).toBe('Gather');
    await call.speak('five ten', 0.3);
    expect(call.said().join(' ')).toMatch(
      /^Let us use the keys\. Press 1 for easy, 2 for ok, 3 for hard, or 9 to stop\./,
    );
    await call.press('2');
    expect(call.heard.at(-1)?.verb).toBe('Gather');
    await call.press('9');
    expect(call.said().join(' ')).toMatch(/^Session stopped for today/);
    expect(call.heard.at(-1)).toEqual({ verb: 'Hangup' });
  });

  it('a completed call asks the RPE on Telegram through the outbox, once', async () => {
    f.at(`${f.tempo.date}T07:00:00Z`);
    const call = await caller.dial({ from: PHONE, durationSeconds: 95 });
    await call.speak('seventeen minutes in, five sixteen');
    f.at(`${f.tempo.date}T07:45:00Z`);
    await call.hangUp();
    expect(call.statusAnswer).toMatchObject({ statusCode: 204, body: '' });
    expect(await f.deps.repositories.calls.find(call.callSid)).toMatchObject({
      endStatus: 'completed',
      durationSeconds: 95,
    });
    await channel.drain();
    const sent = toAna();
    expect(sent).toHaveLength(1);
    expect(String(sent[0]?.text)).toMatch(/1.10|RPE|how hard/i);
    expect(JSON.stringify(sent[0]?.reply_markup)).toMatch(/inline_keyboard/);
    // Twilio may post the status callback again: nothing more is sent.
    const again = await caller.post(`${BASE}/voice/status`, {
      CallSid: call.callSid,
      From: PHONE,
      CallStatus: 'completed',
      CallDuration: '95',
    });
    expect(again.statusCode).toBe(204);
    await channel.drain();
    expect(toAna()).toHaveLength(1);
  });

  it('a forged request on a live line changes nothing', async () => {
    f.at(`${f.tempo.date}T07:00:00Z`);
    const call = await caller.dial({ from: PHONE });
    const forged = await caller.post(
      `${BASE}/voice/gather`,
      { CallSid: call.callSid, From: PHONE, SpeechResult: 'I have chest pain' },
      { signature: 'bm90IGEgc2lnbmF0dXJl' },
    );
    expect(forged.statusCode).toBe(403);
    expect(await f.deps.repositories.checkins.list(f.athleteId)).toEqual([]);
    expect((await f.deps.repositories.calls.find(call.callSid))?.reports).toEqual([]);
  });

  it('the README transcript is what the routes answer', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /\*\*A call\.\*\*[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1];
    const twiml = /as Twilio received it:\n\n```xml\n([\s\S]*?)\n```/.exec(readme)?.[1];
    f.at(`${f.tempo.date}T07:00:00Z`);
    const call = await caller.dial({ from: PHONE });
    f.at(`${f.tempo.date}T07:17:00Z`);
    await call.speak('seventeen minutes in, pace five flat');
    await call.speak('how long left');
    f.at(`${f.tempo.date}T07:18:00Z`);
    await call.silence();
    await call.press('2');
    await call.press('9');
    await call.hangUp();
    const lines = call.transcript.map((l) => `${l.who === 'coach' ? 'coach' : 'you  '}  ${l.text}`);
    expect(lines.join('\n') + '\n').toBe(block);
    expect(call.answers[0]?.body).toBe(twiml);
    await channel.drain();
    expect(String(toAna()[0]?.text)).toBe(
      'How hard did that feel, from 1 (very easy) to 10 (maximal)? It tells me how the plan should adapt.',
    );
  });
});
