/** Last in the chain: documents (the file importer comes later) and anything else a runner sends. */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { TEXTS } from '../texts.js';

export function unhandledFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('message:document', (ctx) => ctx.reply(TEXTS.filesNext));
  composer.on('message', (ctx) => ctx.reply(TEXTS.unhandled));
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  return composer;
}
