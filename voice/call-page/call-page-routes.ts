/**
 * The browser call page (issue 13): `GET /call?t=<link>` shows today's session and a "Call my coach"
 * button; `POST /voice/token` (`{ t }`) trades the same short-lived link for a Twilio Access Token. There
 * is no open token endpoint: without a link that verifies, both answer 401 with a code. Without the
 * Twilio API settings both answer 404 `NOT_CONFIGURED`.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayReply } from '../../coach/channel.js';
import type { CoachDeps } from '../../coach/coach-deps.js';
import {
  CALL_PAGE_WORDS,
  callLinkProblemText,
  type CallLinkProblem,
} from '../../coach/prompts/templates/call-page-words.js';
import { loadCallPageAssets, type CallPageAsset } from './call-page-assets.js';
import { renderCallPage, renderCallProblem } from './call-page-html.js';
import type { CallLinks } from './call-link.js';
import { callerIdentity, createVoiceToken, type TwilioApiCredentials } from './voice-token.js';

/** What the page needs when it is configured. */
export interface CallPageDeps {
  readonly coach: CoachDeps;
  readonly links: CallLinks;
  readonly credentials: TwilioApiCredentials;
  /** Keys the caller identity (`runner-<hash>`); the link key will do. */
  readonly identityKey: Buffer;
}

export interface CallPageRoutesOptions {
  /** Absent: the page and the token answer 404 NOT_CONFIGURED. */
  readonly callPage?: CallPageDeps;
}

/** What every page and token answer carries: never cached, never sent on as a referrer. */
const PRIVATE_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
} as const;

/** The SDK talks to Twilio over https and wss; everything else is this origin. */
const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'connect-src': ["'self'", 'https://*.twilio.com', 'wss://*.twilio.com'],
  'media-src': ["'self'", 'blob:', 'https://*.twilio.com'],
  'img-src': ["'self'", 'data:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => [name, ...sources].join(' '))
  .join('; ');

const STATUS: Readonly<Record<CallLinkProblem, number>> = {
  LINK_MISSING: 401,
  LINK_INVALID: 401,
  LINK_EXPIRED: 401,
  ATHLETE_NOT_FOUND: 404,
  NOT_CONFIGURED: 404,
};

function sendPage(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .headers({ ...PRIVATE_HEADERS, 'content-security-policy': CONTENT_SECURITY_POLICY })
    .type('text/html; charset=utf-8')
    .send(body);
}

function sendProblem(reply: FastifyReply, code: CallLinkProblem) {
  return reply
    .status(STATUS[code])
    .headers(PRIVATE_HEADERS)
    .send({ error: { code, message: callLinkProblemText(code) } });
}

function serveAsset(app: FastifyInstance, asset: CallPageAsset) {
  const type = asset.path.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
  app.get(asset.path, async (_request, reply) =>
    reply
      .headers({
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
      })
      .type(type)
      .send(asset.body),
  );
}

/** A request as the log shows it, the link's token cut out of the URL (it is a credential for minutes). */
function requestWithoutLink(request: {
  method: string;
  url: string;
  host?: string;
  ip?: string;
}): Record<string, unknown> {
  return {
    method: request.method,
    url: request.url.replace(/([?&]t=)[^&#]*/g, '$1[redacted]'),
    host: request.host,
    remoteAddress: request.ip,
  };
}

/** The first `t` of a query string or JSON body, if it is a string. */
function linkOf(source: unknown): string | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  const t = (source as { t?: unknown }).t;
  const first = Array.isArray(t) ? t[0] : t;
  return typeof first === 'string' ? first : undefined;
}

export async function callPageRoutes(app: FastifyInstance, options: CallPageRoutesOptions): Promise<void> {
  const { callPage } = options;
  const assets = loadCallPageAssets();
  serveAsset(app, assets.sdk);
  serveAsset(app, assets.script);
  serveAsset(app, assets.stylesheet);
  const files = { stylesheet: assets.stylesheet.path, scripts: [assets.sdk.path, assets.script.path] };
  const problemPage = (reply: FastifyReply, code: CallLinkProblem) =>
    sendPage(reply, STATUS[code], renderCallProblem(CALL_PAGE_WORDS, files, code, callLinkProblemText(code)));

  app.get('/call', { logSerializers: { req: requestWithoutLink } }, async (request, reply) => {
    if (!callPage) return problemPage(reply, 'NOT_CONFIGURED');
    const link = callPage.links.verify(linkOf(request.query));
    if (!link.ok) {
      request.log.info({ code: link.code }, 'call page refused');
      return problemPage(reply, link.code);
    }
    const today = await todayReply(callPage.coach, link.athleteId, 'chat');
    if (!today.ok) return problemPage(reply, 'ATHLETE_NOT_FOUND');
    const html = renderCallPage({
      words: CALL_PAGE_WORDS,
      today: today.value.replies.map((r) => r.text),
      files,
    });
    return sendPage(reply, 200, html);
  });

  app.post('/voice/token', async (request, reply) => {
    if (!callPage) return sendProblem(reply, 'NOT_CONFIGURED');
    const link = callPage.links.verify(linkOf(request.body));
    if (!link.ok) {
      request.log.info({ code: link.code }, 'voice token refused');
      return sendProblem(reply, link.code);
    }
    const athlete = await callPage.coach.repositories.athletes.findById(link.athleteId);
    if (!athlete) return sendProblem(reply, 'ATHLETE_NOT_FOUND');
    const identity = callerIdentity(callPage.identityKey, athlete.id);
    const voice = createVoiceToken(callPage.credentials, identity);
    request.log.info({ identity }, 'voice token issued');
    return reply
      .headers(PRIVATE_HEADERS)
      .send({ token: voice.token, identity: voice.identity, expiresAt: voice.expiresAt.toISOString() });
  });
}
