/**
 * Sending one worded text to a chat: cut to Telegram's limit at line breaks, the keyboard with the last
 * part. The outbox transport (`outbox-transport.ts`) is its one production caller.
 */
import type { Api } from 'grammy';
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from 'grammy/types';

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

/** Sends a text (in parts when long), the keyboard with the last part. */
export async function sendWordedReply(
  api: Api,
  chatId: number,
  text: string,
  markup?: InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove,
): Promise<void> {
  const parts = splitMessage(text);
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    await api.sendMessage(chatId, part, last && markup ? { reply_markup: markup } : {});
  }
}
