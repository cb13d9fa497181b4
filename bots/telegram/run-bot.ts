/**
 * Running Telegram in one of its two modes: webhook (Telegram posts updates to PUBLIC_BASE_URL +
 * /telegram/webhook with the secret; the route stores them) or long polling (`deleteWebhook`, then
 * `getUpdates` by grammY's polling loop, each update stored in the inbox before the next batch is asked
 * for, so a kill loses none). Either way the inbox worker and the outbox sender run in the background.
 */
import { BOT_COMMANDS } from './features/commands.js';
import { ALLOWED_UPDATES } from './index.js';
import type { TelegramChannel } from './telegram-channel.js';

export type BotMode =
  | { readonly kind: 'polling' }
  | { readonly kind: 'webhook'; readonly url: string; readonly secretToken: string };

/** Where Telegram posts updates in webhook mode, under PUBLIC_BASE_URL. */
export const WEBHOOK_PATH = '/telegram/webhook';

export interface RunningBot {
  /** Stops polling (in polling mode), then the worker and the sender after the pass under way. */
  stop(): Promise<void>;
}

/**
 * Registers the commands, starts the worker and the sender, and starts receiving updates. In polling mode
 * it resolves once polling has begun; `onPollingError` hears a polling loop that stopped.
 */
export async function runBot(
  channel: TelegramChannel,
  mode: BotMode,
  onPollingError: (error: unknown) => void,
): Promise<RunningBot> {
  const { bot } = channel;
  await bot.api.setMyCommands([...BOT_COMMANDS]);
  channel.start();
  if (mode.kind === 'webhook') {
    await bot.api.setWebhook(mode.url, {
      secret_token: mode.secretToken,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    return { stop: () => channel.stop() };
  }
  await bot.api.deleteWebhook();
  const receiver = channel.pollingReceiver();
  await new Promise<void>((resolve) => {
    receiver
      .start({ allowed_updates: [...ALLOWED_UPDATES], onStart: () => resolve() })
      .catch((error: unknown) => {
        resolve();
        onPollingError(error);
      });
  });
  return {
    async stop() {
      if (receiver.isRunning()) await receiver.stop();
      await channel.stop();
    },
  };
}
