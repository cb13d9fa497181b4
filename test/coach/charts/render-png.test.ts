import { describe, expect, it } from 'vitest';
import { chartFontFiles, chartFontOptions } from '../../../coach/charts/chart-fonts.js';
import type { Rasterize } from '../../../coach/charts/render-png.js';
import { createChartRenderer, renderSvg, resvgRasterizer } from '../../../coach/charts/render-png.js';
import { CHART_COLOURS, progressChartSvg } from '../../../coach/prompts/charts/progress-chart.js';
import { emptySeries, sampleSeries } from '../prompts/charts/progress-sample.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the PNG's IHDR chunk (right after the signature). */
function ihdr(png: Buffer): { width: number; height: number } {
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The RGB of the pixel at (x, y) of RGBA `pixels` (read `RenderedImage.pixels` once: it copies). */
function pixel(image: { pixels: Buffer; width: number }, x: number, y: number): number[] {
  const i = (y * image.width + x) * 4;
  return [image.pixels[i]!, image.pixels[i + 1]!, image.pixels[i + 2]!];
}

/** The rendered chart's pixels, read once. */
function rendered(svg: string): { pixels: Buffer; width: number } {
  const image = renderSvg(svg);
  return { pixels: image.pixels, width: image.width };
}

/** A rasterizer that counts its renders. */
function counting(): { rasterize: Rasterize; renders: () => number } {
  const real = resvgRasterizer();
  let n = 0;
  return {
    rasterize: (svg) => {
      n++;
      return real(svg);
    },
    renders: () => n,
  };
}

const chart = { series: sampleSeries(), units: 'km' as const };

describe('the progress chart as PNG', () => {
  it('is a valid 800 × 450 PNG', async () => {
    const png = await resvgRasterizer()(progressChartSvg(chart));
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(ihdr(png)).toEqual({ width: 800, height: 450 });
  });

  it('draws the bars in their colours on a white background', () => {
    const image = rendered(progressChartSvg(chart));
    expect(pixel(image, 5, 5)).toEqual(rgb(CHART_COLOURS.background));
    // The first week (7 Dec): 8 km easy, 12.3 km gray zone, 10 km hard stacked on a 0–50 km axis.
    expect(pixel(image, 88, 360)).toEqual(rgb(CHART_COLOURS.easy));
    expect(pixel(image, 88, 290)).toEqual(rgb(CHART_COLOURS.gray));
    expect(pixel(image, 88, 230)).toEqual(rgb(CHART_COLOURS.hard));
    // The empty weeks over the holidays: no bar.
    expect(pixel(image, 201, 360)).toEqual(rgb(CHART_COLOURS.background));
  });

  it.runIf(chartFontFiles().length > 0)('writes its labels in the loaded font', () => {
    const image = rendered(progressChartSvg({ series: emptySeries(), units: 'km' }));
    let dark = 0;
    // "Your last 12 weeks" at the top left.
    for (let y = 12; y < 34; y++)
      for (let x = 60; x < 280; x++) if (pixel(image, x, y).every((c) => c < 100)) dark++;
    expect(dark).toBeGreaterThan(200);
  });

  it('loads the font files when found, else the system fonts', () => {
    expect(chartFontOptions(['/f/DejaVuSans.ttf'])).toMatchObject({
      loadSystemFonts: false,
      fontFiles: ['/f/DejaVuSans.ttf'],
    });
    expect(chartFontOptions([])).toMatchObject({ loadSystemFonts: true });
    expect(chartFontFiles(() => false)).toEqual([]);
  });
});

describe('createChartRenderer', () => {
  it('renders the same chart once and returns the same bytes', async () => {
    const c = counting();
    const charts = createChartRenderer({ rasterize: c.rasterize });
    const first = await charts.progressPng('a', chart);
    const second = await charts.progressPng('a', { series: sampleSeries(), units: 'km' });
    expect(c.renders()).toBe(1);
    expect(second).toBe(first);
  });

  it('renders again when the facts change (a new run, another unit)', async () => {
    const c = counting();
    const charts = createChartRenderer({ rasterize: c.rasterize });
    const before = await charts.progressPng('a', chart);
    const weeks = chart.series.weeks.map((w, i) => (i === 11 ? { ...w, easyKm: w.easyKm + 5 } : w));
    const after = await charts.progressPng('a', { ...chart, series: { ...chart.series, weeks } });
    await charts.progressPng('a', { ...chart, units: 'mi' });
    expect(c.renders()).toBe(3);
    expect(after.equals(before)).toBe(false);
  });

  it('keeps one chart per runner, for at most `capacity` runners', async () => {
    const c = counting();
    const charts = createChartRenderer({ rasterize: c.rasterize, capacity: 2 });
    await charts.progressPng('a', chart);
    await charts.progressPng('b', chart);
    await charts.progressPng('a', chart); // a is now the most recent
    await charts.progressPng('c', chart); // evicts b
    expect(c.renders()).toBe(3);
    await charts.progressPng('a', chart);
    expect(c.renders()).toBe(3);
    await charts.progressPng('b', chart);
    expect(c.renders()).toBe(4);
  });

  it('does not keep a failed render', async () => {
    let n = 0;
    const charts = createChartRenderer({
      rasterize: async () => {
        n++;
        if (n === 1) throw new Error('boom');
        return Buffer.from('png');
      },
    });
    await expect(charts.progressPng('a', chart)).rejects.toThrow('boom');
    expect((await charts.progressPng('a', chart)).toString()).toBe('png');
  });
});
