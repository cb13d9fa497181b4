import { describe, expect, it } from 'vitest';
import type { ChartRun } from '../../../../coach/rules/progress/weekly-volume-series.js';
import {
  PROGRESS_WEEKS,
  progressWindow,
  weeklyVolumeSeries,
} from '../../../../coach/rules/progress/weekly-volume-series.js';

const run = (
  date: string,
  km: number,
  intent: 'easy' | 'quality' | 'race',
  flags: string[] = [],
): ChartRun => ({
  activity: { date, km },
  assessment: { intent, flags: flags as ChartRun['assessment']['flags'] },
});

const RUNS = [
  run('2026-12-06', 10, 'easy'), // the Sunday before the window
  run('2026-12-08', 8, 'easy'),
  run('2026-12-10', 10, 'quality'),
  run('2026-12-13', 12.34, 'easy', ['gray-zone']),
  run('2026-12-15', 6, 'easy', ['easy-at-quality-pace']),
  run('2027-02-23', 8, 'easy'),
  run('2027-02-24', 10, 'race'),
  run('2027-02-25', 5, 'easy'), // after today
];

const session = (date: string, km: number) => ({ date, km });
const PLAN = {
  weeks: [
    { sessions: [session('2026-12-08', 8), session('2026-12-10', 10.5), session('2026-12-13', 12)] },
    {
      sessions: [
        session('2027-02-23', 8),
        session('2027-02-25', 10),
        session('2027-02-28', 10),
        session('2027-03-02', 9),
      ],
    },
  ],
};

const FITNESS = [
  { date: '2026-11-01', vdot: 45.04 },
  { date: '2026-12-20', vdot: 46.36 },
  { date: '2026-12-20', vdot: 46.5 },
  { date: '2027-03-01', vdot: 47 },
];

describe('weeklyVolumeSeries', () => {
  const s = weeklyVolumeSeries({ today: '2027-02-24', runs: RUNS, plan: PLAN, fitness: FITNESS });

  it('covers the 12 ISO weeks ending with the week of today', () => {
    expect(PROGRESS_WEEKS).toBe(12);
    expect(s.from).toBe('2026-12-07');
    expect(progressWindow('2027-02-24')).toEqual({ from: '2026-12-07', to: '2027-02-24' });
    // On a Monday the window starts 11 weeks back, the current week one day long.
    expect(progressWindow('2027-02-22')).toEqual({ from: '2026-12-07', to: '2027-02-22' });
    expect(s.to).toBe('2027-02-24');
    expect(s.weeks.map((w) => w.start)).toEqual([
      '2026-12-07',
      '2026-12-14',
      '2026-12-21',
      '2026-12-28',
      '2027-01-04',
      '2027-01-11',
      '2027-01-18',
      '2027-01-25',
      '2027-02-01',
      '2027-02-08',
      '2027-02-15',
      '2027-02-22',
    ]);
  });

  it('splits each week into easy, gray-zone and hard km, with the planned km', () => {
    expect(s.weeks[0]).toEqual({
      start: '2026-12-07',
      easyKm: 8,
      grayKm: 12.3,
      hardKm: 10,
      totalKm: 30.3,
      runs: 3,
      plannedKm: 30.5,
    });
    // An easy day at marathon pace counts as hard; no plan session that week: no planned km.
    expect(s.weeks[1]).toEqual({ start: '2026-12-14', easyKm: 0, grayKm: 0, hardKm: 6, totalKm: 6, runs: 1 });
    // The current week: runs up to today only, the whole week's plan.
    expect(s.weeks[11]).toEqual({
      start: '2027-02-22',
      easyKm: 8,
      grayKm: 0,
      hardKm: 10,
      totalKm: 18,
      runs: 2,
      plannedKm: 28,
    });
  });

  it('leaves the weeks without runs at zero', () => {
    expect(s.weeks.slice(2, 11).every((w) => w.totalKm === 0 && w.runs === 0)).toBe(true);
  });

  it('carries the VDOT held before the window to its first day and keeps the last value of a day', () => {
    expect(s.vdot).toEqual([
      { date: '2026-12-07', vdot: 45 },
      { date: '2026-12-20', vdot: 46.5 },
    ]);
  });

  it('is twelve empty weeks and no VDOT without history or plan', () => {
    const empty = weeklyVolumeSeries({ today: '2027-02-24', runs: [], fitness: [] });
    expect(empty.weeks).toHaveLength(12);
    expect(empty.weeks.every((w) => w.totalKm === 0 && w.plannedKm === undefined)).toBe(true);
    expect(empty.vdot).toEqual([]);
  });
});
