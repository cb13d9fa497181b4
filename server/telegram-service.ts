/**
 * What the process needs of the Telegram channel, in one module `main.ts` imports only when
 * `TELEGRAM_BOT_TOKEN` is set: a service without the bot never loads grammY (about 20 MB of resident
 * memory at start).
 */
export { runBot, type RunningBot } from '../bots/telegram/run-bot.js';
export { createTelegramChannel } from '../bots/telegram/telegram-channel.js';
export { errorCode } from '../bots/telegram/error-boundary.js';
