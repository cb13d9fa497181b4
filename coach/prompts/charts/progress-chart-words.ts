/**
 * The words of the progress chart: title, the date range, legend, axis units, the "no runs yet" note and
 * the accessible `<desc>` that says in one paragraph what the picture shows. Dates as in every other
 * message (`formatDate`), distances in the runner's unit (`formatDistance`).
 */
import type { ProgressSeries } from '../../rules/progress/weekly-volume-series.js';
import { formatDate, formatDistance, oneDecimal } from '../format.js';
import type { Units } from '../persona.js';

export const CHART_WORDS = {
  title: 'Your last 12 weeks',
  easy: 'Easy',
  gray: 'Gray zone',
  hard: 'Hard',
  planned: 'Planned',
  vdot: 'VDOT',
  noRuns: 'No runs yet',
  noRunsHint: 'Log a run and your weeks fill in here.',
} as const;

/** A week's label under its bar: day and month of its Monday ('7 Dec'). */
export function weekLabel(monday: string): string {
  return formatDate(monday).replace(/^\S+ /, '');
}

/** The line under the title: the days shown and what is drawn ('Mon 7 Dec – Wed 24 Feb · km per week'). */
export function chartSubtitle(series: ProgressSeries, units: Units): string {
  return `${formatDate(series.from)} – ${formatDate(series.to)} · ${units} per week`;
}

/** The accessible description: totals by class, the plan, the VDOT trend. */
export function chartDescription(series: ProgressSeries, units: Units): string {
  const sum = (f: (w: ProgressSeries['weeks'][number]) => number) =>
    series.weeks.reduce((s, w) => s + f(w), 0);
  const range = `the 12 weeks from ${formatDate(series.from)} to ${formatDate(series.to)}`;
  const parts: string[] = [];
  const total = sum((w) => w.totalKm);
  if (total === 0) parts.push(`No runs logged in ${range}.`);
  else {
    const runs = sum((w) => w.runs);
    parts.push(
      `Weekly distance for ${range}: ${runs} ${runs === 1 ? 'run' : 'runs'}, ${formatDistance(total, units)} in total — ` +
        `${formatDistance(
          sum((w) => w.easyKm),
          units,
        )} easy, ${formatDistance(
          sum((w) => w.grayKm),
          units,
        )} in the gray zone, ` +
        `${formatDistance(
          sum((w) => w.hardKm),
          units,
        )} hard.`,
    );
  }
  const planned = series.weeks.filter((w) => w.plannedKm !== undefined);
  if (planned.length > 0)
    parts.push(
      `The plan had ${formatDistance(
        sum((w) => w.plannedKm ?? 0),
        units,
      )} in those weeks.`,
    );
  const first = series.vdot[0];
  const last = series.vdot.at(-1);
  if (first !== undefined && last !== undefined)
    parts.push(
      first.vdot === last.vdot
        ? `VDOT ${oneDecimal(last.vdot)}.`
        : `VDOT from ${oneDecimal(first.vdot)} to ${oneDecimal(last.vdot)}.`,
    );
  return parts.join(' ');
}

/** Why there is no chart to show: the progress use case's codes (a chat that never started is `ATHLETE_NOT_FOUND`). */
export type ProgressChartRefusalCode = 'ATHLETE_NOT_FOUND' | 'NO_PLAN';

/**
 * The friendly line instead of the chart (Telegram's `/progress`).
 *
 * @example progressChartRefusalText('NO_PLAN') // 'Your progress chart needs a plan first: …'
 */
export function progressChartRefusalText(code: ProgressChartRefusalCode): string {
  switch (code) {
    case 'ATHLETE_NOT_FOUND':
      return 'I don’t know you yet: say hi to set up your plan, and your weeks will show here as you log runs.';
    case 'NO_PLAN':
      return 'Your progress chart needs a plan first: let’s finish setting it up, and your weeks will show here as you log runs.';
  }
}
