/**
 * Button taps: always answered (so the client stops its spinner), the keyboard taken off the message so
 * it cannot be tapped again, and the tap handled as the chosen option. An old or unknown button is sent on
 * as an offer that no longer applies, so the coach says it expired.
 */
import { Composer } from 'grammy';
import { decodeCallback, NEVER_PENDING_ID, resolveCallback } from '../callback-data.js';
import type { BotContext } from '../context.js';
import { converse, runnerOf } from '../converse.js';
import type { BotDeps } from '../deps.js';

export function callbacksFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('callback_query:data', async (ctx) => {
    // A query answered late (after a slow turn or a restart) is refused by Telegram; the tap still counts.
    await ctx
      .answerCallbackQuery()
      .catch((error: unknown) => ctx.log.info({ err: error }, 'callback query not answered'));
    if (ctx.callbackQuery.message) {
      await ctx
        .editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } })
        .catch((error: unknown) => ctx.log.debug({ err: error }, 'keyboard already gone'));
    }
    if (!ctx.chat) return;
    const decoded = decodeCallback(ctx.callbackQuery.data);
    if (!decoded.ok) {
      ctx.log.info({ code: decoded.code }, 'old or unknown button');
      await converse(deps, ctx, {
        option: { kind: 'decision', answer: 'keep', ids: [NEVER_PENDING_ID] },
      });
      return;
    }
    const offered =
      decoded.value.kind === 'offer' ? (await runnerOf(deps, ctx))?.state.conversation.offered : undefined;
    await converse(deps, ctx, { option: resolveCallback(decoded.value, offered) });
  });
  return composer;
}
