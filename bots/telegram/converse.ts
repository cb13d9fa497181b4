/** Hands one Telegram message to the front door and sends what the coach answers. */
import { handleMessage, openConversation, type ChosenOption } from '../../coach/channel.js';
import type { Athlete } from '../../coach/model/athlete.js';
import type { BotContext } from './context.js';
import type { BotDeps } from './deps.js';
import { locationKeyboard } from './keyboards/request.js';
import { sendReplies } from './send-replies.js';
import { TEXTS } from './texts.js';
import { isIanaZone } from './timezone.js';

/** The runner behind this chat, if they started the bot. */
export function runnerOf(deps: BotDeps, ctx: BotContext): Promise<Athlete | undefined> {
  return deps.coach.repositories.athletes.findByTelegramChat(ctx.chat!.id);
}

/** A name for a new runner from their Telegram profile (first and last name, else the username). */
function telegramName(ctx: BotContext): string {
  const from = ctx.from;
  const full = [from?.first_name, from?.last_name].filter(Boolean).join(' ').trim();
  return (full || from?.username || 'Runner').slice(0, 80);
}

/**
 * Finds or creates the runner of this chat (`/start`, or a first message) and sends the opening replies:
 * a new runner's welcome and first onboarding question. `zone`: an IANA zone the runner gave; without
 * one a new runner starts on UTC with a note on how to change it.
 */
export async function start(deps: BotDeps, ctx: BotContext, zone?: string): Promise<void> {
  const timezone = zone !== undefined && isIanaZone(zone) ? zone : undefined;
  const language = ctx.from?.language_code;
  const opened = await openConversation(
    deps.coach,
    { channel: 'telegram', chatId: ctx.chat!.id },
    {
      name: telegramName(ctx),
      timezone: timezone ?? 'UTC',
      ...(language && /^en\b/i.test(language) ? { language } : {}),
    },
  );
  if (!opened.ok) {
    ctx.log.warn({ code: opened.code }, 'could not open the conversation');
    await ctx.reply(opened.message);
    return;
  }
  ctx.log.info({ isNew: opened.value.isNew }, 'conversation opened');
  await sendReplies(ctx.api, ctx.chat!.id, opened.value.replies);
  if (opened.value.isNew && timezone === undefined) {
    await ctx.reply(TEXTS.timezoneNote, { reply_markup: locationKeyboard(TEXTS.shareLocation) });
  }
}

/**
 * One message (text or a chosen quick reply) through the front door, deduplicated on the update id: a
 * repeated delivery of the same update changes nothing and sends nothing.
 */
export async function converse(
  deps: BotDeps,
  ctx: BotContext,
  input: { readonly text: string } | { readonly option: ChosenOption },
): Promise<void> {
  const runner = await runnerOf(deps, ctx);
  if (!runner) {
    await start(deps, ctx);
    return;
  }
  const result = await handleMessage(deps.coach, {
    athleteId: runner.id,
    input,
    channel: 'telegram',
    ...(ctx.message?.date !== undefined ? { at: new Date(ctx.message.date * 1000) } : {}),
    idempotency: { source: 'telegram', key: String(ctx.update.update_id) },
  });
  if (!result.ok) {
    ctx.log.info({ code: result.code }, 'message not handled');
    if (result.code !== 'DUPLICATE_MESSAGE') await ctx.reply(result.message);
    return;
  }
  ctx.log.info(
    { replies: result.value.replies.length, events: result.value.events.map((e) => e.type) },
    'answered',
  );
  await sendReplies(ctx.api, ctx.chat!.id, result.value.replies);
}
