/** `/start [timezone]`: finds or creates the runner of this chat and starts onboarding. */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { start } from '../converse.js';
import type { BotDeps } from '../deps.js';

export function startFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('start', async (ctx) => {
    const zone = ctx.match.trim();
    await start(deps, ctx, zone === '' ? undefined : zone);
  });
  return composer;
}
