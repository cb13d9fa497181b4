/**
 * The progress chart as SVG text (issue 12 §6): per ISO week a stacked bar of easy, gray-zone and hard
 * distance, the planned distance as a dashed outline, and VDOT as a step line (a value holds until the
 * next one) on its own axis at the right, in the runner's unit. Pure string building: the same series
 * always gives the same bytes, so the SVG is snapshot-tested and a cache can key on it. Text uses
 * `CHART_FONT_FAMILY`, which the renderer loads.
 */
import { daysBetween } from '../../rules/calendar/index.js';
import type { ProgressSeries, VolumeWeek } from '../../rules/progress/weekly-volume-series.js';
import { KM_PER_MILE, oneDecimal } from '../format.js';
import type { Units } from '../persona.js';
import type { Axis } from './chart-scale.js';
import { escapeXml, paddedAxis, px, scaleY, ticks, zeroBasedAxis } from './chart-scale.js';
import { CHART_WORDS, chartDescription, chartSubtitle, weekLabel } from './progress-chart-words.js';

/** What the chart draws: the series (km) and the unit to draw it in. */
export interface ProgressChart {
  readonly series: ProgressSeries;
  readonly units: Units;
}

/** The chart's size in CSS pixels (the PNG is rendered at this width). */
export const CHART_WIDTH_PX = 800;
export const CHART_HEIGHT_PX = 450;
/** The font every label asks for; the renderer loads DejaVu Sans (see coach/charts/chart-fonts.ts). */
export const CHART_FONT_FAMILY = 'DejaVu Sans';

/** Fill colours, also what the PNG test looks for. */
export const CHART_COLOURS = {
  easy: '#3a9d5d',
  gray: '#d9a21b',
  hard: '#d1495b',
  planned: '#4a4a4a',
  vdot: '#2b59c3',
  grid: '#e3e3e3',
  text: '#222222',
  background: '#ffffff',
} as const;

const LEFT = 60;
const RIGHT = CHART_WIDTH_PX - 60;
const TOP = 76;
const BOTTOM = CHART_HEIGHT_PX - 70;
const WEEK_DAYS = 7;

const toUnit = (km: number, units: Units) => (units === 'km' ? km : km / KM_PER_MILE);

function text(x: number, y: number, body: string, attrs = ''): string {
  return `<text x="${px(x)}" y="${px(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(body)}</text>`;
}

function rect(x: number, y: number, w: number, h: number, attrs: string): string {
  return `<rect x="${px(x)}" y="${px(y)}" width="${px(w)}" height="${px(h)}" ${attrs}/>`;
}

function volumeAxis(weeks: readonly VolumeWeek[], units: Units): Axis {
  const max = Math.max(0, ...weeks.map((w) => Math.max(w.totalKm, w.plannedKm ?? 0)));
  return zeroBasedAxis(toUnit(max, units), 5, units === 'km' ? 10 : 5);
}

function grid(axis: Axis, units: Units): string[] {
  return ticks(axis)
    .flatMap((t) => {
      const y = scaleY(axis, t, BOTTOM, TOP);
      return [
        `<line x1="${LEFT}" y1="${px(y)}" x2="${RIGHT}" y2="${px(y)}" stroke="${CHART_COLOURS.grid}"/>`,
        text(LEFT - 8, y + 4, oneDecimal(t), 'text-anchor="end"'),
      ];
    })
    .concat(text(LEFT - 8, TOP - 12, units, 'text-anchor="end"'));
}

function bars(chart: ProgressChart, axis: Axis): string[] {
  const slot = (RIGHT - LEFT) / chart.series.weeks.length;
  const width = slot * 0.6;
  const out: string[] = [];
  chart.series.weeks.forEach((w, i) => {
    const x = LEFT + i * slot + (slot - width) / 2;
    let base = 0;
    for (const part of ['easy', 'gray', 'hard'] as const) {
      const value = toUnit(w[`${part}Km`], chart.units);
      if (value <= 0) continue;
      const y0 = scaleY(axis, base, BOTTOM, TOP);
      const y1 = scaleY(axis, base + value, BOTTOM, TOP);
      out.push(rect(x, y1, width, y0 - y1, `fill="${CHART_COLOURS[part]}"`));
      base += value;
    }
    if (w.plannedKm !== undefined && w.plannedKm > 0) {
      const y = scaleY(axis, toUnit(w.plannedKm, chart.units), BOTTOM, TOP);
      const attrs = `fill="none" stroke="${CHART_COLOURS.planned}" stroke-width="1.5" stroke-dasharray="4 3"`;
      out.push(rect(x - 3, y, width + 6, BOTTOM - y, attrs));
    }
    out.push(text(x + width / 2, BOTTOM + 18, weekLabel(w.start), 'text-anchor="middle" font-size="11"'));
  });
  return out;
}

function vdotLine(series: ProgressSeries): string[] {
  if (series.vdot.length === 0) return [];
  const values = series.vdot.map((p) => p.vdot);
  const axis = paddedAxis(Math.min(...values), Math.max(...values), 1, 4);
  const span = series.weeks.length * WEEK_DAYS;
  const xOf = (date: string) => LEFT + ((daysBetween(series.from, date) + 0.5) / span) * (RIGHT - LEFT);
  const points = series.vdot.map((p) => ({ x: xOf(p.date), y: scaleY(axis, p.vdot, BOTTOM, TOP) }));
  const last = points.at(-1)!;
  // A VDOT holds until the next one replaces it, and the last one until today: a step line.
  const end = { x: xOf(series.to), y: last.y };
  const steps = points.flatMap((p, i) => (i === 0 ? [p] : [{ x: p.x, y: points[i - 1]!.y }, p]));
  const path = [...steps, end].map((p) => `${px(p.x)},${px(p.y)}`).join(' ');
  const colour = CHART_COLOURS.vdot;
  return [
    ...ticks(axis).map((t) =>
      text(RIGHT + 8, scaleY(axis, t, BOTTOM, TOP) + 4, oneDecimal(t), `fill="${colour}"`),
    ),
    text(RIGHT + 8, TOP - 12, CHART_WORDS.vdot, `fill="${colour}"`),
    `<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2.5"/>`,
    ...points.map((p) => `<circle cx="${px(p.x)}" cy="${px(p.y)}" r="3.5" fill="${colour}"/>`),
    text(
      Math.min(last.x, end.x) - 6,
      end.y - 6,
      oneDecimal(series.vdot.at(-1)!.vdot),
      `text-anchor="end" fill="${colour}" font-weight="bold"`,
    ),
  ];
}

function legend(): string[] {
  const y = CHART_HEIGHT_PX - 24;
  const items: [string, string][] = [
    [CHART_WORDS.easy, `fill="${CHART_COLOURS.easy}"`],
    [CHART_WORDS.gray, `fill="${CHART_COLOURS.gray}"`],
    [CHART_WORDS.hard, `fill="${CHART_COLOURS.hard}"`],
    [CHART_WORDS.planned, `fill="none" stroke="${CHART_COLOURS.planned}" stroke-dasharray="4 3"`],
  ];
  const out: string[] = [];
  let x = LEFT;
  for (const [label, attrs] of items) {
    out.push(rect(x, y - 10, 14, 12, attrs), text(x + 20, y, label));
    x += 40 + label.length * 7;
  }
  out.push(
    `<line x1="${px(x)}" y1="${px(y - 4)}" x2="${px(x + 14)}" y2="${px(y - 4)}" stroke="${CHART_COLOURS.vdot}" stroke-width="2.5"/>`,
    text(x + 20, y, CHART_WORDS.vdot),
  );
  return out;
}

function emptyNote(): string[] {
  const cx = (LEFT + RIGHT) / 2;
  const cy = (TOP + BOTTOM) / 2;
  return [
    text(cx, cy - 6, CHART_WORDS.noRuns, 'text-anchor="middle" font-size="22" font-weight="bold"'),
    text(cx, cy + 18, CHART_WORDS.noRunsHint, 'text-anchor="middle" font-size="13"'),
  ];
}

/**
 * The progress chart of `chart.series` in `chart.units`, as a standalone SVG document.
 *
 * @example
 * progressChartSvg({ series, units: 'km' }).startsWith('<svg xmlns="http://www.w3.org/2000/svg"'); // true
 */
export function progressChartSvg(chart: ProgressChart): string {
  const { series, units } = chart;
  const axis = volumeAxis(series.weeks, units);
  const noRuns = series.weeks.every((w) => w.totalKm === 0);
  const body = [
    rect(0, 0, CHART_WIDTH_PX, CHART_HEIGHT_PX, `fill="${CHART_COLOURS.background}"`),
    text(LEFT, 30, CHART_WORDS.title, 'font-size="20" font-weight="bold"'),
    text(LEFT, 52, chartSubtitle(series, units), 'font-size="13"'),
    ...grid(axis, units),
    ...bars(chart, axis),
    `<line x1="${LEFT}" y1="${BOTTOM}" x2="${RIGHT}" y2="${BOTTOM}" stroke="${CHART_COLOURS.text}"/>`,
    ...vdotLine(series),
    ...(noRuns ? emptyNote() : []),
    ...legend(),
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH_PX}" height="${CHART_HEIGHT_PX}" ` +
      `viewBox="0 0 ${CHART_WIDTH_PX} ${CHART_HEIGHT_PX}" role="img" aria-labelledby="chart-title chart-desc">`,
    `<title id="chart-title">${escapeXml(CHART_WORDS.title)}</title>`,
    `<desc id="chart-desc">${escapeXml(chartDescription(series, units))}</desc>`,
    `<g font-family="${CHART_FONT_FAMILY}, sans-serif" font-size="12" fill="${CHART_COLOURS.text}">`,
    ...body.map((line) => `  ${line}`),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
