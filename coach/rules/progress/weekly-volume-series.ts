/**
 * The numbers of the progress chart (issue 12 §6): the last 12 ISO weeks (Monday → Sunday) ending with the
 * week that holds `today`, each with the km run easy, in the gray zone and hard — the classes the 80/20
 * split of `this week` counts (`../assess/distribution.ts`: what a run was run as, not what was planned) —
 * the km the plan had for that week, and the VDOT history over the same days. Pure: `today`, the runs, the
 * plan and the fitness history are arguments. Units: km, VDOT points (Daniels), ISO dates.
 */
import { addDays, mondayOfWeek } from '../calendar/index.js';
import type { AssessedRun } from '../assess/assess-history.js';
import { runClass } from '../assess/distribution.js';
import type { Session } from '../plan/types.js';

/** Weeks the chart shows, the current one included. Source: issue 12 §6 ("last 12 weeks"). */
export const PROGRESS_WEEKS = 12;

/** A run as the chart reads it: its day and km, and its assessment (what it was run as). */
export interface ChartRun {
  readonly activity: Pick<AssessedRun['activity'], 'date' | 'km'>;
  readonly assessment: Pick<AssessedRun['assessment'], 'intent' | 'flags'>;
}

/** One ISO week of the chart. Every km is rounded to 0.1 km; a week with no run has 0 everywhere. */
export interface VolumeWeek {
  /** The Monday that starts the week, ISO `YYYY-MM-DD`. */
  readonly start: string;
  /** km of runs inside E (easy, long and recovery runs run easy). */
  readonly easyKm: number;
  /** km of easy days run in the gray zone (faster than E, or above the easy HR ceiling). */
  readonly grayKm: number;
  /** km of quality sessions, races and easy days run at marathon pace or faster. */
  readonly hardKm: number;
  /** easy + gray + hard, km (summed before rounding). */
  readonly totalKm: number;
  /** Runs logged in the week. */
  readonly runs: number;
  /** km the plan had for the week (its sessions dated in it); absent for a week the plan does not cover. */
  readonly plannedKm?: number;
}

/** One VDOT value on one day (the last snapshot of that day), rounded to 0.1. */
export interface VdotPoint {
  readonly date: string;
  readonly vdot: number;
}

/** The chart's numbers: `weeks` oldest first (always `PROGRESS_WEEKS` of them), `vdot` by date. */
export interface ProgressSeries {
  /** First day shown (a Monday) and `today`, ISO dates. */
  readonly from: string;
  readonly to: string;
  readonly weeks: readonly VolumeWeek[];
  /**
   * VDOT points dated in `[from, to]`; the latest snapshot before `from`, when there is one, is carried to
   * `from` (the value the runner started the window with), so the line spans the chart.
   */
  readonly vdot: readonly VdotPoint[];
}

/** What the series is computed from. */
export interface ProgressSeriesInput {
  /** The runner's local date, ISO `YYYY-MM-DD`. */
  readonly today: string;
  /** Runs with their assessments (any order; runs outside the window are ignored). */
  readonly runs: readonly ChartRun[];
  /** The active plan's weeks, when there is one (planned km per week). */
  readonly plan?: {
    readonly weeks: readonly { readonly sessions: readonly Pick<Session, 'date' | 'km'>[] }[];
  };
  /** Fitness snapshots (any order). */
  readonly fitness: readonly VdotPoint[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function plannedByWeek(plan: ProgressSeriesInput['plan'], from: string, to: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const week of plan?.weeks ?? [])
    for (const s of week.sessions) {
      if (s.date < from || s.date > to) continue;
      const monday = mondayOfWeek(s.date);
      out.set(monday, (out.get(monday) ?? 0) + s.km);
    }
  return out;
}

function vdotPoints(fitness: readonly VdotPoint[], from: string, to: string): VdotPoint[] {
  const sorted = [...fitness].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const byDay = new Map<string, number>();
  let before: number | undefined;
  for (const p of sorted) {
    if (p.date < from) before = p.vdot;
    else if (p.date <= to) byDay.set(p.date, p.vdot);
  }
  if (before !== undefined && !byDay.has(from)) byDay.set(from, before);
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, vdot]) => ({ date, vdot: round1(vdot) }));
}

/**
 * The days the chart covers: from the Monday 11 weeks before the week of `today`, to `today`.
 *
 * @example
 * progressWindow('2027-02-24'); // { from: '2026-12-07', to: '2027-02-24' }
 */
export function progressWindow(today: string): { readonly from: string; readonly to: string } {
  return { from: addDays(mondayOfWeek(today), -7 * (PROGRESS_WEEKS - 1)), to: today };
}

/**
 * The progress chart's numbers for the 12 weeks ending with the week of `today`.
 *
 * @example
 * const s = weeklyVolumeSeries({ today: '2027-02-24', runs, plan, fitness });
 * s.from; // '2026-12-07' (the Monday 11 weeks before the week of today)
 * s.weeks.at(-1); // { start: '2027-02-22', easyKm: 8, grayKm: 0, hardKm: 10, totalKm: 18, runs: 2, plannedKm: 28 }
 */
export function weeklyVolumeSeries(input: ProgressSeriesInput): ProgressSeries {
  const { today } = input;
  const { from } = progressWindow(today);
  const lastDay = addDays(mondayOfWeek(today), 6);
  const planned = plannedByWeek(input.plan, from, lastDay);
  const sums = new Map<string, { easy: number; gray: number; hard: number; runs: number }>();
  for (const r of input.runs) {
    if (r.activity.date < from || r.activity.date > today) continue;
    const monday = mondayOfWeek(r.activity.date);
    const sum = sums.get(monday) ?? { easy: 0, gray: 0, hard: 0, runs: 0 };
    const cls = runClass(r.assessment);
    const km = Math.max(0, r.activity.km);
    if (cls === 'easy') sum.easy += km;
    else if (cls === 'moderate') sum.gray += km;
    else sum.hard += km;
    sum.runs++;
    sums.set(monday, sum);
  }
  const weeks: VolumeWeek[] = [];
  for (let i = 0; i < PROGRESS_WEEKS; i++) {
    const start = addDays(from, 7 * i);
    const s = sums.get(start) ?? { easy: 0, gray: 0, hard: 0, runs: 0 };
    const plannedKm = planned.get(start);
    weeks.push({
      start,
      easyKm: round1(s.easy),
      grayKm: round1(s.gray),
      hardKm: round1(s.hard),
      totalKm: round1(s.easy + s.gray + s.hard),
      runs: s.runs,
      ...(plannedKm !== undefined ? { plannedKm: round1(plannedKm) } : {}),
    });
  }
  return { from, to: today, weeks, vdot: vdotPoints(input.fitness, from, today) };
}
