import Fastify from 'fastify';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import formbody from '@fastify/formbody';
import { createTwilioCaller, parseTwiml, twilioSignature } from './twilio-caller.js';

const TOKEN = '0123456789abcdef0123456789abcdef';
const BASE = 'https://coach.example.org';

describe('the test-side Twilio caller', () => {
  it("signs the way Twilio documents (HMAC-SHA1 of URL + sorted params), matching the twilio package's own", () => {
    // Twilio's documented example: https://www.twilio.com/docs/usage/security#validating-requests
    const url = 'https://example.com/myapp.php?foo=1&bar=2';
    const params = {
      CallSid: 'CA1234567890ABCDE',
      Caller: '+12349013030',
      Digits: '1234',
      From: '+12349013030',
      To: '+18005551212',
    };
    const ours = twilioSignature('12345', url, params);
    expect(ours).toBe(twilio.getExpectedTwilioSignature('12345', url, params));
    expect(twilio.validateRequest('12345', ours, url, params)).toBe(true);
    expect(twilio.validateRequest('12345', ours, url, { ...params, Digits: '1235' })).toBe(false);
  });

  it('reads TwiML verbs in order, Say nested in Gather first', () => {
    const response = new twilio.twiml.VoiceResponse();
    response.say({ voice: 'Polly.Joanna' }, 'Hello & welcome.');
    response.gather({ action: '/voice/gather', input: ['speech', 'dtmf'] }).say('Go on.');
    response.redirect('/voice/again');
    response.hangup();
    expect(parseTwiml(response.toString())).toEqual([
      { verb: 'Say', text: 'Hello & welcome.', attributes: { voice: 'Polly.Joanna' } },
      { verb: 'Say', text: 'Go on.', attributes: {} },
      { verb: 'Gather', attributes: { action: '/voice/gather', input: 'speech dtmf' } },
      { verb: 'Redirect', url: '/voice/again' },
      { verb: 'Hangup' },
    ]);
  });

  it('follows Gather actions, Redirect and Hangup, then posts the status callback once, all signed', async () => {
    const app = Fastify();
    await app.register(formbody);
    const seen: { url: string; body: Record<string, string>; valid: boolean }[] = [];
    const twiml = (build: (r: InstanceType<typeof twilio.twiml.VoiceResponse>) => void) => {
      const r = new twilio.twiml.VoiceResponse();
      build(r);
      return r.toString();
    };
    app.addHook('preHandler', async (request) => {
      const body = request.body as Record<string, string>;
      const signature = String(request.headers['x-twilio-signature']);
      seen.push({
        url: request.url,
        body,
        valid: twilio.validateRequest(TOKEN, signature, BASE + request.url, body),
      });
    });
    app.post('/voice/incoming', async (_q, reply) =>
      reply.type('text/xml').send(
        twiml((r) => {
          r.say('Hi.');
          r.gather({ action: `${BASE}/voice/gather`, input: ['speech', 'dtmf'], actionOnEmptyResult: true });
        }),
      ),
    );
    app.post('/voice/gather', async (request, reply) => {
      const body = request.body as Record<string, string>;
      if (body.Digits === '9') return reply.type('text/xml').send(twiml((r) => r.hangup()));
      return reply.type('text/xml').send(twiml((r) => r.redirect('/voice/incoming?again=1')));
    });
    app.post('/voice/status', async (_q, reply) => reply.status(204).send());
    const caller = createTwilioCaller({ app, authToken: TOKEN, publicBaseUrl: BASE });
    const call = await caller.dial({ from: '+4915112345678' });
    expect(call.said()).toEqual(['Hi.']);
    expect(call.gather).toMatchObject({ action: `${BASE}/voice/gather` });
    await call.speak('pace five ten');
    expect(call.said()).toEqual(['Hi.']);
    await call.press('9');
    expect(call.ended).toBe(true);
    await call.hangUp();
    expect(seen.map((s) => s.url)).toEqual([
      '/voice/incoming',
      '/voice/gather',
      '/voice/incoming?again=1',
      '/voice/gather',
      '/voice/status',
    ]);
    expect(seen.every((s) => s.valid)).toBe(true);
    expect(seen[1]?.body).toMatchObject({ SpeechResult: 'pace five ten', CallSid: call.callSid });
    expect(seen[3]?.body).toMatchObject({ Digits: '9' });
    expect(seen[4]?.body).toMatchObject({ CallStatus: 'completed', CallDuration: '120' });
    expect(call.statusAnswer?.statusCode).toBe(204);
    await app.close();
  });
});
