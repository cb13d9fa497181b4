/**
 * Running the bot in one of its two modes: webhook (Telegram posts updates to PUBLIC_BASE_URL +
 * /telegram/webhook with the secret) or long polling (`deleteWebhook`, then `getUpdates`).
 */
import type { Bot } from 'grammy';
import type { BotContext } from './context.js';
import { BOT_COMMANDS } from './features/commands.js';
import { ALLOWED_UPDATES } from './index.js';

export type BotMode =
  | { readonly kind: 'polling' }
  | { readonly kind: 'webhook'; readonly url: string; readonly secretToken: string };

/** Where Telegram posts updates in webhook mode, under PUBLIC_BASE_URL. */
export const WEBHOOK_PATH = '/telegram/webhook';

export interface RunningBot {
  /** Stops polling (a no-op in webhook mode). */
  stop(): Promise<void>;
}

/**
 * Registers the commands and starts receiving updates. In polling mode it resolves once polling has
 * begun; `onPollingError` hears a polling loop that stopped.
 */
export async function runBot(
  bot: Bot<BotContext>,
  mode: BotMode,
  onPollingError: (error: unknown) => void,
): Promise<RunningBot> {
  await bot.api.setMyCommands([...BOT_COMMANDS]);
  if (mode.kind === 'webhook') {
    await bot.api.setWebhook(mode.url, {
      secret_token: mode.secretToken,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    return { stop: async () => {} };
  }
  await bot.api.deleteWebhook();
  await new Promise<void>((resolve) => {
    bot.start({ allowed_updates: [...ALLOWED_UPDATES], onStart: () => resolve() }).catch((error: unknown) => {
      resolve();
      onPollingError(error);
    });
  });
  return { stop: () => bot.stop() };
}
