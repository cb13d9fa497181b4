import { Api, type Transformer } from 'grammy';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS, sendReplies, splitMessage } from '../../../bots/telegram/send-replies.js';
import { acceptOptions, RPE_OPTIONS } from '../../../coach/prompts/options.js';
import { TEST_BOT_TOKEN } from '../../helpers/telegram.js';

const ID_A = '0b9f6c1e-4a55-4f1f-9d7e-0c1a2b3c4d5e';
const ID_B = 'f00dbabe-1234-4abc-8def-0123456789ab';

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
  it('sends each reply in order, its buttons numbered after the earlier replies’ options', async () => {
    const { api, calls } = recordingApi();
    await sendReplies(api, 9, [
      { text: 'How hard?', options: RPE_OPTIONS },
      { text: 'Plan changed', options: acceptOptions([ID_A, ID_B]) },
    ]);
    expect(calls.map((c) => [c.method, c.params.chat_id, c.params.text])).toEqual([
      ['sendMessage', 9, 'How hard?'],
      ['sendMessage', 9, 'Plan changed'],
    ]);
    const data = (
      calls[1]!.params.reply_markup as { inline_keyboard: { callback_data: string }[][] }
    ).inline_keyboard
      .flat()
      .map((b) => b.callback_data);
    expect(data).toEqual([expect.stringMatching(/^1#10\.a\./), expect.stringMatching(/^1#11\.k\./)]);
  });

  it('splits a text over Telegram’s 4096 characters at line breaks, the keyboard on the last part', async () => {
    const line = 'x'.repeat(100);
    const text = Array.from({ length: 60 }, () => line).join('\n');
    const parts = splitMessage(text);
    expect(parts.length).toBe(2);
    expect(parts.every((p) => p.length <= MAX_MESSAGE_CHARS)).toBe(true);
    expect(parts.join('\n')).toBe(text);
    expect(splitMessage('y'.repeat(9000)).map((p) => p.length)).toEqual([4096, 4096, 808]);
    const { api, calls } = recordingApi();
    await sendReplies(api, 9, [{ text, options: RPE_OPTIONS }]);
    expect(calls.map((c) => c.params.reply_markup === undefined)).toEqual([true, false]);
  });
});
