/** `intensity.gray-zone`, `overshoot.*` and `fitness.too-slow` on their edges: once is a flag, twice a decision; adapting twice changes nothing. */
import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import type { Activity } from '../../../../coach/rules/adapt/history.js';
import { calmCheckins } from './history-fixture.js';
import { fixturePlan } from './plan-fixture.js';
import { runsAsPrescribed } from './prescribed-runs.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45, withHr: true });
const fast = (a: Activity): Activity => ({
  date: a.date,
  km: Math.round(((a.minutes * 60) / 300) * 10) / 10,
  minutes: a.minutes,
  avgHr: 160,
  rpe: 4,
});
const rules = (today: string, activities: Activity[]) =>
  adapt(plan, { activities, checkins: calmCheckins(today, 14) }, today).decisions.map((d) => d.rule);

describe('gray zone: once is a flag, twice within 7 days a decision', () => {
  it('one gray-zone easy run → no intensity decision', () => {
    const today = '2027-01-13';
    const runs = runsAsPrescribed(plan, '2027-01-04', today, (a, s) => (s.date === today ? fast(a) : a));
    expect(rules(today, runs)).not.toContain('intensity.gray-zone');
  });

  it('two in 7 days → the decision; a week later, with easy runs easy again, nothing', () => {
    const gray = ['2027-01-13', '2027-01-16'];
    const runs = runsAsPrescribed(plan, '2027-01-04', '2027-01-23', (a, s) =>
      gray.includes(s.date) ? fast(a) : a,
    );
    expect(
      rules(
        '2027-01-16',
        runs.filter((r) => r.date <= '2027-01-16'),
      ),
    ).toContain('intensity.gray-zone');
    expect(rules('2027-01-23', runs)).not.toContain('intensity.gray-zone');
  });

  it('adapting the adapted plan again for the same day changes nothing', () => {
    const today = '2027-01-16';
    const runs = runsAsPrescribed(plan, '2027-01-04', today, (a, s) =>
      ['2027-01-13', today].includes(s.date) ? fast(a) : a,
    );
    const history = { activities: runs, checkins: calmCheckins(today, 14) };
    const first = adapt(plan, history, today);
    expect(first.decisions.some((d) => d.rule === 'intensity.gray-zone' && d.before !== null)).toBe(true);
    const second = adapt(first.plan, history, today);
    expect(second.plan).toEqual(first.plan);
    expect(second.decisions.filter((d) => d.before !== null)).toEqual([]);
  });

  it('a race is never a gray-zone run nor an overshoot', () => {
    const today = '2027-01-16';
    const runs = runsAsPrescribed(plan, '2027-01-04', today, (a, s) =>
      ['2027-01-13', today].includes(s.date) ? { ...fast(a), km: 10, minutes: 42, race: true } : a,
    );
    expect(rules(today, runs).filter((r) => /^(intensity|overshoot)\./.test(r))).toEqual([]);
  });
});
