/**
 * `POST /telegram/webhook`: Telegram updates (messages with hostile text, commands among them, and odd
 * chat ids and dates; button presses with any data), any JSON and objects of an update's keys with any
 * values; as raw bodies with right and wrong content types, with the webhook secret, a wrong one, a
 * 4000-character one or none.
 */
import fc from 'fast-check';
import type { FuzzContext, FuzzRequest } from '../fuzz-request.js';
import { contentType, json, rawBody } from '../hostile/http.js';
import { text } from '../hostile/text.js';
import { anyJson, hugeNumber, record } from '../hostile/values.js';

/** An update to the webhook, signed with the secret or not. */
export function telegramWebhook(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const chatId = fc.oneof(fc.integer({ min: 1, max: 50 }), hugeNumber(), text());
  const update = fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(
          fc.integer({ min: 1, max: 2 ** 31 }),
          chatId,
          text(),
          fc.oneof(fc.integer({ min: 1_700_000_000, max: 1_900_000_000 }), hugeNumber()),
        )
        .map(([updateId, chat, t, date]) => ({
          update_id: updateId,
          message: {
            message_id: updateId,
            date,
            chat: { id: chat, type: 'private', first_name: 'Fuzz' },
            from: { id: chat, is_bot: false, first_name: 'Fuzz' },
            text: t,
            ...(typeof t === 'string' && t.startsWith('/')
              ? { entities: [{ type: 'bot_command', offset: 0, length: Math.min(t.length, 8) }] }
              : {}),
          },
        })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 2 ** 31 }), chatId, anyJson())
        .map(([updateId, chat, data]) => ({
          update_id: updateId,
          callback_query: {
            id: String(updateId),
            from: { id: chat, is_bot: false, first_name: 'F' },
            chat_instance: 'x',
            data: typeof data === 'string' ? data : JSON.stringify(data),
            message: { message_id: 1, date: 1, chat: { id: chat, type: 'private' } },
          },
        })),
    },
    { weight: 2, arbitrary: anyJson() },
    {
      weight: 1,
      arbitrary: record(
        ['update_id', 'message', 'edited_message', 'callback_query', 'my_chat_member'],
        anyJson,
      ),
    },
  );
  return fc
    .tuple(rawBody(update), contentType(), fc.constantFrom('valid', 'wrong', 'missing', 'huge'))
    .map(([body, type, secret]): FuzzRequest => ({
      family: `telegram webhook (${secret === 'valid' ? 'signed' : 'unsigned'})`,
      method: 'POST',
      path: '/telegram/webhook',
      headers: {
        ...json(body, type),
        ...(secret === 'valid' ? { 'x-telegram-bot-api-secret-token': ctx.webhookSecret } : {}),
        ...(secret === 'wrong' ? { 'x-telegram-bot-api-secret-token': 'wrong-secret' } : {}),
        ...(secret === 'huge' ? { 'x-telegram-bot-api-secret-token': 'a'.repeat(4000) } : {}),
      },
      ...(body !== undefined ? { body } : {}),
    }));
}
