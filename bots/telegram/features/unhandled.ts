/** Last in the chain: anything a runner sends that no feature handled (stickers, photos, voice notes). */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { note, runnerOf } from '../converse.js';
import type { BotDeps } from '../deps.js';

export function unhandledFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('message', async (ctx) => note(deps, ctx, 'UNHANDLED', await runnerOf(deps, ctx)));
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  return composer;
}
