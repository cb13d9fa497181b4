/**
 * `/progress`: the runner's progress chart (issue 12 §6: weekly volume split easy / gray zone / hard, the
 * planned km, VDOT over the last 12 weeks) as a PNG photo, its accessible description as the caption. The
 * renderer is the process's one `ChartRenderer`, so asking again with nothing changed renders nothing. A
 * chat that never started, or a runner without a plan yet, gets a line worded in coach/prompts.
 */
import { Composer, InputFile } from 'grammy';
import { createChartRenderer } from '../../../coach/charts/render-png.js';
import {
  chartDescription,
  progressChartRefusalText,
} from '../../../coach/prompts/charts/progress-chart-words.js';
import { progressChartPng } from '../../../coach/use-cases/progress-chart.js';
import type { BotContext } from '../context.js';
import { runnerOf } from '../converse.js';
import type { BotDeps } from '../deps.js';

/** Telegram's limit on a photo caption, characters. */
const CAPTION_MAX_CHARS = 1024;

export function progressFeature(deps: BotDeps): Composer<BotContext> {
  const charts = deps.charts ?? createChartRenderer();
  const composer = new Composer<BotContext>();
  composer.command('progress', async (ctx) => {
    const runner = await runnerOf(deps, ctx);
    if (!runner) return void (await ctx.reply(progressChartRefusalText('ATHLETE_NOT_FOUND')));
    const result = await progressChartPng({ ...deps.coach, charts }, runner.id);
    if (!result.ok) {
      ctx.log.info({ code: result.code }, 'no progress chart');
      return void (await ctx.reply(progressChartRefusalText(result.code)));
    }
    const { png, today, chart } = result.value;
    ctx.log.info({ bytes: png.length }, 'progress chart sent');
    await ctx.replyWithPhoto(new InputFile(png, `runloop-progress-${today}.png`), {
      caption: chartDescription(chart.series, chart.units).slice(0, CAPTION_MAX_CHARS),
    });
  });
  return composer;
}
