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
  await api.sendMessage(chatId, reply.text, keyboard ? { reply_markup: keyboard } : {});
}

/** Sends the replies of one answer in order. */
export async function sendReplies(api: Api, chatId: number, replies: readonly WordedReply[]): Promise<void> {
  let offset = 0;
  for (const reply of replies) {
    await sendWordedReply(api, chatId, reply, offset);
    offset += reply.options.length;
  }
}
