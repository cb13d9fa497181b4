/**
 * Telegram end to end in webhook mode: updates posted to the real app's `POST /telegram/webhook`, the bot
 * talking to a loopback fake Bot API, the coach on PGlite and PostgreSQL.
 */
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { inbox } from '../../../db/schema/inbox.js';
import { outbox } from '../../../db/schema/outbox.js';
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTelegramChannel, type TelegramChannel } from '../../../bots/telegram/telegram-channel.js';
import type { CoachDeps } from '../../../coach/coach-deps.js';
import {
  startFakeTelegram,
  type FakeTelegram,
  type RecordedCall,
  type RecordedFile,
} from '../../fakes/telegram-api.js';
import { buildTestApp, coachDeps } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';
import {
  buttons,
  freshUpdateId,
  tapUpdate,
  TEST_BOT_INFO,
  TEST_BOT_TOKEN,
  textUpdate,
  documentUpdate,
  type Runner,
} from '../../helpers/telegram.js';
import { gpxRun } from '../../helpers/activity-files.js';

const SECRET = 'webhook-secret-0123456789';
const MONDAY = '2026-12-07T08:00:00Z';
const TUESDAY = '2026-12-08T18:00:00Z';
const ana: Runner = { id: 601, firstName: 'Ana' };
const ben: Runner = { id: 602, firstName: 'Ben' };
const PARAGRAPH =
  'training for my first half on 2027-04-18, can run tue thu sat sun, long run sun, about 25k a week, did a 10k in 55 min last month, intermediate, no injuries';

describeEachDatabase('Telegram by webhook, end to end', (ctx) => {
  let fake: FakeTelegram;
  let app: FastifyInstance;
  let coach: CoachDeps;
  let channel: TelegramChannel;
  let now: string;

  beforeEach(async () => {
    now = MONDAY;
    fake = await startFakeTelegram({ token: TEST_BOT_TOKEN });
    coach = coachDeps(ctx.handle, { now: () => new Date(now) });
    channel = createTelegramChannel({
      token: TEST_BOT_TOKEN,
      coach,
      logger: pino({ level: 'silent' }),
      botInfo: TEST_BOT_INFO,
      apiRoot: fake.url,
    });
    app = await buildTestApp(ctx.handle, {
      coach,
      telegramWebhook: { secretToken: SECRET, receive: channel.receive },
    });
  });
  afterEach(async () => {
    await app.close();
    await fake.close();
  });

  const deliver = async (update: object, secret: string | null = SECRET) => {
    const res = await app.inject({
      method: 'POST',
      url: '/telegram/webhook',
      payload: update,
      headers: secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret },
    });
    // The webhook only stored it: the worker handles it and the sender sends the replies.
    await channel.drain();
    return res.statusCode;
  };
  const messagesTo = (runner: Runner) =>
    fake.callsOf('sendMessage').filter((c) => c.params.chat_id === runner.id);
  /** The last message to the runner that had inline buttons. */
  const last = (runner: Runner): RecordedCall =>
    messagesTo(runner)
      .filter((c) => buttons(c.params).length > 0)
      .at(-1) ?? { method: '', token: '', params: {}, files: [] };
  const allText = (runner: Runner) =>
    messagesTo(runner)
      .map((c) => String(c.params.text))
      .join('\n');
  const find = (runner: Runner) => coach.repositories.athletes.findByTelegramChat(runner.id);

  /** Onboards by text and buttons: /start, a tap on "km", a paragraph, then the first button of each question. */
  async function onboard(runner: Runner): Promise<void> {
    expect(await deliver(textUpdate(runner, '/start', now))).toBe(200);
    const units = buttons(last(runner).params).find((b) => b.data === '1:units:km');
    expect(units, allText(runner)).toBeDefined();
    expect(await deliver(tapUpdate(runner, units!.data, now))).toBe(200);
    expect(await deliver(textUpdate(runner, PARAGRAPH, now))).toBe(200);
    for (let i = 0; i < 6 && !/plan is ready/.test(allText(runner)); i++) {
      const first = buttons(last(runner).params)[0];
      expect(first, allText(runner)).toBeDefined();
      expect(await deliver(tapUpdate(runner, first!.data, now))).toBe(200);
    }
    expect(allText(runner)).toMatch(/plan is ready/);
  }

  it('refuses a delivery without the matching secret with 401 and processes nothing', async () => {
    expect(await deliver(textUpdate(ana, '/start', now), null)).toBe(401);
    expect(await deliver(textUpdate(ana, '/start', now), 'wrong-secret-0123456789')).toBe(401);
    expect(await find(ana)).toBeUndefined();
    expect(fake.calls).toEqual([]);
  });

  it('takes an update whose text holds lone surrogates (stored well formed, answered) instead of a 500', async () => {
    const update = textUpdate(ana, '/start', now);
    const raw = JSON.stringify(update).replace('"/start"', '"/start \\udfff\\ud800"');
    const res = await app.inject({
      method: 'POST',
      url: '/telegram/webhook',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      payload: raw,
    });
    await channel.drain();
    expect(res.statusCode, res.body).toBe(200);
    expect(messagesTo(ana).length).toBeGreaterThan(0);
  });

  it('onboards by text and buttons, logs a run, takes the RPE tap, and ignores a repeated delivery', async () => {
    await onboard(ana);
    const athlete = (await find(ana))!;
    expect(await coach.repositories.plans.active(athlete.id)).toBeDefined();

    now = TUESDAY;
    expect(await deliver(textUpdate(ana, 'ran 6k in 35 min', now))).toBe(200);
    const rpeQuestion = messagesTo(ana).find((c) => buttons(c.params).some((b) => b.data === '1:rpe:6'));
    expect(rpeQuestion, allText(ana)).toBeDefined();
    expect(buttons(rpeQuestion!.params)).toHaveLength(10);
    const [run] = await coach.repositories.activities.list(athlete.id);
    expect(run?.rpe).toBeUndefined();

    const tap = tapUpdate(ana, '1:rpe:6', now, 77);
    expect(await deliver(tap)).toBe(200);
    expect(fake.callsOf('answerCallbackQuery').at(-1)?.params).toMatchObject({
      callback_query_id: tap.callback_query.id,
    });
    expect(fake.callsOf('editMessageReplyMarkup').at(-1)?.params).toMatchObject({ message_id: 77 });
    expect((await coach.repositories.activities.list(athlete.id))[0]?.rpe).toBe(6);

    const sent = messagesTo(ana).length;
    const state = JSON.stringify((await find(ana))?.state);
    expect(await deliver(tap)).toBe(200);
    expect(await deliver(textUpdate(ana, 'ran 6k in 35 min', now, tap.update_id))).toBe(200);
    expect(messagesTo(ana).length).toBe(sent);
    expect(JSON.stringify((await find(ana))?.state)).toBe(state);
    expect(await coach.repositories.activities.list(athlete.id)).toHaveLength(1);

    // A later tap on the old RPE keyboard (a new update): the offer has expired, and the coach says so.
    expect(await deliver(tapUpdate(ana, '1:rpe:9', now, 77))).toBe(200);
    expect(String(messagesTo(ana).at(-1)?.params.text)).toMatch(/not waiting for a rating/);
    expect((await coach.repositories.activities.list(athlete.id))[0]?.rpe).toBe(6);
  });

  it('takes a message with a NUL character in it (stripped), instead of refusing it for Telegram to re-send', async () => {
    await deliver(textUpdate(ana, '/start', now));
    const update = textUpdate(ana, 'k\u0000m', now);
    expect(await deliver(update)).toBe(200);
    expect((await find(ana))?.units).toBe('km');
    expect(allText(ana)).not.toContain('\u0000');
  });

  it('/export sends the runner’s data as a JSON document; two chats are two runners', async () => {
    await deliver(textUpdate(ana, '/start', now));
    await deliver(textUpdate(ben, '/start', now));
    const [a, b] = [await find(ana), await find(ben)];
    expect(a && b && a.id !== b.id).toBe(true);
    expect(b?.name).toBe('Ben');

    expect(await deliver(textUpdate(ben, '/export', now))).toBe(200);
    const [call] = fake.callsOf('sendDocument');
    expect(call?.params.chat_id).toBe(ben.id);
    const file = call!.params.document as RecordedFile;
    expect(file.filename).toMatch(/\.json$/);
    const exported = JSON.parse(file.content.toString('utf8')) as { athlete: { id: string; name: string } };
    expect(exported.athlete).toMatchObject({ id: b!.id, name: 'Ben' });
    expect(file.content.toString('utf8')).not.toContain(a!.id);
  });

  it('/delete asks, then Yes deletes the runner', async () => {
    await onboard(ana);
    await deliver(textUpdate(ana, '/delete', now));
    const yes = buttons(last(ana).params).find((x) => x.data === '1:yes');
    expect(yes, allText(ana)).toBeDefined();
    expect(await find(ana)).toBeDefined();
    await deliver(tapUpdate(ana, yes!.data, now, 1, freshUpdateId()));
    expect(await find(ana)).toBeUndefined();
    expect(String(messagesTo(ana).at(-1)?.params.text)).toMatch(/everything about you is deleted/);
    // Nothing of theirs is kept: the outbox holds only the goodbye, the inbox no message of theirs.
    const left = await ctx.handle.db
      .select()
      .from(outbox)
      .where(eq(outbox.destination, String(ana.id)));
    expect(left.map((r) => [r.athleteId, (r.worded as { text: string }).text])).toEqual([
      [null, expect.stringMatching(/everything about you is deleted/)],
    ]);
    const received = await ctx.handle.db.select().from(inbox);
    expect(received.filter((r) => r.payload !== null)).toEqual([]);
  });

  it('a GPX document becomes a run with the RPE question; a tap rates it; an oversized one is refused unread', async () => {
    await onboard(ana);
    const athlete = (await find(ana))!;
    now = TUESDAY;
    fake.addFile('gpx-1', 'documents/file_1.gpx', Buffer.from(gpxRun('2026-12-08T07:00:00Z')));
    expect(
      await deliver(documentUpdate(ana, { fileId: 'gpx-1', name: 'Morning_Run.gpx', size: 4000 }, now)),
    ).toBe(200);
    const [run] = await coach.repositories.activities.list(athlete.id);
    expect(run).toMatchObject({ date: '2026-12-08' });
    expect(run!.distanceMeters).toBeGreaterThan(5900);
    const rpe = messagesTo(ana).find((c) => buttons(c.params).some((b) => b.data === '1:rpe:6'));
    expect(rpe, allText(ana)).toBeDefined();
    expect(await deliver(tapUpdate(ana, '1:rpe:6', now, 90))).toBe(200);
    expect((await coach.repositories.activities.list(athlete.id))[0]?.rpe).toBe(6);
    // The file URL holds the token: the bot fetched it, and no message to the runner repeats it.
    expect(allText(ana)).not.toContain(TEST_BOT_TOKEN);

    const getFiles = fake.callsOf('getFile').length;
    expect(
      await deliver(documentUpdate(ana, { fileId: 'big', name: 'huge.fit', size: 21 * 1024 * 1024 }, now)),
    ).toBe(200);
    expect(fake.callsOf('getFile')).toHaveLength(getFiles);
    expect(allText(ana)).toMatch(/larger than 20 MB/);
    expect(await coach.repositories.activities.list(athlete.id)).toHaveLength(1);
  });
});
