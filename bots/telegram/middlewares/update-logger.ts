/**
 * A child logger per update with the update id and a hashed chat id. Never the token, message text,
 * phone numbers or file URLs.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareFn } from 'grammy';
import type { Logger } from 'pino';
import type { BotContext } from '../context.js';

/** A stable, non-reversible tag for a chat id (12 hex digits of SHA-256), to follow one chat in logs. */
export function hashChatId(chatId: number): string {
  return createHash('sha256').update(`telegram-chat:${chatId}`).digest('hex').slice(0, 12);
}

export function updateLogger(logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.log = logger.child({
      updateId: ctx.update.update_id,
      ...(ctx.chat ? { chat: hashChatId(ctx.chat.id) } : {}),
    });
    const started = performance.now();
    await next();
    ctx.log.debug({ ms: Math.round(performance.now() - started) }, 'update handled');
  };
}
