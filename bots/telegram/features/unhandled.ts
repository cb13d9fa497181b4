/** Last in the chain: anything a runner sends that no feature handled (stickers, photos, voice notes). */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { TEXTS } from '../texts.js';

export function unhandledFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('message', (ctx) => ctx.reply(TEXTS.unhandled));
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  return composer;
}
