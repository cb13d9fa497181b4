/**
 * `/token`: issues the runner a token for the HTTP API that reaches only their own data, and sends it in
 * their private chat at once with `ctx.reply` (a credential: never through the outbox table, and only its
 * hash is stored). In a group chat nothing is issued. A repeated `/token` issues another one.
 */
import { Composer } from 'grammy';
import { runnerTokenText, tokenPrivateOnlyText } from '../../../coach/prompts/templates/api-token-words.js';
import type { BotContext } from '../context.js';
import { note, runnerOf } from '../converse.js';
import type { BotDeps } from '../deps.js';

export function tokenFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('token', async (ctx) => {
    if (ctx.chat.type !== 'private') {
      ctx.log.info({ code: 'TOKEN_PRIVATE_ONLY' }, 'no token in a group');
      await ctx.reply(tokenPrivateOnlyText());
      return;
    }
    const runner = await runnerOf(deps, ctx);
    if (!runner) return note(deps, ctx, 'START_FIRST');
    const issued = await deps.coach.repositories.tokens.issue(runner.id, 'telegram');
    ctx.log.info({ tokenId: issued.id }, 'api token sent');
    await ctx.reply(runnerTokenText(issued.token, runner.id, issued.id), {
      link_preview_options: { is_disabled: true },
    });
  });
  return composer;
}
