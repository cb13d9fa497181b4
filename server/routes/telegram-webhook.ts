/**
 * `POST /telegram/webhook`: Telegram's webhook deliveries. A request without the matching
 * `X-Telegram-Bot-Api-Secret-Token` is refused with 401 and nothing is processed; a matching one is stored
 * in the inbox and answered 200 at once (a repeated `update_id` is answered 200 and changes nothing); the
 * inbox worker handles it and the outbox sends the replies, so no slow turn or wording holds the request.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { errorBody } from '../http/api-error.js';

export interface TelegramWebhookDeps {
  /** The secret given to `setWebhook` (TELEGRAM_WEBHOOK_SECRET). */
  readonly secretToken: string;
  /** Stores the update for handling (`TelegramChannel.receive`); resolves once it is durable. */
  readonly receive: (update: { readonly update_id: number }) => Promise<'stored' | 'duplicate'>;
}

export const WEBHOOK_ROUTE = '/telegram/webhook';

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const telegramWebhookRoutes: FastifyPluginAsync<TelegramWebhookDeps> = async (app, deps) => {
  app.post(WEBHOOK_ROUTE, async (request, reply) => {
    if (!sameSecret(request.headers['x-telegram-bot-api-secret-token'], deps.secretToken)) {
      return reply.status(401).send(errorBody('TELEGRAM_SECRET_MISMATCH', 'Wrong or missing secret token.'));
    }
    const update = request.body as { update_id?: unknown } | null;
    if (typeof update !== 'object' || update === null || !Number.isSafeInteger(update.update_id)) {
      return reply.status(400).send(errorBody('TELEGRAM_UPDATE_INVALID', 'Expected a Telegram update.'));
    }
    const stored = await deps.receive(update as { update_id: number });
    request.log.info({ updateId: update.update_id, stored }, 'telegram update received');
    return reply.status(200).send({});
  });
};
