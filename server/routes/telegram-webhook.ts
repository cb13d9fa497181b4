/**
 * `POST /telegram/webhook`: Telegram's webhook deliveries. A request without the matching
 * `X-Telegram-Bot-Api-Secret-Token` is refused with 401 and nothing is processed; a matching one is handed
 * to the bot, which deduplicates on `update_id` (a repeated delivery is answered 200 and changes nothing).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { errorBody } from '../http/api-error.js';

export interface TelegramWebhookDeps {
  /** The secret given to `setWebhook` (TELEGRAM_WEBHOOK_SECRET). */
  readonly secretToken: string;
  /** The bot (`bot.handleUpdate`): resolves once the update is handled; its own errors stay inside it. */
  readonly handleUpdate: (update: unknown) => Promise<void>;
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
    const update = request.body;
    if (
      typeof update !== 'object' ||
      update === null ||
      typeof (update as { update_id?: unknown }).update_id !== 'number'
    ) {
      return reply.status(400).send(errorBody('TELEGRAM_UPDATE_INVALID', 'Expected a Telegram update.'));
    }
    await deps.handleUpdate(update);
    return reply.status(200).send({});
  });
};
