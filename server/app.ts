/**
 * The HTTP application, separate from the process: `buildApp(deps)` returns a ready Fastify instance that
 * tests drive with `inject` or a real port, and that server/main.ts listens with.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { createChartRenderer, type ChartRenderer } from '../coach/charts/render-png.js';
import type { CoachDeps } from '../coach/coach-deps.js';
import type { DatabaseHandle } from '../db/client.js';
import { errorBody } from './http/api-error.js';
import { installApiAccess } from './http/bearer-auth.js';
import type { FailedAttempts } from './http/failed-attempts.js';
import { hasNulCharacter } from './http/nul-character.js';
import { wellFormed } from './http/well-formed-text.js';
import { frameworkErrors, installErrorHandling } from './http/error-handler.js';
import { athleteDataRoutes } from './routes/athlete-data.js';
import { athleteRoutes } from './routes/athletes.js';
import { runnerTokenRoutes } from './routes/runner-tokens.js';
import { messageRoutes } from './routes/messages.js';
import { progressChartRoutes } from './routes/progress-chart.js';
import { activityImportRoutes } from './routes/activity-import.js';
import { healthRoutes } from './routes/health.js';
import { trackRunningHandlers } from './http/running-handlers.js';
import { createVoiceRoutes, type VoiceRouteDeps } from '../voice/index.js';
import { telegramWebhookRoutes, WEBHOOK_ROUTE, type TelegramWebhookDeps } from './routes/telegram-webhook.js';
import { callPageRoutes, type CallPageDeps } from '../voice/call-page/index.js';

export interface AppDeps {
  logger: Logger | false;
  database: DatabaseHandle;
  shippedMigrations: number;
  /** Repositories, unit of work, wording and clock of the coach loop. */
  coach: CoachDeps;
  /** When set, /api/* requires `Authorization: Bearer <apiToken>` (or a runner's own token). */
  apiToken?: string;
  /** Failed token attempts per client IP (default: 10 in a minute lock the client out for a minute). */
  failedAttempts?: FailedAttempts;
  /** The chart renderer and its cache (share one with the Telegram bot); default: a new one. */
  charts?: ChartRenderer;
  /** Telegram in webhook mode: the route `POST /telegram/webhook` hands updates to the bot. */
  telegramWebhook?: TelegramWebhookDeps;
  /** The browser call page (`GET /call`, `POST /voice/token`); absent: both answer 404 NOT_CONFIGURED. */
  callPage?: CallPageDeps;
  /** The phone line: Twilio's webhooks under /voice/ (signature-checked), over the coach's call front door. */
  voice?: Omit<VoiceRouteDeps<CoachDeps>, 'coach' | 'browserCalls'>;
}

/** Request ids: honour a sane incoming X-Request-Id (from a proxy), else a fresh UUID. */
function requestId(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{1,64}$/.test(value) ? value : randomUUID();
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const options = {
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) =>
      requestId(req.headers['x-request-id']),
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
  };
  const app: FastifyInstance =
    deps.logger === false
      ? Fastify({ ...options, logger: false })
      : Fastify({ ...options, loggerInstance: deps.logger as FastifyBaseLogger });
  // The API speaks JSON only: anything else is a 415 rather than a string body that fails validation.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // While closing, answers carry Connection: close, so a keep-alive socket ends once its request in flight
  // is answered and shutdown does not wait for the client to hang up.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });
  // Closing waits for handlers whose client hung up, so the database is never closed under one.
  trackRunningHandlers(app);
  installErrorHandling(app);
  app.addHook('preValidation', async (request, reply) => {
    // Lone surrogates cannot be stored (text and jsonb refuse them): each becomes U+FFFD, on every route.
    if (typeof request.body === 'object' && request.body !== null) request.body = wellFormed(request.body);
    // Telegram re-sends an update until it is taken: the channel strips NULs from updates instead.
    if (request.routeOptions.url === WEBHOOK_ROUTE) return;
    if (hasNulCharacter(request.body)) {
      return reply
        .status(400)
        .send(errorBody('BAD_CHARACTERS', 'The request contains a NUL character; remove it.'));
    }
  });
  installApiAccess(app, {
    tokens: deps.coach.repositories.tokens,
    ...(deps.apiToken !== undefined ? { apiToken: deps.apiToken } : {}),
    ...(deps.failedAttempts ? { failedAttempts: deps.failedAttempts } : {}),
  });
  await app.register(healthRoutes, { database: deps.database, shippedMigrations: deps.shippedMigrations });
  const { coach } = deps;
  await app.register(athleteRoutes, {
    athletes: coach.repositories.athletes,
    unitOfWork: coach.unitOfWork,
    clock: coach.clock,
  });
  await app.register(messageRoutes, { coach });
  await app.register(activityImportRoutes, { coach });
  await app.register(athleteDataRoutes, {
    repositories: coach.repositories,
    unitOfWork: coach.unitOfWork,
    clock: coach.clock,
  });
  await app.register(runnerTokenRoutes, {
    athletes: coach.repositories.athletes,
    tokens: coach.repositories.tokens,
  });
  await app.register(progressChartRoutes, {
    repositories: coach.repositories,
    clock: coach.clock,
    charts: deps.charts ?? createChartRenderer(),
  });
  if (deps.telegramWebhook) await app.register(telegramWebhookRoutes, deps.telegramWebhook);
  await app.register(callPageRoutes, deps.callPage ? { callPage: deps.callPage } : {});
  // Browser calls reach the phone line's webhooks; the call page's links and identity key verify them.
  if (deps.voice)
    await app.register(
      createVoiceRoutes({ ...deps.voice, coach, ...(deps.callPage ? { browserCalls: deps.callPage } : {}) }),
    );
  return app;
}
