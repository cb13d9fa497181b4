/** A fixed 12-week history for the chart tests: gaps, gray-zone and hard weeks, a plan, two VDOT changes. */
import type { ChartRun } from '../../../../coach/rules/progress/weekly-volume-series.js';
import { weeklyVolumeSeries } from '../../../../coach/rules/progress/weekly-volume-series.js';

const run = (date: string, km: number, intent: 'easy' | 'quality' | 'race', gray = false): ChartRun => ({
  activity: { date, km },
  assessment: { intent, flags: gray ? ['gray-zone'] : [] },
});

export const SAMPLE_TODAY = '2027-02-24';

export const SAMPLE_RUNS: ChartRun[] = [
  run('2026-12-08', 8, 'easy'),
  run('2026-12-10', 10, 'quality'),
  run('2026-12-13', 12.3, 'easy', true),
  run('2026-12-15', 6, 'easy'),
  run('2026-12-17', 9, 'quality'),
  run('2026-12-20', 14, 'easy'),
  // two weeks off over the holidays
  run('2027-01-05', 7, 'easy'),
  run('2027-01-10', 15, 'easy'),
  run('2027-01-12', 8, 'easy', true),
  run('2027-01-14', 10, 'quality'),
  run('2027-01-17', 16, 'easy'),
  run('2027-02-09', 8, 'easy'),
  run('2027-02-14', 18, 'easy'),
  run('2027-02-16', 11, 'quality'),
  run('2027-02-21', 10, 'race'),
  run('2027-02-23', 8, 'easy'),
];

const weekOf = (monday: string, km: number) => ({ sessions: [{ date: monday, km }] });

export const SAMPLE_PLAN = {
  weeks: [
    weekOf('2026-12-07', 30),
    weekOf('2026-12-14', 32),
    weekOf('2026-12-21', 34),
    weekOf('2026-12-28', 28),
    weekOf('2027-01-04', 36),
    weekOf('2027-01-11', 38),
    weekOf('2027-01-18', 40),
    weekOf('2027-01-25', 32),
    weekOf('2027-02-01', 40),
    weekOf('2027-02-08', 42),
    weekOf('2027-02-15', 30),
    weekOf('2027-02-22', 36),
  ],
};

export const SAMPLE_FITNESS = [
  { date: '2026-12-01', vdot: 39.6 },
  { date: '2027-01-14', vdot: 40.4 },
  { date: '2027-02-21', vdot: 41.8 },
];

export const sampleSeries = () =>
  weeklyVolumeSeries({ today: SAMPLE_TODAY, runs: SAMPLE_RUNS, plan: SAMPLE_PLAN, fitness: SAMPLE_FITNESS });

export const emptySeries = () => weeklyVolumeSeries({ today: SAMPLE_TODAY, runs: [], fitness: [] });
