/**
 * The one place the bot sends the coach's replies. Today it sends directly (inside update handling, with
 * auto-retry capped in `index.ts`); a durable outbox can take over by changing only this module:
 * `sendWordedReply` is the transport it needs ("send this worded reply to this chat").
 */
import type { Api } from 'grammy';
import type { Reply } from '../../coach/prompts/coach-message.js';
import { inlineKeyboard } from './keyboards/inline.js';

/** A reply as the coach worded it: text and quick replies. */
export type WordedReply = Pick<Reply, 'text' | 'options'>;

/**
 * Sends one worded reply to a chat, its quick replies as an inline keyboard. `offset`: the index of its
 * first option in the conversation's `offered` list (the options of earlier replies in the same answer).
 */
export async function sendWordedReply(
  api: Api,
  chatId: number,
  reply: WordedReply,
  offset = 0,
): Promise<void> {
  const keyboard = inlineKeyboard(reply.options, offset);
  const parts = splitMessage(reply.text);
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    await api.sendMessage(chatId, part, last && keyboard ? { reply_markup: keyboard } : {});
  }
}

/** Telegram's limit on a message's text, characters (UTF-16 code units). */
export const MAX_MESSAGE_CHARS = 4096;

/**
 * A text cut into messages Telegram accepts: at line breaks where it can, else hard; the keyboard goes
 * with the last part.
 */
export function splitMessage(text: string, max = MAX_MESSAGE_CHARS): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf('\n', max);
    const at = cut > max / 2 ? cut : max;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  parts.push(rest);
  return parts;
}

/** Sends the replies of one answer in order. */
export async function sendReplies(api: Api, chatId: number, replies: readonly WordedReply[]): Promise<void> {
  let offset = 0;
  for (const reply of replies) {
    await sendWordedReply(api, chatId, reply, offset);
    offset += reply.options.length;
  }
}
