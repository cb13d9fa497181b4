/**
 * `/call`: sends the runner a short-lived signed link to the browser call page (today's session and a
 * "Call my coach" button). The link is a credential for ten minutes, so it is sent at once with
 * `ctx.reply` and never stored in the outbox table; a repeated `/call` just sends a fresh one. Without
 * the page configured the bot says the phone line is not set up here.
 */
import { Composer } from 'grammy';
import { callLinkText, callPageNotSetUpText } from '../../../coach/prompts/templates/call-page-words.js';
import type { BotContext } from '../context.js';
import { note, runnerOf } from '../converse.js';
import type { BotDeps } from '../deps.js';

export function callFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('call', async (ctx) => {
    if (!deps.callLink) {
      ctx.log.info({ code: 'CALL_PAGE_NOT_CONFIGURED' }, 'no call link');
      await ctx.reply(callPageNotSetUpText());
      return;
    }
    const runner = await runnerOf(deps, ctx);
    if (!runner) return note(deps, ctx, 'START_FIRST');
    const link = deps.callLink(runner.id);
    const minutes = Math.round((link.expiresAt.getTime() - deps.coach.clock.now().getTime()) / 60_000);
    ctx.log.info({ expiresAt: link.expiresAt.toISOString() }, 'call link sent');
    await ctx.reply(callLinkText(link.url, minutes), { link_preview_options: { is_disabled: true } });
  });
  return composer;
}
