/**
 * `/phone`: asks for the runner's number with Telegram's contact button; a shared contact is accepted only
 * when it is the sender's own, normalised to E.164 and stored, so the phone line recognises the runner.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { note, runnerOf } from '../converse.js';
import type { BotDeps } from '../deps.js';
import { toE164 } from '../phone.js';

export function phoneFeature(deps: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command('phone', async (ctx) => note(deps, ctx, 'PHONE_ASK', await runnerOf(deps, ctx)));
  composer.on('message:contact', async (ctx) => {
    const { contact } = ctx.message;
    const runner = await runnerOf(deps, ctx);
    if (contact.user_id === undefined || contact.user_id !== ctx.from.id) {
      ctx.log.info({ code: 'PHONE_NOT_OWN' }, 'contact refused');
      return note(deps, ctx, 'PHONE_NOT_YOURS', runner);
    }
    const e164 = toE164(contact.phone_number);
    if (!e164) return note(deps, ctx, 'PHONE_INVALID', runner);
    if (!runner) return note(deps, ctx, 'START_FIRST');
    const updated = await deps.coach.repositories.athletes.update(runner.id, { phoneE164: e164 });
    if (updated && !updated.ok) {
      ctx.log.info({ code: updated.code }, 'phone not stored');
      return note(deps, ctx, 'PHONE_TAKEN', runner);
    }
    ctx.log.info('phone stored');
    await note(deps, ctx, 'PHONE_SAVED', runner);
  });
  return composer;
}
