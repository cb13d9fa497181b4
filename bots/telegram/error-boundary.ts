/**
 * The bot's error boundary (`bot.catch`): logs the error's code (never the update's text) and answers the
 * runner with a short apology, so a failure is never silence.
 */
import { GrammyError, HttpError, type BotError } from 'grammy';
import type { Logger } from 'pino';
import type { BotContext } from './context.js';
import { channelApology } from '../../coach/prompts/templates/channel-note.js';

/** A stable code for what went wrong: the Bot API's error code, a network error, or the error's own code. */
export function errorCode(error: unknown): string {
  if (error instanceof GrammyError) return `TELEGRAM_${error.error_code}`;
  if (error instanceof HttpError) return 'TELEGRAM_NETWORK';
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'UNEXPECTED';
}

export function errorBoundary(logger: Logger) {
  return async (failure: BotError<BotContext>): Promise<void> => {
    const ctx = failure.ctx;
    const log = (ctx as Partial<BotContext>).log ?? logger;
    const code = errorCode(failure.error);
    log.error({ code, method: (failure.error as { method?: string }).method }, 'update failed');
    if (ctx.chat && code !== 'TELEGRAM_403') {
      await ctx.api.sendMessage(ctx.chat.id, channelApology()).catch(() => undefined);
    }
  };
}
