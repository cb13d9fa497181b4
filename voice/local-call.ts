/**
 * A call with no Twilio (issue 13): the voice routes built in-process on their own Fastify instance, and
 * a small TwiML follower playing Twilio's part. Every webhook is a form post signed the way Twilio signs
 * it (`twilio.getExpectedTwilioSignature`, under a random per-call auth token over a loopback
 * PUBLIC_BASE_URL) and `inject`ed; the answer is parsed as TwiML and followed: `<Say>` lines are returned,
 * `<Gather>` waits for `speak` / `press` / `silence`, `<Redirect>` is fetched, `<Hangup/>` (or running out
 * of verbs) ends the call and posts the status callback `completed`, as Twilio does once per call.
 *
 * @example
 * const call = await startLocalCall({ coach, calls: { startCall, callTurn, endCall } }, { from: '+4915112345678' });
 * call.lines; await call.speak('twenty minutes in, pace five ten'); await call.press('9'); await call.close();
 */
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { twilioSdk } from './twilio-sdk.js';
import { parseTwiml, type Heard } from './parse-twiml.js';
import { createVoiceRoutes, type CallFrontDoor } from './voice-routes.js';
import { VOICE_PATHS } from './voice-paths.js';

/** The loopback PUBLIC_BASE_URL the in-process routes sign and answer against (never listened on). */
export const LOCAL_CALL_BASE_URL = 'http://127.0.0.1';

export interface LocalCallDeps<D> {
  /** What the front door functions are called with (the coach's repositories, clock and wording). */
  readonly coach: D;
  readonly calls: CallFrontDoor<D>;
  /** The `<Say>` voice written in the TwiML (default `Polly.Joanna`; the terminal speaks it its own way). */
  readonly voice?: string;
  /** The `<Gather>` language tag (default `en-US`). */
  readonly speechLanguage?: string;
  /** Milliseconds since the epoch, for the call's duration (default `Date.now`). */
  readonly now?: () => number;
}

export interface LocalCall {
  readonly callSid: string;
  /** What the coach said in its last answer, each `<Say>` in order. */
  readonly lines: readonly string[];
  /** The last answer's verbs, in order. */
  readonly heard: readonly Heard[];
  /** True once the call has ended (the coach hung up, or `hangUp`) and the status callback was posted. */
  readonly ended: boolean;
  /** The caller says `text` (speech recognition's `Confidence`, 0–1, default 1). */
  speak(text: string, confidence?: number): Promise<void>;
  /** The caller presses keys (`Digits`). */
  press(digits: string): Promise<void>;
  /** The caller says nothing until the `<Gather>` times out. */
  silence(): Promise<void>;
  /** The caller hangs up: the status callback `completed`, once. */
  hangUp(): Promise<void>;
  /** Hangs up if still on the line, then closes the in-process routes. */
  close(): Promise<void>;
}

type Params = Record<string, string>;

/** Dials the in-process voice routes from `from` (E.164, or empty for a withheld number). */
export async function startLocalCall<D>(
  deps: LocalCallDeps<D>,
  options: { readonly from: string; readonly to?: string },
): Promise<LocalCall> {
  const authToken = randomBytes(16).toString('hex');
  const base = LOCAL_CALL_BASE_URL;
  const now = deps.now ?? Date.now;
  const app = Fastify({ logger: false });
  await app.register(
    createVoiceRoutes({
      authToken,
      publicBaseUrl: base,
      voice: deps.voice ?? 'Polly.Joanna',
      speechLanguage: deps.speechLanguage ?? 'en-US',
      coach: deps.coach,
      calls: deps.calls,
    }),
  );
  await app.ready();

  const post = async (url: string, params: Params) => {
    if (!url.startsWith(`${base}/`)) throw new Error(`TwiML points outside ${base}: ${url}`);
    const response = await app.inject({
      method: 'POST',
      url: url.slice(base.length),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': twilioSdk().getExpectedTwilioSignature(authToken, url, params),
      },
      payload: new URLSearchParams(params).toString(),
    });
    return {
      statusCode: response.statusCode,
      type: String(response.headers['content-type'] ?? ''),
      body: response.body,
    };
  };

  const callSid = `CA${randomBytes(16).toString('hex')}`;
  const to = options.to ?? '+15005550006';
  const common: Params = {
    AccountSid: `AC${'0'.repeat(32)}`,
    ApiVersion: '2010-04-01',
    CallSid: callSid,
    From: options.from,
    Caller: options.from,
    To: to,
    Called: to,
    Direction: 'inbound',
  };
  const startedAt = now();
  let heard: Heard[] = [];
  let gather: Record<string, string> | undefined;
  let rest: Heard[] = [];
  let ended = false;

  const end = async () => {
    if (ended) return;
    ended = true;
    gather = undefined;
    const seconds = Math.max(0, Math.round((now() - startedAt) / 1000));
    const answer = await post(`${base}${VOICE_PATHS.status}`, {
      ...common,
      CallStatus: 'completed',
      CallDuration: String(seconds),
      Duration: String(Math.ceil(seconds / 60)),
    });
    if (answer.statusCode >= 300) throw new Error(`status callback answered ${answer.statusCode}`);
  };

  const follow = async (verbs: Heard[], documentUrl: string): Promise<void> => {
    for (let i = 0; i < verbs.length; i++) {
      const verb = verbs[i]!;
      if (verb.verb === 'Gather') {
        gather = {
          ...verb.attributes,
          action: new URL(verb.attributes.action ?? documentUrl, documentUrl).href,
        };
        rest = verbs.slice(i + 1);
        return;
      }
      if (verb.verb === 'Hangup') return end();
      if (verb.verb === 'Redirect')
        return request(new URL(verb.url, documentUrl).href, { ...common, CallStatus: 'in-progress' });
    }
    return end(); // out of verbs: Twilio hangs up
  };

  const request = async (url: string, params: Params): Promise<void> => {
    const answer = await post(url, params);
    if (answer.statusCode !== 200 || !/xml/.test(answer.type))
      throw new Error(`webhook ${url} answered ${answer.statusCode} ${answer.type}`);
    heard = parseTwiml(answer.body);
    await follow(heard, url);
  };

  const answerGather = async (input: Params) => {
    if (ended || gather === undefined) throw new Error('the call is not waiting at a <Gather>');
    const action = gather.action!;
    const empty = !('Digits' in input) && !('SpeechResult' in input);
    const fallThrough = empty && gather.actionOnEmptyResult !== 'true';
    gather = undefined;
    if (fallThrough) return follow(rest, action);
    await request(action, { ...common, CallStatus: 'in-progress', ...input });
  };

  await request(`${base}${VOICE_PATHS.incoming}`, { ...common, CallStatus: 'ringing' });

  return {
    callSid,
    get lines() {
      return heard.flatMap((h) => (h.verb === 'Say' ? [h.text] : []));
    },
    get heard() {
      return heard;
    },
    get ended() {
      return ended;
    },
    speak: (text, confidence = 1) => answerGather({ SpeechResult: text, Confidence: confidence.toFixed(8) }),
    press: (digits) => answerGather({ Digits: digits }),
    silence: () => answerGather({}),
    hangUp: end,
    async close() {
      try {
        await end();
      } finally {
        await app.close();
      }
    },
  };
}
