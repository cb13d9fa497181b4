/**
 * The outbox sender's Telegram transport: one worded outbox message to its chat (text split to Telegram's
 * limit, quick replies as an inline keyboard, a channel note's device button as a reply keyboard), and the
 * Bot API's answer as a `TransportOutcome` for the retry policy: 429 with `retry_after`, 403 (blocked),
 * 5xx, other 4xx, or no answer at all. It retries nothing itself: the outbox does.
 */
import { GrammyError, type Api } from 'grammy';
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup, ReplyKeyboardRemove } from 'grammy/types';
import type { TransportOutcome, WordedOutboxMessage } from '../../coach/delivery/outbox-sender.js';
import {
  closesDeviceRequest,
  deviceButtonLabel,
  deviceRequestOf,
} from '../../coach/prompts/templates/channel-note.js';
import { inlineKeyboard } from './keyboards/inline.js';
import { contactKeyboard, locationKeyboard } from './keyboards/request.js';
import { sendWordedReply } from './send-replies.js';

type Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove;

/** The keyboard a message goes with: its options, else a note's device button, else a removal. */
export function markupFor(message: WordedOutboxMessage): Markup | undefined {
  const inline = inlineKeyboard(message.worded.options);
  if (inline) return inline;
  const note = message.payload.message;
  if (note.kind !== 'channel-note') return undefined;
  const request = deviceRequestOf(note.code);
  if (request === 'location') return locationKeyboard(deviceButtonLabel(request));
  if (request === 'contact') return contactKeyboard(deviceButtonLabel(request));
  return closesDeviceRequest(note.code) ? { remove_keyboard: true } : undefined;
}

/** What a failed Bot API call means for delivery. */
export function outcomeOf(error: unknown): TransportOutcome {
  if (error instanceof GrammyError) {
    const status = error.error_code;
    if (status === 429) {
      const after = error.parameters.retry_after;
      return { kind: 'rate-limited', ...(after !== undefined ? { retryAfterSeconds: after } : {}) };
    }
    if (status === 403) return { kind: 'blocked' };
    if (status >= 500) return { kind: 'server-error', status };
    return { kind: 'bad-request', status };
  }
  // An HttpError (no answer: refused, reset, timed out) and anything else thrown count as network errors.
  return { kind: 'network-error' };
}

/** The transport over an `Api` that retries nothing (the outbox decides when to try again). */
export function telegramTransport(api: Api): (message: WordedOutboxMessage) => Promise<TransportOutcome> {
  return async (message) => {
    const chatId = Number(message.destination);
    if (!Number.isSafeInteger(chatId)) return { kind: 'bad-request', status: 400 };
    try {
      await sendWordedReply(api, chatId, message.worded.text, markupFor(message));
      return { kind: 'ok' };
    } catch (error) {
      return outcomeOf(error);
    }
  };
}
