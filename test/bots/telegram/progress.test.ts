/**
 * `/progress` offline (`bot.handleUpdate` with a recording API transformer) over the real coach on PGlite
 * and PostgreSQL: a PNG photo for a runner with a plan, rendered once while nothing changes and anew after
 * a run is logged; a friendly line, worded in coach/prompts, for a chat that never started and for a
 * runner still setting up their plan.
 */
import type { InputFile, Transformer } from 'grammy';
import { pino } from 'pino';
import { beforeEach, expect, it } from 'vitest';
import { createTelegramChannel, type TelegramChannel } from '../../../bots/telegram/telegram-channel.js';
import { createChartRenderer, resvgRasterizer } from '../../../coach/charts/render-png.js';
import { progressChartRefusalText } from '../../../coach/prompts/charts/progress-chart-words.js';
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

interface Call {
  method: string;
  params: Record<string, unknown>;
}

const PNG_SIGNATURE = '89504e470d0a1a0a';
const MONDAY = '2026-12-07T08:00:00Z';
const TUESDAY = '2026-12-08T18:00:00Z';
const PARAGRAPH =
  'training for my first half on 2027-04-18, can run tue thu sat sun, long run sun, about 25k a week, did a 10k in 55 min last month, intermediate, no injuries';
const ana: Runner = { id: 701, firstName: 'Ana' };

describeEachDatabase('/progress on Telegram, offline', (ctx) => {
  let calls: Call[];
  let channel: TelegramChannel;
  /** One update through the bot, then what it queued sent. */
  const handle = async (update: object) => {
    await channel.bot.handleUpdate(update as never);
    await channel.sender.runOnce();
  };
  let renders: number;
  let now: string;
  const sent = () => calls.filter((c) => c.method === 'sendMessage');
  const texts = () => sent().map((c) => String(c.params.text));
  const photos = () => calls.filter((c) => c.method === 'sendPhoto');
  /** The bytes of a recorded photo (an InputFile made from a Buffer). */
  const bytes = async (call: Call) =>
    Buffer.from((await (call.params.photo as InputFile).toRaw()) as Uint8Array);

  beforeEach(() => {
    calls = [];
    renders = 0;
    now = MONDAY;
    const rasterize = resvgRasterizer();
    const record: Transformer = async (_prev, method, payload) => {
      calls.push({ method, params: payload as Record<string, unknown> });
      const chat = { id: (payload as { chat_id: number }).chat_id, type: 'private' };
      const result = method.startsWith('send') ? { message_id: calls.length, date: 0, chat } : true;
      return { ok: true, result } as never;
    };
    channel = createTelegramChannel({
      transformers: [record],
      token: TEST_BOT_TOKEN,
      coach: coachDeps(ctx.handle, { now: () => new Date(now) }),
      logger: pino({ level: 'silent' }),
      botInfo: TEST_BOT_INFO,
      charts: createChartRenderer({
        rasterize: (svg) => {
          renders++;
          return rasterize(svg);
        },
      }),
    });
  });

  /** /start, "km", the paragraph, then the first button of each question until the plan is ready. */
  async function onboard(runner: Runner): Promise<void> {
    await handle(textUpdate(runner, '/start', now));
    await handle(tapUpdate(runner, '1:units:km', now));
    await handle(textUpdate(runner, PARAGRAPH, now));
    for (let i = 0; i < 6 && !texts().some((t) => /plan is ready/.test(t)); i++) {
      const last = sent()
        .filter((c) => buttons(c.params).length > 0)
        .at(-1);
      expect(last, texts().join('\n')).toBeDefined();
      await handle(tapUpdate(runner, buttons(last!.params)[0]!.data, now));
    }
    expect(texts().join('\n')).toMatch(/plan is ready/);
  }

  it('sends the chart as a PNG photo, renders it once while nothing changes, and anew after a run', async () => {
    await onboard(ana);
    await handle(textUpdate(ana, '/progress', now));
    expect(photos()).toHaveLength(1);
    const [first] = photos();
    expect(first!.params.chat_id).toBe(ana.id);
    const png = await bytes(first!);
    expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 450]);
    expect((first!.params.photo as InputFile).filename).toBe('runloop-progress-2026-12-07.png');
    expect(String(first!.params.caption)).toMatch(/No runs logged in the 12 weeks/);
    expect(renders).toBe(1);

    await handle(textUpdate(ana, '/progress', now));
    expect(photos()).toHaveLength(2);
    expect(renders).toBe(1);
    expect((await bytes(photos()[1]!)).equals(png)).toBe(true);

    now = TUESDAY;
    await handle(textUpdate(ana, 'ran 6k in 35 min', now));
    expect(sent().some((c) => buttons(c.params).some((b) => b.data === '1:rpe:6'))).toBe(true);
    await handle(textUpdate(ana, '/progress', now));
    expect(renders).toBe(2);
    const after = photos().at(-1)!;
    expect((await bytes(after)).equals(png)).toBe(false);
    expect(String(after.params.caption)).toMatch(/1 run, 6(\.0)? km in total/);
  });

  it('a chat that never started gets a friendly line and no runner is created', async () => {
    await handle(textUpdate(ana, '/progress', now));
    expect(photos()).toEqual([]);
    expect(texts()).toEqual([progressChartRefusalText('ATHLETE_NOT_FOUND')]);
    expect(await coachDeps(ctx.handle).repositories.athletes.findByTelegramChat(ana.id)).toBeUndefined();
  });

  it('a runner still setting up their plan is told the chart needs a plan first', async () => {
    await handle(textUpdate(ana, '/start', now));
    await handle(textUpdate(ana, '/progress', now));
    expect(photos()).toEqual([]);
    expect(texts().at(-1)).toBe(progressChartRefusalText('NO_PLAN'));
    expect(renders).toBe(0);
  });
});
