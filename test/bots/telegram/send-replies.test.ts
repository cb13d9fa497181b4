import { Api, type Transformer } from 'grammy';
import { describe, expect, it } from 'vitest';
import { inlineKeyboard } from '../../../bots/telegram/keyboards/inline.js';
import { MAX_MESSAGE_CHARS, sendWordedReply, splitMessage } from '../../../bots/telegram/send-replies.js';
import { RPE_OPTIONS } from '../../../coach/prompts/options.js';
import { TEST_BOT_TOKEN } from '../../helpers/telegram.js';

function recordingApi() {
  const calls: { method: string; params: Record<string, unknown> }[] = [];
  const api = new Api(TEST_BOT_TOKEN);
  const record: Transformer = async (_prev, method, payload) => {
    calls.push({ method, params: payload as Record<string, unknown> });
    return {
      ok: true,
      result: { message_id: calls.length, date: 0, chat: { id: 1, type: 'private' } },
    } as never;
  };
  api.config.use(record);
  return { api, calls };
}

describe('sending replies', () => {
  it('splits a text over Telegram’s 4096 characters at line breaks, the keyboard on the last part', async () => {
    const line = 'x'.repeat(100);
    const text = Array.from({ length: 60 }, () => line).join('\n');
    const parts = splitMessage(text);
    expect(parts.length).toBe(2);
    expect(parts.every((p) => p.length <= MAX_MESSAGE_CHARS)).toBe(true);
    expect(parts.join('\n')).toBe(text);
    expect(splitMessage('y'.repeat(9000)).map((p) => p.length)).toEqual([4096, 4096, 808]);
    const { api, calls } = recordingApi();
    await sendWordedReply(api, 9, text, inlineKeyboard(RPE_OPTIONS));
    expect(calls.map((c) => c.params.reply_markup === undefined)).toEqual([true, false]);
  });
});
