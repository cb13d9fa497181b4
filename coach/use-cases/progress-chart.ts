/**
 * The progress chart as PNG (issue 12 §6), for `GET /api/athletes/:id/progress.png` and Telegram's
 * `/progress`: the last 12 weeks of runs (each as it was assessed when logged, else assessed now against
 * the active plan), the active plan's weekly km and the VDOT history, drawn in the runner's unit on their
 * local "today". Reads only; the renderer's cache makes asking again cheap. Codes: `ATHLETE_NOT_FOUND`,
 * `NO_PLAN`.
 */
import type { ChartRenderer } from '../charts/render-png.js';
import { toRulesActivity } from '../history.js';
import { localNow } from '../local-date.js';
import type { ProgressChart } from '../prompts/charts/progress-chart.js';
import type { Clock } from '../ports/clock.js';
import type { Repositories } from '../ports/repositories.js';
import { assessHistory } from '../rules/assess/assess-history.js';
import type { ChartRun } from '../rules/progress/weekly-volume-series.js';
import { progressWindow, weeklyVolumeSeries } from '../rules/progress/weekly-volume-series.js';
import { refusal, ok, type Result } from '../rules/result.js';

export interface ProgressChartDeps {
  readonly repositories: Repositories;
  readonly clock: Clock;
  /** One per process, so its cache is shared by every channel. */
  readonly charts: ChartRenderer;
}

export type ProgressChartCode = 'ATHLETE_NOT_FOUND' | 'NO_PLAN';

/** The PNG bytes, the runner's date it was drawn for, and what it draws (for a caption or alt text). */
export interface ProgressChartPng {
  readonly png: Buffer;
  readonly today: string;
  readonly chart: ProgressChart;
}

export async function progressChartPng(
  deps: ProgressChartDeps,
  athleteId: string,
): Promise<Result<ProgressChartPng, ProgressChartCode>> {
  const repos = deps.repositories;
  const athlete = await repos.athletes.findById(athleteId);
  if (!athlete) return refusal('ATHLETE_NOT_FOUND');
  const plan = await repos.plans.active(athlete.id);
  if (!plan) return refusal('NO_PLAN');
  const today = localNow(deps.clock.now(), athlete.timezone).date;
  const [stored, fitness] = await Promise.all([
    repos.activities.list(athlete.id, progressWindow(today)),
    repos.fitness.history(athlete.id),
  ]);
  const activities = stored.flatMap((a) => {
    const rules = toRulesActivity(a);
    return rules === undefined ? [] : [{ stored: a, rules }];
  });
  const assessedNow = new Map(
    assessHistory(
      plan.plan,
      activities.map((a) => a.rules),
    ).map((r) => [r.activity.id, r.assessment]),
  );
  const runs: ChartRun[] = activities.flatMap(({ stored: a, rules }) => {
    const assessment = a.assessment ?? assessedNow.get(a.id);
    return assessment === undefined ? [] : [{ activity: rules, assessment }];
  });
  const series = weeklyVolumeSeries({
    today,
    runs,
    plan: plan.plan,
    fitness: fitness.map((f) => ({ date: f.date, vdot: f.vdot })),
  });
  const chart: ProgressChart = { series, units: athlete.units };
  const png = await deps.charts.progressPng(athlete.id, chart);
  return ok({ png, today, chart });
}
