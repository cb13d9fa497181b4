import { describe, it, expect } from 'vitest';
import { makeSession, makeStep, type PaceContext } from '../../../../coach/rules/plan/steps.js';
import type { Week } from '../../../../coach/rules/plan/types.js';
import { weekTotals } from '../../../../coach/rules/plan/week-totals.js';
import { trainingPaces } from '../../../../coach/rules/paces/training-paces.js';

const paces = trainingPaces(45);
const pace: PaceContext = { paces, estimate: paces };
const run = (date: string, minutes: number) =>
  makeSession(date, 'easy', false, { code: 'LEGACY', facts: { text: 'why' } }, [
    makeStep('run', 'E', minutes, pace),
  ]);
const week = (index: number, start: string): Week => ({
  index,
  start,
  phase: 'base',
  downWeek: false,
  minutes: 0,
  km: 0,
  sessions: [],
});

describe('weekTotals', () => {
  it('gives each week the sessions dated in its seven days, with their minutes and km', () => {
    const all = [run('2027-01-04', 30), run('2027-01-10', 45.04), run('2027-01-11', 40)];
    const [first, second] = weekTotals([week(0, '2027-01-04'), week(1, '2027-01-11')], all);
    expect(first!.sessions).toEqual(all.slice(0, 2));
    expect(first!.minutes).toBe(75);
    expect(first!.km).toBeCloseTo(Math.round((all[0]!.km + all[1]!.km) * 10) / 10, 10);
    expect(second).toMatchObject({ index: 1, minutes: 40, sessions: [all[2]] });
  });

  it('leaves a week with no session dated in it empty', () => {
    expect(weekTotals([week(0, '2027-01-04')], [run('2027-01-11', 40)])).toEqual([
      { ...week(0, '2027-01-04'), sessions: [] },
    ]);
  });
});
