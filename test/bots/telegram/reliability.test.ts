/**
 * Replies that are never lost and never sent twice (issue 12 §7): the real app's webhook, the inbox, the
 * outbox and its sender against the loopback fake Bot API, on PGlite and PostgreSQL. Time moves only by
 * the test's clock, so a retry is due exactly when the policy says.
 */
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTelegramChannel, type TelegramChannel } from '../../../bots/telegram/telegram-channel.js';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import { outbox } from '../../../db/schema/outbox.js';
import { startFakeTelegram, type FakeTelegram } from '../../fakes/telegram-api.js';
import { buildTestApp, coachDeps } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { TEST_BOT_INFO, TEST_BOT_TOKEN, textUpdate, type Runner } from '../../helpers/telegram.js';

const SECRET = 'webhook-secret-0123456789';
const T0 = Date.parse('2026-12-07T08:00:00Z');
const ana: Runner = { id: 701, firstName: 'Ana' };
/** What /start answers a new runner with, in order: welcome, first question, the timezone note. */
const OPENING = [/Hi Ana/, /Kilometres or miles/, /UTC/];

describeEachDatabase('Telegram replies through the outbox', (ctx) => {
  let fake: FakeTelegram;
  let app: FastifyInstance;
  let coach: CoachDeps;
  let channel: TelegramChannel;
  let ms: number;

  const channelOn = (deps: CoachDeps, workerId: string) =>
    createTelegramChannel({
      token: TEST_BOT_TOKEN,
      coach: deps,
      logger: pino({ level: 'silent' }),
      botInfo: TEST_BOT_INFO,
      apiRoot: fake.url,
      workerId,
    });

  beforeEach(async () => {
    ms = T0;
    fake = await startFakeTelegram({ token: TEST_BOT_TOKEN });
    coach = coachDeps(ctx.handle, { now: () => new Date(ms) });
    channel = channelOn(coach, 'first');
    app = await buildTestApp(ctx.handle, {
      coach,
      telegramWebhook: { secretToken: SECRET, receive: channel.receive },
    });
  });
  afterEach(async () => {
    await app.close();
    await fake.close();
  });

  /** Posts an update to the webhook, as Telegram does; handling and sending happen after the answer. */
  const post = async (update: object) => {
    const res = await app.inject({
      method: 'POST',
      url: '/telegram/webhook',
      payload: update,
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
    });
    return res.statusCode;
  };
  const accepted = () =>
    fake
      .accepted('sendMessage')
      .filter((c) => c.params.chat_id === ana.id)
      .map((c) => String(c.params.text));
  const expectOpening = (texts: string[]) => {
    expect(texts).toHaveLength(OPENING.length);
    OPENING.forEach((pattern, i) => expect(texts[i]).toMatch(pattern));
  };
  const rows = () =>
    ctx.handle.db
      .select()
      .from(outbox)
      .where(eq(outbox.destination, String(ana.id)))
      .orderBy(asc(outbox.sequence));

  it('answers the webhook before anything is handled or sent; the worker and the sender do the rest', async () => {
    expect(await post(textUpdate(ana, '/start', new Date(ms).toISOString()))).toBe(200);
    expect(fake.callsOf('sendMessage')).toEqual([]);
    expect(await coach.repositories.athletes.findByTelegramChat(ana.id)).toBeUndefined();
    await channel.drain();
    expectOpening(accepted());
  });

  it('a 429 waits exactly its retry_after, then every reply goes out once, in order', async () => {
    fake.failNext('sendMessage', { status: 429, retryAfter: 7 }, 1);
    await post(textUpdate(ana, '/start', new Date(ms).toISOString()));
    await channel.drain();
    expect(accepted()).toEqual([]);
    expect((await rows())[0]).toMatchObject({ status: 'failed', lastError: 'HTTP_429' });
    expect((await rows())[0]?.nextAttemptAt.getTime()).toBe(T0 + 7000);
    ms = T0 + 6999;
    await channel.drain();
    expect(accepted()).toEqual([]);
    ms = T0 + 7000;
    await channel.drain();
    expectOpening(accepted());
    expect((await rows()).map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('four 502s in a row: retried with backoff, then sent once; later replies wait their turn', async () => {
    fake.failNext('sendMessage', { status: 502 }, 4);
    await post(textUpdate(ana, '/start', new Date(ms).toISOString()));
    await channel.drain();
    for (let i = 0; i < 8 && accepted().length < OPENING.length; i++) {
      ms += 15 * 60_000;
      await channel.drain();
    }
    expectOpening(accepted());
    expect(fake.callsOf('sendMessage').filter((c) => c.status === 502)).toHaveLength(4);
    expect((await rows())[0]).toMatchObject({ status: 'sent', attempts: 5 });
  });

  it('a chat that blocked the bot (403) gets nothing more until the runner writes again', async () => {
    fake.failNext('sendMessage', { status: 403, description: 'Forbidden: bot was blocked by the user' }, 1);
    await post(textUpdate(ana, '/start', new Date(ms).toISOString()));
    await channel.drain();
    expect(accepted()).toEqual([]);
    expect((await rows()).map((r) => r.status)).toEqual(['dead', 'dead', 'dead']);
    expect(
      await coach.repositories.outbox.isInactive({ channel: 'telegram', destination: String(ana.id) }),
    ).toBe(true);
    await post(textUpdate(ana, '/start', new Date(ms).toISOString()));
    await channel.drain();
    expect(accepted()).toHaveLength(1);
    expect(accepted()[0]).toMatch(/Kilometres or miles/);
  });

  it('killed after the update was stored: the next process handles it and replies once', async () => {
    await post(textUpdate(ana, '/start', new Date(ms).toISOString()));
    // The first process dies here. Another one starts on the same database.
    const next = channelOn(coachDeps(ctx.handle, { now: () => new Date(ms) }), 'second');
    await next.drain();
    expectOpening(accepted());
  });

  it('killed after commit and before sending: the next process sends the replies, once', async () => {
    const start = textUpdate(ana, '/start', new Date(ms).toISOString());
    await post(start);
    // Handled and committed (runner, state and outbox rows together), then the process dies.
    expect((await channel.worker.runOnce()).handled).toBe(1);
    expect((await rows()).map((r) => r.status)).toEqual(['pending', 'pending', 'pending']);
    const next = channelOn(coachDeps(ctx.handle, { now: () => new Date(ms) }), 'second');
    await next.drain();
    expectOpening(accepted());
    // The update is handled once: a re-delivery of it (Telegram did not see the 200) changes nothing.
    expect(await next.receive(start)).toBe('duplicate');
    await next.drain();
    expect(accepted().filter((t) => /Hi Ana/.test(t))).toHaveLength(1);
  });

  it('killed while sending (its claim held): the next process sends once the lease has ended', async () => {
    await post(textUpdate(ana, '/start', new Date(ms).toISOString()));
    await channel.worker.runOnce();
    // The first process claimed the welcome and died before Telegram answered.
    const claimed = await coach.repositories.outbox.claimNext('first:outbox', new Date(ms), 5 * 60_000);
    expect(claimed?.sequence).toBe(1);
    const next = channelOn(coachDeps(ctx.handle, { now: () => new Date(ms) }), 'second');
    await next.drain();
    expect(accepted()).toEqual([]);
    ms = T0 + 5 * 60_000 + 1;
    await next.drain();
    expectOpening(accepted());
  });
});
