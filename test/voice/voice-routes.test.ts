/**
 * The Twilio adapter on its own: a bare Fastify app with the voice plugin over a recording front door
 * (the protocol mapping only; the end-to-end calls through the real coach are in call-scenarios.test.ts).
 */
import { Writable } from 'node:stream';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import pino from 'pino';
import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallEnd, CallStart, CallStep, CallTurn } from '../../coach/calls/call-types.js';
import type { Reply } from '../../coach/prompts/coach-message.js';
import { createVoiceRoutes, type CallFrontDoor } from '../../voice/index.js';
import { createTwilioCaller } from '../fakes/twilio-caller.js';

const TOKEN = '0123456789abcdef0123456789abcdef';
const BASE = 'https://coach.example.org';
const SID = 'CA0123456789abcdef0123456789abcdef';
const PHONE = '+4915112345678';
const reply = (text: string): Reply => ({ text, options: [], source: 'template' });

interface Recorded {
  starts: CallStart[];
  turns: CallTurn[];
  ends: CallEnd[];
}

function recordingFrontDoor(
  behaviour: { start?: () => Promise<CallStep> } = {},
): CallFrontDoor<'coach'> & Recorded {
  const recorded: Recorded = { starts: [], turns: [], ends: [] };
  return {
    ...recorded,
    async startCall(deps, start) {
      expect(deps).toBe('coach');
      recorded.starts.push(start);
      if (behaviour.start) return behaviour.start();
      return { lines: [reply('Tempo day.')], next: 'gather', hints: ['five ten'], keys: true };
    },
    async callTurn(_deps, turn) {
      recorded.turns.push(turn);
      return 'digits' in turn.input && turn.input.digits === '9'
        ? { lines: [reply('Well done.')], next: 'hangup' }
        : { lines: [reply('Ease off.')], next: 'gather' };
    },
    async endCall(_deps, end) {
      recorded.ends.push(end);
    },
  };
}

let app: FastifyInstance | undefined;
let logs: string[] = [];

async function voiceApp(
  calls: CallFrontDoor<'coach'>,
  options: { publicBaseUrl?: string; answerWithinMs?: number } = {},
): Promise<FastifyInstance> {
  logs = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const voice = Fastify({ loggerInstance: pino({ level: 'debug' }, stream) as FastifyBaseLogger });
  app = voice;
  await voice.register(
    createVoiceRoutes({
      authToken: TOKEN,
      publicBaseUrl: options.publicBaseUrl ?? BASE,
      voice: 'Polly.Joanna',
      speechLanguage: 'en-US',
      coach: 'coach' as const,
      calls,
      ...(options.answerWithinMs !== undefined ? { answerWithinMs: options.answerWithinMs } : {}),
    }),
  );
  voice.post('/api/elsewhere', async () => ({ ok: true }));
  await voice.ready();
  return voice;
}

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const incoming = { CallSid: SID, From: PHONE, To: '+15005550006', CallStatus: 'ringing' };

describe('voice webhooks: signatures', () => {
  it('a request signed over PUBLIC_BASE_URL + path is answered with TwiML', async () => {
    const calls = recordingFrontDoor();
    const caller = createTwilioCaller({ app: await voiceApp(calls), authToken: TOKEN, publicBaseUrl: BASE });
    const answer = await caller.post(`${BASE}/voice/incoming`, incoming);
    expect(answer.statusCode).toBe(200);
    expect(answer.contentType).toMatch(/^text\/xml/);
    expect(calls.starts).toEqual([{ callSid: SID, from: PHONE }]);
  });

  it.each([
    [
      'forged (another token)',
      twilio.getExpectedTwilioSignature('f'.repeat(32), `${BASE}/voice/incoming`, incoming),
    ],
    ['missing', null],
    ['empty', ''],
    [
      'signed over the URL the app sees',
      twilio.getExpectedTwilioSignature(TOKEN, 'http://localhost:80/voice/incoming', incoming),
    ],
  ])('a %s signature is 403 and nothing is processed', async (_name, signature) => {
    const calls = recordingFrontDoor();
    const caller = createTwilioCaller({ app: await voiceApp(calls), authToken: TOKEN, publicBaseUrl: BASE });
    for (const path of ['/voice/incoming', '/voice/gather', '/voice/status']) {
      const answer = await caller.post(
        `${BASE}${path}`,
        { ...incoming, CallStatus: 'completed' },
        { signature },
      );
      expect(answer.statusCode).toBe(403);
      expect(JSON.parse(answer.body)).toEqual({ error: { code: 'TWILIO_SIGNATURE_INVALID' } });
    }
    expect(calls).toMatchObject({ starts: [], turns: [], ends: [] });
  });

  it('a parameter changed after signing is 403', async () => {
    const calls = recordingFrontDoor();
    const caller = createTwilioCaller({ app: await voiceApp(calls), authToken: TOKEN, publicBaseUrl: BASE });
    const signature = twilio.getExpectedTwilioSignature(TOKEN, `${BASE}/voice/incoming`, incoming);
    const answer = await caller.post(
      `${BASE}/voice/incoming`,
      { ...incoming, From: '+4915199999999' },
      { signature },
    );
    expect(answer.statusCode).toBe(403);
    expect(calls.starts).toEqual([]);
  });

  it('behind a proxy that rewrites Host and X-Forwarded-*, the signature is still checked against PUBLIC_BASE_URL', async () => {
    const calls = recordingFrontDoor();
    const caller = createTwilioCaller({
      app: await voiceApp(calls),
      authToken: TOKEN,
      publicBaseUrl: BASE,
      headers: {
        host: '10.0.0.7:3000',
        'x-forwarded-host': 'runloop-internal.svc',
        'x-forwarded-proto': 'http',
        'x-forwarded-port': '8080',
        'x-original-url': '/somewhere/else',
      },
    });
    const call = await caller.dial({ from: PHONE });
    expect(call.said()).toEqual(['Tempo day.']);
    await call.speak('pace five ten');
    expect(calls.turns).toHaveLength(1);
  });

  it('a PUBLIC_BASE_URL with a path (stripped by the proxy) and a Voice URL with a query string are signed as configured', async () => {
    const base = 'https://example.org/runloop';
    const calls = recordingFrontDoor();
    const caller = createTwilioCaller({
      app: await voiceApp(calls, { publicBaseUrl: base }),
      authToken: TOKEN,
      publicBaseUrl: base,
      voiceUrl: `${base}/voice/incoming?line=main&v=2`,
    });
    const call = await caller.dial({ from: PHONE });
    expect(call.gather?.action).toBe(`${base}/voice/gather`);
    await call.press('9');
    expect(call.ended).toBe(true);
    expect(calls.ends).toHaveLength(1);
  });
});

describe('voice webhooks: input and answers', () => {
  it.each([
    [{ From: PHONE }, 'TWILIO_CALL_SID_INVALID'],
    [{ CallSid: SID }, 'TWILIO_FROM_MISSING'],
    [{}, 'TWILIO_CALL_SID_INVALID'],
  ])('a signed form without CallSid or From (%o) is 400 with a code', async (params, code) => {
    const calls = recordingFrontDoor();
    const caller = createTwilioCaller({ app: await voiceApp(calls), authToken: TOKEN, publicBaseUrl: BASE });
    for (const path of ['/voice/incoming', '/voice/gather', '/voice/status']) {
      const answer = await caller.post(`${BASE}${path}`, params);
      expect(answer.statusCode).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({ error: { code } });
    }
    expect(calls).toMatchObject({ starts: [], turns: [], ends: [] });
  });

  it('passes speech with confidence, keys and silence to callTurn, and renders each step', async () => {
    const calls = recordingFrontDoor();
    const caller = createTwilioCaller({ app: await voiceApp(calls), authToken: TOKEN, publicBaseUrl: BASE });
    const call = await caller.dial({ from: PHONE });
    expect(call.heard).toEqual([
      { verb: 'Say', text: 'Tempo day.', attributes: { voice: 'Polly.Joanna' } },
      {
        verb: 'Gather',
        attributes: expect.objectContaining({
          input: 'speech dtmf',
          action: `${BASE}/voice/gather`,
          hints: 'five ten',
          actionOnEmptyResult: 'true',
        }),
      },
    ]);
    await call.speak('twenty minutes in, pace five ten', 0.87);
    await call.silence();
    await call.press('9');
    expect(calls.turns.map((t) => t.input)).toEqual([
      { speech: 'twenty minutes in, pace five ten', confidence: 0.87 },
      { silence: true },
      { digits: '9' },
    ]);
    expect(calls.turns.every((t) => t.callSid === call.callSid && t.from === PHONE)).toBe(true);
    expect(call.heard).toEqual([
      { verb: 'Say', text: 'Well done.', attributes: { voice: 'Polly.Joanna' } },
      { verb: 'Hangup' },
    ]);
    expect(calls.ends).toEqual([
      { callSid: call.callSid, from: PHONE, status: 'completed', durationSeconds: 120 },
    ]);
    expect(call.statusAnswer).toMatchObject({ statusCode: 204, body: '' });
  });

  it('status callbacks that are not an end are answered 204 and change nothing', async () => {
    const calls = recordingFrontDoor();
    const caller = createTwilioCaller({ app: await voiceApp(calls), authToken: TOKEN, publicBaseUrl: BASE });
    const answer = await caller.post(`${BASE}/voice/status`, { ...incoming, CallStatus: 'in-progress' });
    expect(answer).toMatchObject({ statusCode: 204, body: '' });
    expect(calls.ends).toEqual([]);
  });

  it('a failing or late step is answered with an apology and a hang-up (200 TwiML), logged with a code', async () => {
    for (const [start, code] of [
      [() => Promise.reject(new Error(`lost the database for ${PHONE}`)), 'VOICE_STEP_FAILED'],
      [() => new Promise<CallStep>(() => {}), 'VOICE_STEP_TIMEOUT'],
    ] as const) {
      const calls = recordingFrontDoor({ start });
      const caller = createTwilioCaller({
        app: await voiceApp(calls, { answerWithinMs: 50 }),
        authToken: TOKEN,
        publicBaseUrl: BASE,
      });
      const call = await caller.dial({ from: PHONE });
      expect(call.answers[0]).toMatchObject({
        statusCode: 200,
        contentType: expect.stringMatching(/^text\/xml/),
      });
      expect(call.heard.map((h) => h.verb)).toEqual(['Say', 'Hangup']);
      expect(call.said()[0]).toMatch(/^Sorry/);
      expect(logs.join('')).toContain(code);
      expect(logs.join('')).not.toContain(PHONE);
      await app?.close();
    }
  });

  it('logs hold no phone number, speech, CallSid or token', async () => {
    const calls = recordingFrontDoor();
    const caller = createTwilioCaller({ app: await voiceApp(calls), authToken: TOKEN, publicBaseUrl: BASE });
    const call = await caller.dial({ from: PHONE });
    await call.speak('chest feels heavy, heart rate one sixty-five');
    await call.press('9');
    const all = logs.join('');
    expect(all).toContain('call step');
    for (const secret of [PHONE, '4915112345678', 'sixty-five', call.callSid, TOKEN])
      expect(all).not.toContain(secret);
  });

  it('form bodies are parsed only inside the voice plugin', async () => {
    const calls = recordingFrontDoor();
    const voice = await voiceApp(calls);
    const answer = await voice.inject({
      method: 'POST',
      url: '/api/elsewhere',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'a=1',
    });
    expect(answer.statusCode).toBe(415);
  });
});
