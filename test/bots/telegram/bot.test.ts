/**
 * The bot offline: `bot.handleUpdate` with an API transformer that records every call and answers it
 * (botInfo given, so nothing reaches the network), over the real coach on PGlite and PostgreSQL. Replies
 * go through the outbox: each update is followed by one sender pass.
 */
import type { Transformer } from 'grammy';
import { pino } from 'pino';
import { beforeEach, expect, it } from 'vitest';
import { createTelegramChannel, type TelegramChannel } from '../../../bots/telegram/telegram-channel.js';
import { coachDeps } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';
import {
  buttons,
  contactUpdate,
  locationUpdate,
  tapUpdate,
  TEST_BOT_INFO,
  TEST_BOT_TOKEN,
  textUpdate,
  type Runner,
} from '../../helpers/telegram.js';
import { Writable } from 'node:stream';
import { hashChatId } from '../../../bots/telegram/middlewares/update-logger.js';
import { createLogger } from '../../../server/logger.js';

interface Call {
  method: string;
  params: Record<string, unknown>;
}

const NOW = '2026-12-07T08:00:00Z';
const ana: Runner = { id: 501, firstName: 'Ana' };
const ben: Runner = { id: 502, firstName: 'Ben' };

describeEachDatabase('the Telegram bot, offline', (ctx) => {
  let calls: Call[];
  let failSend: boolean;
  let channel: TelegramChannel;
  /** One update through the bot, then what it queued sent. */
  const handle = async (update: object) => {
    await channel.bot.handleUpdate(update as never);
    await channel.sender.runOnce();
  };
  const sent = () => calls.filter((c) => c.method === 'sendMessage');
  const texts = () => sent().map((c) => String(c.params.text));

  beforeEach(() => {
    calls = [];
    failSend = false;
    const deps = coachDeps(ctx.handle, { now: () => new Date(NOW) });
    const record: Transformer = async (_prev, method, payload) => {
      calls.push({ method, params: payload as Record<string, unknown> });
      if (failSend && method === 'sendDocument')
        return { ok: false, error_code: 400, description: 'Bad Request: scripted' } as never;
      const result =
        method === 'sendMessage' || method === 'sendDocument'
          ? {
              message_id: calls.length,
              date: 0,
              chat: { id: (payload as { chat_id: number }).chat_id, type: 'private' },
            }
          : true;
      return { ok: true, result } as never;
    };
    channel = createTelegramChannel({
      token: TEST_BOT_TOKEN,
      coach: deps,
      logger: pino({ level: 'silent' }),
      botInfo: TEST_BOT_INFO,
      transformers: [record],
    });
  });

  const runner = () => ctx.handle && coachDeps(ctx.handle).repositories.athletes.findByTelegramChat(ana.id);

  it('/start creates the runner from the Telegram user and asks the first question with buttons', async () => {
    await handle(textUpdate(ana, '/start', NOW));
    const athlete = await runner();
    expect(athlete).toMatchObject({ name: 'Ana', timezone: 'UTC', telegramChatId: ana.id });
    expect(texts()[0]).toMatch(/Hi Ana/);
    const question = sent().find((c) => buttons(c.params).length > 0)!;
    expect(buttons(question.params).map((b) => b.data)).toEqual(['1:units:km', '1:units:mi']);
    // No zone given: UTC, with a note and a location button.
    expect(texts().at(-1)).toMatch(/UTC/);
    expect(sent().at(-1)?.params.reply_markup).toMatchObject({ keyboard: [[{ request_location: true }]] });
  });

  it('/start again finds the same runner and repeats the question they are on', async () => {
    await handle(textUpdate(ana, '/start', NOW));
    const first = await runner();
    await handle(textUpdate(ana, '/start', NOW));
    expect((await runner())?.id).toBe(first?.id);
    expect(texts().at(-1)).toMatch(/Kilometres or miles/);
    expect(texts().filter((t) => /Hi Ana/.test(t))).toHaveLength(1);
  });

  it('/start with a zone uses it; a typed zone or a location changes it later', async () => {
    await handle(textUpdate(ana, '/start Europe/Lisbon', NOW));
    expect((await runner())?.timezone).toBe('Europe/Lisbon');
    expect(texts().join('\n')).not.toMatch(/UTC/);
    await handle(textUpdate(ana, 'America/New_York', NOW));
    expect((await runner())?.timezone).toBe('America/New_York');
    await handle(locationUpdate(ana, 52.5, 13.4, NOW));
    expect((await runner())?.timezone).toBe('Etc/GMT-1');
  });

  it('a tap is answered, its keyboard removed, and handled as the option; the same update again changes nothing', async () => {
    await handle(textUpdate(ana, '/start', NOW));
    const before = sent().length;
    const tap = tapUpdate(ana, '1:units:km', NOW, 2);
    await handle(tap);
    expect(calls.map((c) => c.method).slice(-3, -1)).toEqual([
      'answerCallbackQuery',
      'editMessageReplyMarkup',
    ]);
    expect(calls.find((c) => c.method === 'editMessageReplyMarkup')?.params).toMatchObject({
      message_id: 2,
      reply_markup: { inline_keyboard: [] },
    });
    expect(sent().length).toBe(before + 1);
    expect(texts().at(-1)).not.toMatch(/Kilometres or miles/);
    const state = JSON.stringify((await runner())?.state);
    await handle(tap);
    expect(sent().length).toBe(before + 1);
    expect(JSON.stringify((await runner())?.state)).toBe(state);
  });

  it('an old or unknown button says the offer no longer applies and stores nothing', async () => {
    await handle(textUpdate(ana, '/start', NOW));
    const onboarding = JSON.stringify((await runner())?.state.onboarding);
    const before = sent().length;
    await handle(tapUpdate(ana, '0:units:km', NOW));
    expect(calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    expect(JSON.stringify((await runner())?.state.onboarding)).toBe(onboarding);
    expect(texts().slice(before)).toEqual([
      expect.stringMatching(/no longer applies.*Nothing was stored/),
      expect.stringMatching(/Kilometres or miles/),
    ]);
  });

  it('/phone stores only the sender’s own number, in E.164; another runner’s number is refused', async () => {
    await handle(textUpdate(ana, '/start', NOW));
    await handle(textUpdate(ana, '/phone', NOW));
    expect(sent().at(-1)?.params.reply_markup).toMatchObject({ keyboard: [[{ request_contact: true }]] });
    await handle(contactUpdate(ana, '4915112345678', 999, NOW));
    expect((await runner())?.phoneE164).toBeUndefined();
    await handle(contactUpdate(ana, '4915112345678', ana.id, NOW));
    expect((await runner())?.phoneE164).toBe('+4915112345678');
    await handle(textUpdate(ben, '/start', NOW));
    const count = sent().length;
    await handle(contactUpdate(ben, '+49 151 12345678', ben.id, NOW));
    expect(sent().length).toBe(count + 1);
    expect(texts().at(-1)).toMatch(/another runner/);
    const benRunner = await coachDeps(ctx.handle).repositories.athletes.findByTelegramChat(ben.id);
    expect(benRunner?.phoneE164).toBeUndefined();
  });

  it('/coach shows the persona menu', async () => {
    await handle(textUpdate(ana, '/start', NOW));
    await handle(textUpdate(ana, '/coach', NOW));
    expect(buttons(sent().at(-1)!.params).map((b) => b.data)).toEqual([
      '1:persona:neutral',
      '1:persona:drill-sergeant',
      '1:persona:hype',
      '1:persona:best-friend',
    ]);
  });

  it('an error while handling answers with a short apology', async () => {
    await handle(textUpdate(ana, '/start', NOW));
    failSend = true;
    await handle(textUpdate(ana, '/export', NOW));
    expect(texts().at(-1)).toMatch(/^Sorry/);
  });

  it('logs each update with its id and a hashed chat id, never the text, the phone number or the token', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: 'debug', pretty: false, destination });
    const logged = createTelegramChannel({
      token: TEST_BOT_TOKEN,
      coach: coachDeps(ctx.handle),
      logger,
      botInfo: TEST_BOT_INFO,
      transformers: [
        async () =>
          ({ ok: true, result: { message_id: 1, date: 0, chat: { id: ana.id, type: 'private' } } }) as never,
      ],
    });
    await logged.receive(textUpdate(ana, '/start', NOW, 424242));
    await logged.receive(textUpdate(ana, 'my secret words here', NOW));
    await logged.receive(contactUpdate(ana, '4915112345678', ana.id, NOW));
    await logged.drain();
    const out = lines.join('');
    expect(out).toContain('"updateId":424242');
    expect(out).toContain(`"chat":"${hashChatId(ana.id)}"`);
    expect(out).not.toMatch(/secret words|4915112345678|fake-token-for-tests/);
    expect(out).not.toContain(`"chat":${ana.id}`);
  });

  it('registers nothing for a chat that never started: a first text message opens the conversation', async () => {
    await handle(textUpdate(ben, 'hello', NOW));
    expect(await coachDeps(ctx.handle).repositories.athletes.findByTelegramChat(ben.id)).toMatchObject({
      name: 'Ben',
    });
    expect(texts()[0]).toMatch(/Hi Ben/);
  });
});
