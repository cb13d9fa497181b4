/**
 * `/phone`: asks for the runner's number with Telegram's contact button; a shared contact is accepted only
 * when it is the sender's own, normalised to E.164 and stored, so the phone line recognises the runner.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { runnerOf } from '../converse.js';
import type { BotDeps } from '../deps.js';
import { contactKeyboard } from '../keyboards/request.js';
import { toE164 } from '../phone.js';
import { TEXTS } from '../texts.js';

const removeKeyboard = { reply_markup: { remove_keyboard: true as const } };

export function phoneFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('phone', (ctx) =>
    ctx.reply(TEXTS.phoneAsk, { reply_markup: contactKeyboard(TEXTS.sharePhone) }),
  );
  composer.on('message:contact', async (ctx) => {
    const { contact } = ctx.message;
    if (contact.user_id === undefined || contact.user_id !== ctx.from.id) {
      ctx.log.info({ code: 'PHONE_NOT_OWN' }, 'contact refused');
      return void (await ctx.reply(TEXTS.phoneNotYours, removeKeyboard));
    }
    const e164 = toE164(contact.phone_number);
    if (!e164) return void (await ctx.reply(TEXTS.phoneInvalid, removeKeyboard));
    const runner = await runnerOf(deps, ctx);
    if (!runner) return void (await ctx.reply(TEXTS.startFirst, removeKeyboard));
    const updated = await deps.coach.repositories.athletes.update(runner.id, { phoneE164: e164 });
    if (updated && !updated.ok) {
      ctx.log.info({ code: updated.code }, 'phone not stored');
      return void (await ctx.reply(TEXTS.phoneTaken, removeKeyboard));
    }
    ctx.log.info('phone stored');
    await ctx.reply(TEXTS.phoneSaved, removeKeyboard);
  });
  return composer;
}
