/**
 * The Telegram bot: a thin adapter from updates to the coach's front door (coach/channel.ts) and from its
 * replies to messages with inline keyboards. `createBot(deps)` builds it; server/main.ts runs it by
 * webhook or long polling (`run-bot.ts`).
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot } from 'grammy';
import type { BotContext } from './context.js';
import type { BotDeps } from './deps.js';
import { errorBoundary } from './error-boundary.js';
import { callbacksFeature } from './features/callbacks.js';
import { callFeature } from './features/call.js';
import { chatFeature } from './features/chat.js';
import { commandsFeature } from './features/commands.js';
import { phoneFeature } from './features/phone.js';
import { progressFeature } from './features/progress.js';
import { startFeature } from './features/start.js';
import { tokenFeature } from './features/token.js';
import { filesFeature } from './features/files.js';
import { unhandledFeature } from './features/unhandled.js';
import { updateLogger } from './middlewares/update-logger.js';

export type { BotDeps } from './deps.js';
export type { BotContext } from './context.js';
export { BOT_COMMANDS } from './features/commands.js';
export { telegramTransport } from './outbox-transport.js';

/** The updates the bot asks Telegram for (webhook and polling alike). */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/**
 * Retries inside update handling stay short (Telegram waits for the webhook's answer): at most 2 retries,
 * never a `retry_after` beyond 3 s.
 */
export const IN_UPDATE_RETRY = { maxRetryAttempts: 2, maxDelaySeconds: 3 } as const;

export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    ...(deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {}),
  });
  bot.api.config.use(autoRetry(IN_UPDATE_RETRY));
  bot.use(updateLogger(deps.logger));
  // The boundary answers inside update handling, in webhook and polling mode alike (grammY's `bot.catch`
  // only sees polling), so a failure is an apology, not a 500 that Telegram re-delivers.
  const features = bot.errorBoundary(errorBoundary(deps.logger));
  features.use(startFeature(deps));
  features.use(phoneFeature(deps));
  features.use(commandsFeature(deps));
  features.use(callFeature(deps));
  features.use(tokenFeature(deps));
  features.use(progressFeature(deps));
  features.use(callbacksFeature(deps));
  features.use(chatFeature(deps));
  features.use(filesFeature(deps));
  features.use(unhandledFeature(deps));
  bot.catch(errorBoundary(deps.logger));
  return bot;
}
