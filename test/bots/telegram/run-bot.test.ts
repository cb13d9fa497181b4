/**
 * The bot's two modes against the loopback fake Bot API: long polling (deleteWebhook, then getUpdates
 * from the offset on) end to end with the coach, and webhook registration.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ALLOWED_UPDATES } from '../../../bots/telegram/index.js';
import { createTelegramChannel } from '../../../bots/telegram/telegram-channel.js';
import { runBot, type RunningBot } from '../../../bots/telegram/run-bot.js';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import { startFakeTelegram, type FakeTelegram } from '../../fakes/telegram-api.js';
import { coachDeps } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';
import {
  buttons,
  tapUpdate,
  TEST_BOT_INFO,
  TEST_BOT_TOKEN,
  textUpdate,
  type Runner,
} from '../../helpers/telegram.js';

const NOW = '2026-12-07T08:00:00Z';
const ana: Runner = { id: 701, firstName: 'Ana' };
const ben: Runner = { id: 702, firstName: 'Ben' };

describeEachDatabase('the Telegram bot by long polling and webhook registration', (ctx) => {
  let fake: FakeTelegram;
  let coach: CoachDeps;
  let running: RunningBot | undefined;
  const newBot = () =>
    createTelegramChannel({
      token: TEST_BOT_TOKEN,
      coach,
      logger: pino({ level: 'silent' }),
      botInfo: TEST_BOT_INFO,
      apiRoot: fake.url,
      pollMs: 50,
    });

  beforeEach(async () => {
    fake = await startFakeTelegram({ token: TEST_BOT_TOKEN });
    coach = coachDeps(ctx.handle, { now: () => new Date(NOW) });
  });
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    await fake.close();
  });

  const repliesTo = (runner: Runner) =>
    fake.callsOf('sendMessage').filter((c) => c.params.chat_id === runner.id);

  it('polls: commands registered, webhook removed, updates handled once each, two chats two runners', async () => {
    running = await runBot(newBot(), { kind: 'polling' }, () => {});
    expect(fake.calls.map((c) => c.method).slice(0, 2)).toEqual(['setMyCommands', 'deleteWebhook']);
    expect(fake.callsOf('setMyCommands')[0]?.params.commands).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ command: 'export' }),
        expect.objectContaining({ command: 'phone' }),
      ]),
    );
    const [poll] = await fake.waitFor('getUpdates');
    expect(poll?.params).toMatchObject({ allowed_updates: [...ALLOWED_UPDATES] });

    fake.pushUpdate(textUpdate(ana, '/start', NOW));
    await fake.waitFor('sendMessage', 3, (c) => c.params.chat_id === ana.id);
    const km = repliesTo(ana)
      .flatMap((c) => buttons(c.params))
      .find((b) => b.data === '1:units:km');
    expect(km).toBeDefined();
    const before = repliesTo(ana).length;
    // The tap delivered twice in one batch (as after a lost confirmation), then Ben's first message: once
    // Ben is answered, the tap was handled once (the repeat stopped at the inbox) and answered once.
    const tap = tapUpdate(ana, km!.data, NOW);
    fake.pushUpdate(tap);
    fake.pushUpdate(tap);
    fake.pushUpdate(textUpdate(ben, '/start', NOW));
    await fake.waitFor('sendMessage', 1, (c) => c.params.chat_id === ben.id);
    expect(fake.callsOf('answerCallbackQuery')).toHaveLength(1);
    expect(repliesTo(ana).length).toBe(before + 1);
    const [a, b] = await Promise.all([
      coach.repositories.athletes.findByTelegramChat(ana.id),
      coach.repositories.athletes.findByTelegramChat(ben.id),
    ]);
    expect(a && b && a.id !== b.id).toBe(true);
  });

  it('polling waits for an update it could not store, and confirms it only once stored', async () => {
    let fails = 1;
    const inbox = coach.repositories.inbox;
    const flaky: CoachDeps = {
      ...coach,
      repositories: {
        ...coach.repositories,
        inbox: {
          ...inbox,
          receive: async (update) => {
            if (fails-- > 0) throw new Error('the database is away');
            return inbox.receive(update);
          },
        },
      },
    };
    running = await runBot(
      createTelegramChannel({
        token: TEST_BOT_TOKEN,
        coach: flaky,
        logger: pino({ level: 'silent' }),
        botInfo: TEST_BOT_INFO,
        apiRoot: fake.url,
        pollMs: 50,
      }),
      { kind: 'polling' },
      () => {},
    );
    fake.pushUpdate(textUpdate(ana, '/start', NOW));
    await fake.waitFor('sendMessage', 3, (c) => c.params.chat_id === ana.id);
    expect(fails).toBe(-1);
    expect(String(repliesTo(ana)[0]?.params.text)).toMatch(/Hi Ana/);
  });

  it('webhook mode registers the URL with the secret and the allowed updates', async () => {
    running = await runBot(
      newBot(),
      { kind: 'webhook', url: 'https://coach.example.org/telegram/webhook', secretToken: 's'.repeat(20) },
      () => {},
    );
    expect(fake.callsOf('setWebhook')[0]?.params).toEqual({
      url: 'https://coach.example.org/telegram/webhook',
      secret_token: 's'.repeat(20),
      allowed_updates: [...ALLOWED_UPDATES],
    });
    expect(fake.callsOf('getUpdates')).toEqual([]);
  });
});
