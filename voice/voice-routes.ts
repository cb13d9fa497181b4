/**
 * The phone line's Twilio webhooks as a Fastify plugin: `POST /voice/incoming` (the number's Voice URL →
 * `startCall`), `POST /voice/gather` (the `<Gather>` action → `callTurn`) and `POST /voice/status` (the
 * status callback → `endCall`). A browser caller (`From=client:…`, the call page) starts a call only with the
 * page's signed link (`link`) for the runner whose identity `From` is; otherwise, like an unknown number,
 * they hear how to link a phone. Every request is checked against `X-Twilio-Signature` first (403, nothing
 * done, when it does not match); a signed request without `CallSid`/`From` is a 400. The coach decides;
 * this maps form posts to the call front door and its `CallStep` to TwiML. Twilio waits 15 s at most, so
 * a step that fails or runs past `answerWithinMs` is answered with an apology and a hang-up, never a 500.
 */
import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { CallEnd, CallStart, CallStep, CallTurn } from '../coach/calls/call-types.js';
import { channelApology } from '../coach/prompts/templates/channel-note.js';
import {
  checkBrowserCaller,
  clientIdentityOf,
  isClientCaller,
  type BrowserCallers,
} from './browser-caller.js';
import { callRef } from './call-ref.js';
import { renderApology, renderCallStep, type TwimlSettings } from './render-twiml.js';
import { isTwilioSignatureValid, signedUrl } from './twilio-signature.js';
import { parseCallEnd, parseCallStart, parseCallTurn, type FormParams } from './twilio-params.js';
import { VOICE_PATHS } from './voice-paths.js';

/** The coach's call front door (coach/calls): each function takes the coach's deps first. */
export interface CallFrontDoor<D> {
  startCall(deps: D, start: CallStart): Promise<CallStep>;
  callTurn(deps: D, turn: CallTurn): Promise<CallStep>;
  endCall(deps: D, end: CallEnd): Promise<void>;
}

export interface VoiceRouteDeps<D> extends TwimlSettings {
  /** The Twilio account's Auth Token: checks every webhook's signature. Never logged. */
  readonly authToken: string;
  /** What the front door functions are called with (the coach's repositories, clock and wording). */
  readonly coach: D;
  readonly calls: CallFrontDoor<D>;
  /** The call page's links and identity key: browser calls are refused without them. */
  readonly browserCalls?: BrowserCallers;
  /** Milliseconds a step may take before the caller hears the apology (default 10 000; Twilio allows 15 000). */
  readonly answerWithinMs?: number;
}

/** Default budget of one webhook answer, in milliseconds, well inside Twilio's 15 s. */
export const DEFAULT_ANSWER_WITHIN_MS = 10_000;

const TIMED_OUT = Symbol('timed out');

/** `work`'s result, or TIMED_OUT once `ms` milliseconds have passed (the work is left to finish alone). */
async function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** A stable, log-safe name for a failure: its `code` when it has one, else its class name. */
function failureName(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^[\w.-]{1,64}$/.test(code)) return code;
    if (error instanceof Error) return error.name;
  }
  return typeof error;
}

const refuse = (reply: FastifyReply, status: 400 | 403, code: string) =>
  reply.status(status).type('application/json; charset=utf-8').send({ error: { code } });

/**
 * The plugin. Register it without `fastify-plugin` so `@fastify/formbody` stays inside its encapsulation
 * and the JSON API keeps refusing form bodies.
 *
 * @example await app.register(createVoiceRoutes({ authToken, publicBaseUrl, voice, speechLanguage, coach, calls }))
 */
export function createVoiceRoutes<D>(deps: VoiceRouteDeps<D>): FastifyPluginAsync {
  const budget = deps.answerWithinMs ?? DEFAULT_ANSWER_WITHIN_MS;
  const ref = (value: string) => callRef(deps.authToken, value);
  const params = (request: FastifyRequest): FormParams =>
    typeof request.body === 'object' && request.body !== null ? (request.body as FormParams) : {};
  const identityOf = deps.browserCalls ? clientIdentityOf(deps.browserCalls) : undefined;

  /** The call as the coach should start it: a browser caller names its runner only with a link that checks. */
  const callStart = (request: FastifyRequest, start: CallStart): CallStart => {
    if (!isClientCaller(start.from)) return start;
    const link = params(request).link;
    const check = checkBrowserCaller(
      deps.browserCalls,
      start.from,
      typeof link === 'string' ? link : link?.[0],
    );
    if (check.ok) return { ...start, athleteId: check.athleteId };
    request.log.warn({ call: ref(start.callSid), code: check.code }, 'browser caller refused');
    return start;
  };

  /** Runs one coach step and answers its TwiML, or the apology when it fails or is late. */
  const answerStep = async (
    request: FastifyRequest,
    reply: FastifyReply,
    callSid: string,
    step: () => Promise<CallStep>,
  ) => {
    const log = request.log.child({ call: ref(callSid), webhook: request.routeOptions.url });
    let xml: string;
    try {
      const result = await within(step(), budget);
      if (result === TIMED_OUT) {
        log.error({ code: 'VOICE_STEP_TIMEOUT', budgetMs: budget }, 'call step ran past its budget');
        xml = renderApology(channelApology(), deps);
      } else {
        log.info({ next: result.next, lines: result.lines.length }, 'call step');
        xml = renderCallStep(result, deps);
      }
    } catch (error) {
      log.error({ code: 'VOICE_STEP_FAILED', failure: failureName(error) }, 'call step failed');
      xml = renderApology(channelApology(), deps);
    }
    return reply.status(200).type('text/xml; charset=utf-8').send(xml);
  };

  return async (app) => {
    await app.register(formbody);

    app.addHook('preValidation', async (request, reply) => {
      const url = signedUrl(deps.publicBaseUrl, request.url);
      const signature = request.headers['x-twilio-signature'];
      if (!isTwilioSignatureValid(deps.authToken, signature, url, params(request))) {
        request.log.warn(
          { code: signature === undefined ? 'TWILIO_SIGNATURE_MISSING' : 'TWILIO_SIGNATURE_INVALID' },
          'voice webhook refused',
        );
        return refuse(reply, 403, 'TWILIO_SIGNATURE_INVALID');
      }
    });

    app.post(VOICE_PATHS.incoming, async (request, reply) => {
      const start = parseCallStart(params(request));
      if (!start.ok) return refuse(reply, 400, start.code);
      const begun = callStart(request, start.value);
      return answerStep(request, reply, begun.callSid, () => deps.calls.startCall(deps.coach, begun));
    });

    app.post(VOICE_PATHS.gather, async (request, reply) => {
      const turn = parseCallTurn(params(request));
      if (!turn.ok) return refuse(reply, 400, turn.code);
      const value = identityOf ? { ...turn.value, clientIdentityOf: identityOf } : turn.value;
      return answerStep(request, reply, value.callSid, () => deps.calls.callTurn(deps.coach, value));
    });

    app.post(VOICE_PATHS.status, async (request, reply) => {
      const end = parseCallEnd(params(request));
      if (!end.ok) return refuse(reply, 400, end.code);
      const log = request.log.child({ call: ref(end.value?.callSid ?? '') });
      if (end.value === null) return reply.status(204).send();
      try {
        const result = await within(deps.calls.endCall(deps.coach, end.value), budget);
        if (result === TIMED_OUT)
          log.error({ code: 'VOICE_END_TIMEOUT', budgetMs: budget }, 'call end ran past its budget');
        else log.info({ status: end.value.status }, 'call ended');
      } catch (error) {
        log.error({ code: 'VOICE_END_FAILED', failure: failureName(error) }, 'call end failed');
      }
      return reply.status(204).send();
    });
  };
}
