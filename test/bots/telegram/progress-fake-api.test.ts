/**
 * `/progress` end to end against the loopback fake Bot API: grammY uploads the PNG as multipart, and the
 * HTTP route and the bot share one renderer (as server/main.ts wires them), so the picture the API served
 * is not rendered again for Telegram.
 */
import { pino } from 'pino';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTelegramChannel } from '../../../bots/telegram/telegram-channel.js';
import { createChartRenderer, resvgRasterizer } from '../../../coach/charts/render-png.js';
import { startFakeTelegram, type FakeTelegram, type RecordedFile } from '../../fakes/telegram-api.js';
import { buildTestApp, coachDeps, SAMPLE_ONBOARDING_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { TEST_BOT_INFO, TEST_BOT_TOKEN, textUpdate, type Runner } from '../../helpers/telegram.js';
import { onboard } from '../../../coach/onboarding/onboard.js';

const NOW = '2026-12-09T08:00:00Z';
const ana: Runner = { id: 711, firstName: 'Ana' };

describeEachDatabase('/progress through the fake Bot API', (ctx) => {
  let fake: FakeTelegram;
  beforeEach(async () => {
    fake = await startFakeTelegram({ token: TEST_BOT_TOKEN });
  });
  afterEach(() => fake.close());

  it('uploads the PNG the HTTP route already rendered, without rendering it again', async () => {
    let renders = 0;
    const rasterize = resvgRasterizer();
    const charts = createChartRenderer({
      rasterize: (svg) => {
        renders++;
        return rasterize(svg);
      },
    });
    const coach = coachDeps(ctx.handle, { now: () => new Date(NOW) });
    const onboarded = await onboard(
      coach.unitOfWork,
      { name: 'Ana', timezone: 'UTC', units: 'km' },
      SAMPLE_ONBOARDING_PROFILE,
      '2026-12-07',
    );
    if (!onboarded.ok) throw new Error(onboarded.code);
    const id = onboarded.value.athlete.id;
    const linked = await coach.repositories.athletes.update(id, { telegramChatId: ana.id });
    expect(linked?.ok).toBe(true);

    const app = await buildTestApp(ctx.handle, { coach, charts });
    try {
      const res = await app.inject({ method: 'GET', url: `/api/athletes/${id}/progress.png` });
      expect(res.statusCode, res.body).toBe(200);
      expect(renders).toBe(1);

      const channel = createTelegramChannel({
        token: TEST_BOT_TOKEN,
        coach,
        charts,
        logger: pino({ level: 'silent' }),
        botInfo: TEST_BOT_INFO,
        apiRoot: fake.url,
      });
      await channel.receive(textUpdate(ana, '/progress', NOW));
      await channel.drain();
      const [call] = fake.callsOf('sendPhoto');
      expect(call?.params.chat_id).toBe(ana.id);
      const photo = call!.params.photo as RecordedFile;
      expect(photo.filename).toBe('runloop-progress-2026-12-09.png');
      expect(photo.content.equals(res.rawPayload)).toBe(true);
      expect(String(call!.params.caption)).toMatch(/^No runs logged in the 12 weeks/);
      expect(renders).toBe(1);
    } finally {
      await app.close();
    }
  });
});
