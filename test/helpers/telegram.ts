/** Telegram updates as the Bot API delivers them, for bot tests (offline, webhook and polling). */
import type { UserFromGetMe } from 'grammy/types';
import { FAKE_BOT_INFO } from '../fakes/telegram-api.js';

export const TEST_BOT_TOKEN = '123456:fake-token-for-tests-only-abcdef';
export const TEST_BOT_INFO: UserFromGetMe = FAKE_BOT_INFO;

export interface Runner {
  /** Private chat id = the user's id. */
  readonly id: number;
  readonly firstName: string;
}

let nextUpdateId = 1000;
let nextMessageId = 1;
/** A fresh update id (tests reuse one to play a repeated delivery). */
export const freshUpdateId = () => nextUpdateId++;

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

function baseMessage(runner: Runner, at: string) {
  return {
    message_id: nextMessageId++,
    date: seconds(at),
    chat: { id: runner.id, type: 'private' as const, first_name: runner.firstName },
    from: { id: runner.id, is_bot: false, first_name: runner.firstName, language_code: 'en' },
  };
}

/** A text message; a leading `/command` gets its bot_command entity, as Telegram sends it. */
export function textUpdate(runner: Runner, text: string, at: string, updateId = freshUpdateId()) {
  const command = /^\/\w+/.exec(text)?.[0];
  return {
    update_id: updateId,
    message: {
      ...baseMessage(runner, at),
      text,
      ...(command ? { entities: [{ type: 'bot_command' as const, offset: 0, length: command.length }] } : {}),
    },
  };
}

/** A document the runner sent (`file_size` in bytes, as Telegram states it). */
export function documentUpdate(
  runner: Runner,
  file: { readonly fileId: string; readonly name: string; readonly size: number },
  at: string,
  updateId = freshUpdateId(),
) {
  return {
    update_id: updateId,
    message: {
      ...baseMessage(runner, at),
      document: {
        file_id: file.fileId,
        file_unique_id: `u-${file.fileId}`,
        file_name: file.name,
        file_size: file.size,
      },
    },
  };
}

/** A tap on an inline button with `data`, on the bot's message `messageId`. */
export function tapUpdate(
  runner: Runner,
  data: string,
  at: string,
  messageId = 1,
  updateId = freshUpdateId(),
) {
  return {
    update_id: updateId,
    callback_query: {
      id: `cb${updateId}`,
      chat_instance: `ci${runner.id}`,
      data,
      from: { id: runner.id, is_bot: false, first_name: runner.firstName },
      message: {
        message_id: messageId,
        date: seconds(at),
        chat: { id: runner.id, type: 'private' as const, first_name: runner.firstName },
        from: { id: TEST_BOT_INFO.id, is_bot: true, first_name: TEST_BOT_INFO.first_name },
        text: 'question',
      },
    },
  };
}

/** A shared contact; `userId` is whose number it is (the sender's own when it equals `runner.id`). */
export function contactUpdate(runner: Runner, phone: string, userId: number, at: string) {
  return {
    update_id: freshUpdateId(),
    message: {
      ...baseMessage(runner, at),
      contact: { phone_number: phone, first_name: runner.firstName, user_id: userId },
    },
  };
}

export function locationUpdate(runner: Runner, latitude: number, longitude: number, at: string) {
  return {
    update_id: freshUpdateId(),
    message: { ...baseMessage(runner, at), location: { latitude, longitude } },
  };
}

/** Callback data of every inline button in a recorded `reply_markup`. */
export function buttons(params: Readonly<Record<string, unknown>>): { text: string; data: string }[] {
  const markup = params.reply_markup as
    { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: b.callback_data ?? '' }));
}
