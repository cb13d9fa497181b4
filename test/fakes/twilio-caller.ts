/**
 * A test-side Twilio: places calls against the app the way Twilio's voice platform does. Every webhook
 * is a form post signed with the auth token over the URL Twilio was configured with (`X-Twilio-Signature`:
 * HMAC-SHA1 of URL + sorted params, base64, per Twilio's security docs); the answer is parsed as TwiML
 * (`voice/parse-twiml.ts`) and followed: `<Say>` is heard, `<Gather>` waits for `speak`/`press`/`silence` and
 * posts to its action URL, `<Redirect>` is fetched, `<Hangup/>` (or running out of verbs) ends the call,
 * after which the status callback is posted, as Twilio does once per call.
 *
 * @example
 * const caller = createTwilioCaller({ app, authToken, publicBaseUrl });
 * const call = await caller.dial({ from: '+4915112345678' });
 * call.said(); await call.speak('twenty minutes in, pace five ten'); await call.press('9'); await call.hangUp();
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import twilio from 'twilio';
import { parseTwiml, type Heard } from '../../voice/parse-twiml.js';

export { parseTwiml, type Heard };

export type TwilioParams = Record<string, string>;

export interface WebhookAnswer {
  readonly statusCode: number;
  readonly contentType: string;
  readonly body: string;
}

export interface TwilioCallerOptions {
  /** The app, driven with `inject`; or the root URL of a listening server (`http://127.0.0.1:<port>`). */
  readonly app: FastifyInstance | string;
  readonly authToken: string;
  /** PUBLIC_BASE_URL: what the number's Voice URL and status callback are configured on. */
  readonly publicBaseUrl: string;
  /** The number's Voice URL (default `<publicBaseUrl>/voice/incoming`). */
  readonly voiceUrl?: string;
  /** The number's status callback URL (default `<publicBaseUrl>/voice/status`). */
  readonly statusCallbackUrl?: string;
  /** Headers every request carries, e.g. what a proxy in front of the app adds. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The number called (`To`). */
  readonly number?: string;
}

/** A line of the call, either side: for transcripts. */
export interface TranscriptLine {
  readonly who: 'coach' | 'caller';
  readonly text: string;
}

export interface TwilioCall {
  readonly callSid: string;
  /** What the coach said in its last answer (each `<Say>`, in order). */
  said(): readonly string[];
  /** The last answer's verbs, in order (including those nested in `<Gather>`). */
  readonly heard: readonly Heard[];
  /** The `<Gather>` the call is waiting at, or undefined. */
  readonly gather: Readonly<Record<string, string>> | undefined;
  /** Everything said on the call, both sides. */
  readonly transcript: readonly TranscriptLine[];
  /** Every webhook answer, raw, in order. */
  readonly answers: readonly WebhookAnswer[];
  readonly ended: boolean;
  /** The status callback's answer once sent. */
  readonly statusAnswer: WebhookAnswer | undefined;
  speak(text: string, confidence?: number): Promise<void>;
  press(digits: string): Promise<void>;
  /** Says nothing until the `<Gather>` times out. */
  silence(): Promise<void>;
  /** The caller hangs up (the status callback, once, if the coach has not ended the call already). */
  hangUp(): Promise<void>;
}

export interface TwilioCaller {
  /**
   * Places a call from `from`; `params` are extra parameters of the first webhook only (a Voice SDK call's
   * custom parameters, e.g. the call page's `link`), as Twilio sends them.
   */
  dial(options: {
    readonly from: string;
    readonly durationSeconds?: number;
    readonly params?: TwilioParams;
  }): Promise<TwilioCall>;
  /** One signed (or, with `signature`, deliberately signed otherwise) form post to `url`. */
  post(
    url: string,
    params: TwilioParams,
    options?: { readonly signature?: string | null; readonly headers?: Readonly<Record<string, string>> },
  ): Promise<WebhookAnswer>;
}

/** Twilio's signature per its docs: HMAC-SHA1 under the auth token of URL + each key+value sorted by key. */
export function twilioSignature(authToken: string, url: string, params: TwilioParams): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf-8')).digest('base64');
}

export function createTwilioCaller(options: TwilioCallerOptions): TwilioCaller {
  const base = options.publicBaseUrl.replace(/\/+$/, '');
  const voiceUrl = options.voiceUrl ?? `${base}/voice/incoming`;
  const statusUrl = options.statusCallbackUrl ?? `${base}/voice/status`;
  const accountSid = `AC${'0'.repeat(32)}`;

  const post: TwilioCaller['post'] = async (url, params, postOptions = {}) => {
    if (!url.startsWith(`${base}/`)) throw new Error(`Twilio would call ${url}, outside ${base}`);
    const path = url.slice(base.length);
    const signature =
      postOptions.signature === undefined
        ? twilio.getExpectedTwilioSignature(options.authToken, url, params)
        : postOptions.signature;
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': 'TwilioProxy/1.1',
      ...(signature !== null ? { 'x-twilio-signature': signature } : {}),
      ...options.headers,
      ...postOptions.headers,
    };
    const payload = new URLSearchParams(params).toString();
    if (typeof options.app === 'string') {
      const response = await fetch(`${options.app.replace(/\/+$/, '')}${path}`, {
        method: 'POST',
        headers,
        body: payload,
      });
      return {
        statusCode: response.status,
        contentType: response.headers.get('content-type') ?? '',
        body: await response.text(),
      };
    }
    const response = await options.app.inject({ method: 'POST', url: path, headers, payload });
    return {
      statusCode: response.statusCode,
      contentType: String(response.headers['content-type'] ?? ''),
      body: response.body,
    };
  };

  const dial: TwilioCaller['dial'] = async ({ from, durationSeconds = 120, params: extra = {} }) => {
    const callSid = `CA${randomBytes(16).toString('hex')}`;
    const common: TwilioParams = {
      AccountSid: accountSid,
      ApiVersion: '2010-04-01',
      CallSid: callSid,
      From: from,
      Caller: from,
      To: options.number ?? '+15005550006',
      Called: options.number ?? '+15005550006',
      Direction: 'inbound',
    };
    const transcript: TranscriptLine[] = [];
    const answers: WebhookAnswer[] = [];
    let heard: Heard[] = [];
    let gather: Record<string, string> | undefined;
    let rest: Heard[] = [];
    let ended = false;
    let statusAnswer: WebhookAnswer | undefined;

    const end = async () => {
      if (statusAnswer !== undefined) return;
      ended = true;
      gather = undefined;
      statusAnswer = await post(statusUrl, {
        ...common,
        CallStatus: 'completed',
        CallDuration: String(durationSeconds),
        Duration: String(Math.ceil(durationSeconds / 60)),
        CallbackSource: 'call-progress-events',
        SequenceNumber: '0',
      });
    };

    /** Follows verbs until a `<Gather>` waits or the call ends. */
    const follow = async (verbs: Heard[], documentUrl: string): Promise<void> => {
      for (let i = 0; i < verbs.length; i++) {
        const verb = verbs[i]!;
        if (verb.verb === 'Say') transcript.push({ who: 'coach', text: verb.text });
        else if (verb.verb === 'Gather') {
          gather = {
            ...verb.attributes,
            action: new URL(verb.attributes.action ?? documentUrl, documentUrl).href,
          };
          rest = verbs.slice(i + 1);
          return;
        } else if (verb.verb === 'Hangup') return end();
        else if (verb.verb === 'Redirect') {
          return request(new URL(verb.url, documentUrl).href, { ...common, CallStatus: 'in-progress' });
        }
      }
      return end(); // out of verbs: Twilio hangs up
    };

    const request = async (url: string, params: TwilioParams): Promise<void> => {
      const answer = await post(url, params);
      answers.push(answer);
      if (answer.statusCode !== 200 || !/xml/.test(answer.contentType)) {
        // Twilio plays "an application error has occurred" and hangs up.
        throw new Error(`webhook ${url} answered ${answer.statusCode} ${answer.contentType}: ${answer.body}`);
      }
      heard = parseTwiml(answer.body);
      await follow(heard, url);
    };

    const answerGather = async (input: TwilioParams, said?: string) => {
      if (ended || gather === undefined) throw new Error('the call is not waiting at a <Gather>');
      const action = gather.action!;
      const wanted = (gather.input ?? 'dtmf').split(/\s+/);
      if ('Digits' in input && !wanted.includes('dtmf')) throw new Error('this <Gather> takes no keys');
      if ('SpeechResult' in input && !wanted.includes('speech'))
        throw new Error('this <Gather> takes no speech');
      if (said !== undefined) transcript.push({ who: 'caller', text: said });
      const empty = !('Digits' in input) && !('SpeechResult' in input);
      if (empty && gather.actionOnEmptyResult !== 'true') {
        gather = undefined;
        return follow(rest, action); // Twilio falls through to the next verb
      }
      gather = undefined;
      await request(action, { ...common, CallStatus: 'in-progress', ...input });
    };

    await request(voiceUrl, { ...common, CallStatus: 'ringing', ...extra });

    return {
      callSid,
      said: () => heard.filter((h) => h.verb === 'Say').map((h) => h.text),
      get heard() {
        return heard;
      },
      get gather() {
        return gather;
      },
      transcript,
      answers,
      get ended() {
        return ended;
      },
      get statusAnswer() {
        return statusAnswer;
      },
      speak: (text, confidence = 0.92) =>
        answerGather({ SpeechResult: text, Confidence: confidence.toFixed(8) }, `"${text}"`),
      press: (digits) => answerGather({ Digits: digits }, `[presses ${digits}]`),
      silence: () => answerGather({}, '[silence]'),
      hangUp: end,
    };
  };

  return { dial, post };
}
