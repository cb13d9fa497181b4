import { Api, GrammyError, InputFile } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_BOT_INFO, startFakeTelegram, type FakeTelegram } from './telegram-api.js';

const TOKEN = '123456:fake-token-for-tests-only-abcdef';

describe('the fake Telegram Bot API', () => {
  let fake: FakeTelegram;
  let api: Api;
  beforeEach(async () => {
    fake = await startFakeTelegram({ token: TOKEN });
    api = new Api(TOKEN, { apiRoot: fake.url });
  });
  afterEach(() => fake.close());

  it('answers getMe and records JSON calls with their parameters', async () => {
    expect(await api.getMe()).toMatchObject({ id: FAKE_BOT_INFO.id, username: FAKE_BOT_INFO.username });
    const sent = await api.sendMessage(7, 'hello', {
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: '1:yes' }]] },
    });
    expect(sent).toMatchObject({ chat: { id: 7 }, text: 'hello' });
    expect(fake.callsOf('sendMessage')[0]?.params).toMatchObject({
      chat_id: 7,
      text: 'hello',
      reply_markup: { inline_keyboard: [[{ text: 'A', callback_data: '1:yes' }]] },
    });
  });

  it('reads multipart bodies: a document with its file name and bytes', async () => {
    await api.sendDocument(7, new InputFile(Buffer.from('{"a":1}'), 'data.json'), { caption: 'here' });
    const call = fake.callsOf('sendDocument')[0]!;
    expect(call.params).toMatchObject({ chat_id: 7, caption: 'here' });
    expect(call.files).toHaveLength(1);
    expect(call.files[0]).toMatchObject({ filename: 'data.json' });
    expect(call.files[0]!.content.toString()).toBe('{"a":1}');
  });

  it('refuses a wrong token with 401 and plays scripted failures once each', async () => {
    const stranger = new Api('999:wrong', { apiRoot: fake.url });
    await expect(stranger.getMe()).rejects.toMatchObject({ error_code: 401 });
    fake.failNext('sendMessage', { status: 429, retryAfter: 3 });
    fake.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was blocked by the user' });
    fake.failNext('sendMessage', { status: 502 });
    const first = await api.sendMessage(7, 'x').catch((e: unknown) => e);
    expect(first).toBeInstanceOf(GrammyError);
    expect(first).toMatchObject({ error_code: 429, parameters: { retry_after: 3 } });
    await expect(api.sendMessage(7, 'x')).rejects.toMatchObject({ error_code: 403 });
    await expect(api.sendMessage(7, 'x')).rejects.toMatchObject({ error_code: 502 });
    await expect(api.sendMessage(7, 'x')).resolves.toMatchObject({ text: 'x' });
  });

  it('hands out updates from the offset on and long-polls briefly when there are none', async () => {
    expect(await api.getUpdates({ timeout: 1 })).toEqual([]);
    const a = fake.pushUpdate({ message: { text: 'one' } });
    const b = fake.pushUpdate({ message: { text: 'two' } });
    expect((await api.getUpdates({ offset: 0 })).map((u) => u.update_id)).toEqual([a, b]);
    expect((await api.getUpdates({ offset: b })).map((u) => u.update_id)).toEqual([b]);
    // A waiting long-poll wakes up for a new update.
    const waiting = api.getUpdates({ offset: b + 1, timeout: 30 });
    await fake.waitFor('getUpdates', 4);
    const c = fake.pushUpdate({ message: { text: 'three' } });
    expect((await waiting).map((u) => u.update_id)).toEqual([c]);
  });

  it('serves files by getFile path, only with the token', async () => {
    fake.addFile('f1', 'documents/run.gpx', Buffer.from('<gpx/>'));
    const file = await api.getFile('f1');
    expect(file.file_path).toBe('documents/run.gpx');
    const ok = await fetch(`${fake.url}/file/bot${TOKEN}/${file.file_path}`);
    expect(await ok.text()).toBe('<gpx/>');
    expect((await fetch(`${fake.url}/file/botnope/${file.file_path}`)).status).toBe(404);
  });
});
