/**
 * Charts as PNG (issue 12 §6): the SVG of `coach/prompts/charts` rasterised by resvg (no browser), 800 px
 * wide, and kept in a small in-memory LRU so asking again for the same picture renders nothing.
 *
 * The cache key is the runner's id plus a SHA-256 of everything the picture is drawn from (the chart's
 * series and unit, in canonical JSON). The series is computed from the active plan version, the runs of
 * the 12 weeks and their assessments, the VDOT history, today and the runner's unit, so a new run, a new
 * plan version, an adapted session, a new VDOT, another day or another unit gives another key and a
 * stale picture is never served; the same facts give the same bytes. One entry per runner (a new picture
 * replaces the runner's old one), at most `capacity` runners, least recently used out first.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as ResvgModule from '@resvg/resvg-js';
import type { RenderedImage } from '@resvg/resvg-js';
import { canonicalJson } from '../canonical-json.js';
import type { ProgressChart } from '../prompts/charts/progress-chart.js';
import { CHART_WIDTH_PX, progressChartSvg } from '../prompts/charts/progress-chart.js';
import { chartFontFiles, chartFontOptions } from './chart-fonts.js';

let loaded: typeof ResvgModule | undefined;
/**
 * resvg (a native addon), loaded on the first chart rather than at import: a process that draws none
 * never maps it (about 6 MB of resident memory).
 */
function resvg(): typeof ResvgModule {
  loaded ??= createRequire(import.meta.url)('@resvg/resvg-js') as typeof ResvgModule;
  return loaded;
}

/** SVG text → PNG bytes. */
export type Rasterize = (svg: string) => Promise<Buffer>;

/** Runners whose latest chart is kept. Small: a chart is ~40 kB. */
export const CHART_CACHE_CAPACITY = 32;

export interface RasterOptions {
  /** Output width, px (the height follows the SVG's aspect ratio). */
  readonly widthPx?: number;
  /** Font files to load; default: DejaVu Sans where the machine has it (`chart-fonts.ts`). */
  readonly fontFiles?: readonly string[];
}

function resvgOptions(options: RasterOptions) {
  return {
    fitTo: { mode: 'width' as const, value: options.widthPx ?? CHART_WIDTH_PX },
    font: chartFontOptions(options.fontFiles ?? chartFontFiles()),
    logLevel: 'off' as const,
  };
}

/** The SVG rendered synchronously, pixels and all (what the tests look into). */
export function renderSvg(svg: string, options: RasterOptions = {}): RenderedImage {
  return new (resvg().Resvg)(svg, resvgOptions(options)).render();
}

/** resvg off the event loop (`renderAsync`), as PNG bytes. */
export function resvgRasterizer(options: RasterOptions = {}): Rasterize {
  const resolved = resvgOptions(options);
  return async (svg) => (await resvg().renderAsync(svg, resolved)).asPng();
}

export interface ChartRenderer {
  /** The runner's progress chart as PNG bytes; the same chart twice renders once. */
  progressPng(athleteId: string, chart: ProgressChart): Promise<Buffer>;
}

export interface ChartRendererDeps {
  /** Default: `resvgRasterizer()`. Tests wrap it to count renders. */
  readonly rasterize?: Rasterize;
  /** Default `CHART_CACHE_CAPACITY`. */
  readonly capacity?: number;
}

/**
 * A chart renderer with its own cache (one per process; the HTTP route and the Telegram bot share it).
 *
 * @example
 * const charts = createChartRenderer();
 * const png = await charts.progressPng(athlete.id, { series, units: 'km' });
 */
export function createChartRenderer(deps: ChartRendererDeps = {}): ChartRenderer {
  const rasterize = deps.rasterize ?? resvgRasterizer();
  const capacity = Math.max(1, deps.capacity ?? CHART_CACHE_CAPACITY);
  const cache = new Map<string, { readonly key: string; readonly png: Promise<Buffer> }>();
  return {
    progressPng(athleteId, chart) {
      const key = createHash('sha256').update(canonicalJson(chart)).digest('hex');
      const hit = cache.get(athleteId);
      cache.delete(athleteId);
      if (hit !== undefined && hit.key === key) {
        cache.set(athleteId, hit);
        return hit.png;
      }
      const png = rasterize(progressChartSvg(chart));
      const entry = { key, png };
      cache.set(athleteId, entry);
      // A failed render is not kept: the next request tries again.
      png.catch(() => {
        if (cache.get(athleteId) === entry) cache.delete(athleteId);
      });
      while (cache.size > capacity) cache.delete(cache.keys().next().value!);
      return png;
    },
  };
}
