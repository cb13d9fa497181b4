/** The outbox's Telegram transport: Bot API answers as delivery outcomes, and the keyboard each message gets. */
import { Api, type Transformer } from 'grammy';
import { describe, expect, it } from 'vitest';
import { markupFor, outcomeOf, telegramTransport } from '../../../bots/telegram/outbox-transport.js';
import type { WordedOutboxMessage } from '../../../coach/delivery/outbox-sender.js';
import type { CoachMessage, ReplyOption } from '../../../coach/prompts/coach-message.js';
import { RPE_OPTIONS } from '../../../coach/prompts/options.js';
import { TEST_BOT_TOKEN } from '../../helpers/telegram.js';

function outboxMessage(message: CoachMessage, options: readonly ReplyOption[] = []): WordedOutboxMessage {
  const at = new Date('2026-12-07T08:00:00Z');
  return {
    id: '0b9f6c1e-4a55-4f1f-9d7e-0c1a2b3c4d5e',
    channel: 'telegram',
    destination: '42',
    athleteId: null,
    sequence: 1,
    payload: { message, persona: 'neutral', channel: 'telegram' },
    worded: { text: 'words', options, source: 'template' },
    status: 'sending',
    attempts: 1,
    nextAttemptAt: at,
    lastError: null,
    claimedBy: 'w',
    claimedUntil: at,
    createdAt: at,
    sentAt: null,
  };
}

/** An Api whose every call gets `answer`. */
function apiAnswering(answer: object) {
  const api = new Api(TEST_BOT_TOKEN);
  const calls: Record<string, unknown>[] = [];
  const t: Transformer = async (_prev, _method, payload) => {
    calls.push(payload as Record<string, unknown>);
    return answer as never;
  };
  api.config.use(t);
  return { api, calls };
}

describe('the Telegram transport', () => {
  it.each([
    [
      { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 9 } },
      { kind: 'rate-limited', retryAfterSeconds: 9 },
    ],
    [{ ok: false, error_code: 429, description: 'Too Many Requests' }, { kind: 'rate-limited' }],
    [
      { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
      { kind: 'blocked' },
    ],
    [
      { ok: false, error_code: 502, description: 'Bad Gateway' },
      { kind: 'server-error', status: 502 },
    ],
    [
      { ok: false, error_code: 400, description: 'Bad Request: chat not found' },
      { kind: 'bad-request', status: 400 },
    ],
    [{ ok: true, result: { message_id: 1, date: 0, chat: { id: 42, type: 'private' } } }, { kind: 'ok' }],
  ])('maps %j to %j', async (answer, outcome) => {
    const { api, calls } = apiAnswering(answer);
    expect(await telegramTransport(api)(outboxMessage({ kind: 'help' }))).toEqual(outcome);
    expect(calls[0]).toMatchObject({ chat_id: 42, text: 'words' });
  });

  it('calls no answer at all a network error, and retries nothing itself', async () => {
    const api = new Api(TEST_BOT_TOKEN, { apiRoot: 'http://127.0.0.1:9' });
    expect(await telegramTransport(api)(outboxMessage({ kind: 'help' }))).toEqual({ kind: 'network-error' });
    expect(outcomeOf(new Error('boom'))).toEqual({ kind: 'network-error' });
  });

  it('refuses a destination that is not a chat id without calling the API', async () => {
    const { api, calls } = apiAnswering({ ok: true, result: true });
    const message = { ...outboxMessage({ kind: 'help' }), destination: 'not-a-chat' };
    expect(await telegramTransport(api)(message)).toEqual({ kind: 'bad-request', status: 400 });
    expect(calls).toEqual([]);
  });

  it('gives options an inline keyboard, a note its device button, and takes the button away after', () => {
    const rpe = markupFor(outboxMessage({ kind: 'rpe-question', date: '2026-12-07' }, RPE_OPTIONS));
    expect(rpe).toMatchObject({ inline_keyboard: [expect.any(Array), expect.any(Array)] });
    const zone = markupFor(outboxMessage({ kind: 'channel-note', code: 'TIMEZONE_NOTE' }));
    expect(zone).toMatchObject({ keyboard: [[{ request_location: true }]], one_time_keyboard: true });
    const phone = markupFor(outboxMessage({ kind: 'channel-note', code: 'PHONE_ASK' }));
    expect(phone).toMatchObject({ keyboard: [[{ request_contact: true }]] });
    const set = markupFor(outboxMessage({ kind: 'channel-note', code: 'TIMEZONE_SET', zone: 'UTC' }));
    expect(set).toEqual({ remove_keyboard: true });
    expect(markupFor(outboxMessage({ kind: 'help' }))).toBeUndefined();
  });
});
