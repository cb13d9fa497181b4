/**
 * Hands one Telegram message to the front door. Replies never go out from here: the front door enqueues
 * them in the outbox with the facts they report (`deliver`), and the outbox sender sends them in order,
 * retrying through Bot API outages. Every call is keyed on the update id, so a repeated update (Telegram
 * re-delivering, or the inbox retrying after a crash) enqueues nothing twice.
 */
import {
  deliverNote,
  handleMessage,
  NO_RUNNER,
  openConversation,
  type ChosenOption,
  type Destination,
} from '../../coach/channel.js';
import type { Athlete } from '../../coach/model/athlete.js';
import type { ChannelNoteCode } from '../../coach/prompts/messages/channel.js';
import type { BotContext } from './context.js';
import type { BotDeps } from './deps.js';
import { isIanaZone } from './timezone.js';

/** The runner behind this chat, if they started the bot. */
export function runnerOf(deps: BotDeps, ctx: BotContext): Promise<Athlete | undefined> {
  return deps.coach.repositories.athletes.findByTelegramChat(ctx.chat!.id);
}

/** Where this chat's replies go. */
export function destinationOf(ctx: BotContext): Destination {
  return { channel: 'telegram', destination: String(ctx.chat!.id) };
}

/** The update as an event answered once (`kind` tells apart two answers to one update). */
function onceFor(ctx: BotContext, kind: string) {
  return { source: 'telegram', key: `${kind}:${ctx.chat!.id}:${ctx.update.update_id}` };
}

/** A name for a new runner from their Telegram profile (first and last name, else the username). */
function telegramName(ctx: BotContext): string {
  const from = ctx.from;
  const full = [from?.first_name, from?.last_name].filter(Boolean).join(' ').trim();
  return (full || from?.username || 'Runner').slice(0, 80);
}

/** One of the bot's own lines (timezone, phone link, persona menu…), after what is already queued. */
export async function note(
  deps: BotDeps,
  ctx: BotContext,
  code: ChannelNoteCode,
  runner?: Athlete,
  zone?: string,
): Promise<void> {
  await deliverNote(
    deps.coach,
    runner ?? NO_RUNNER,
    { kind: 'channel-note', code, ...(zone !== undefined ? { zone } : {}) },
    destinationOf(ctx),
    onceFor(ctx, `note-${code}`),
  );
  deps.outbox.notify();
}

/**
 * Finds or creates the runner of this chat (`/start`, or a first message) and queues the opening replies:
 * a new runner's welcome and first onboarding question. `zone`: an IANA zone the runner gave; without one
 * a new runner starts on UTC with a note on how to change it.
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
    { deliver: destinationOf(ctx), once: onceFor(ctx, 'open') },
  );
  if (!opened.ok) {
    ctx.log.warn({ code: opened.code }, 'could not open the conversation');
    await ctx.reply(opened.message);
    return;
  }
  ctx.log.info({ isNew: opened.value.isNew }, 'conversation opened');
  deps.outbox.notify();
  if (opened.value.isNew && timezone === undefined)
    await note(deps, ctx, 'TIMEZONE_NOTE', await runnerOf(deps, ctx));
}

/** One message (text or a chosen quick reply) through the front door, deduplicated on the update id. */
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
    deliver: destinationOf(ctx),
  });
  if (!result.ok) {
    ctx.log.info({ code: result.code }, 'message not handled');
    // A refusal reports no facts (nothing was stored): it is said at once, not queued.
    if (result.code !== 'DUPLICATE_MESSAGE') await ctx.reply(result.message);
    return;
  }
  ctx.log.info(
    { replies: result.value.enqueued?.length ?? 0, events: result.value.events.map((e) => e.type) },
    'answered',
  );
  deps.outbox.notify();
}
