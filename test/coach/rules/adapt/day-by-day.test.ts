/** Adapting every morning with the plan carried forward, as the coach loop will. */
import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import type { Activity, CheckIn } from '../../../../coach/rules/adapt/history.js';
import { detrainingFactor } from '../../../../coach/rules/adapt/detraining.js';
import type { Decision } from '../../../../coach/rules/decision.js';
import { addDays } from '../../../../coach/rules/calendar/index.js';
import type { Plan } from '../../../../coach/rules/plan/types.js';
import { followedPlan } from './history-fixture.js';
import { fixturePlan } from './plan-fixture.js';

function dayByDay(plan: Plan, from: string, to: string, activities: Activity[], checkins: CheckIn[]) {
  let current = plan;
  const all: Decision[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const seen = activities.filter((a) => a.date < d);
    const r = adapt(current, { activities: seen, checkins: checkins.filter((c) => c.date <= d) }, d);
    current = r.plan;
    all.push(...r.decisions);
  }
  return { plan: current, decisions: all };
}

describe('adapting day by day', () => {
  const plan = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 45 });

  it('a break lowers VDOT as it grows, never twice for the same days', () => {
    // Ran until 2027-01-17, nothing until the 2027-01-29 run: 11 days off seen on the morning of the 29th.
    const activities = [
      ...followedPlan(plan, '2027-01-04', '2027-01-17'),
      { date: '2027-01-29', km: 5, minutes: 32, rpe: 3 },
    ];
    const { plan: after, decisions } = dayByDay(plan, '2027-01-18', '2027-02-03', activities, []);
    const lowered = decisions.filter((d) => d.rule === 'fitness.break-detraining');
    expect(lowered[0]!.date).toBe('2027-01-25'); // the first morning with 7 days off
    expect(lowered.map((d) => d.date).every((d) => d <= '2027-01-29')).toBe(true);
    expect(new Set(lowered.map((d) => d.date)).size).toBe(lowered.length);
    expect(Math.abs(after.vdot! - 45 * detrainingFactor(11))).toBeLessThanOrEqual(0.11);
  });

  it('adapting the same morning twice after a break changes nothing', () => {
    const activities = followedPlan(plan, '2027-01-04', '2027-01-17');
    const once = adapt(plan, { activities, checkins: [] }, '2027-01-28');
    const twice = adapt(once.plan, { activities, checkins: [] }, '2027-01-28');
    expect(twice.decisions).toEqual([]);
    expect(twice.plan).toEqual(once.plan);
  });

  it('the same illness is rested, then returned from, without stacking cuts', () => {
    const checkins: CheckIn[] = [
      { date: '2027-01-12', illness: true },
      { date: '2027-01-13', illness: true },
    ];
    const activities = followedPlan(plan, '2027-01-04', '2027-01-20').filter(
      (a) => a.date < '2027-01-12' || a.date > '2027-01-13',
    );
    const { plan: after, decisions } = dayByDay(plan, '2027-01-12', '2027-01-20', activities, checkins);
    expect(decisions.filter((d) => d.rule === 'illness.rest').map((d) => d.date)).toEqual([
      '2027-01-12',
      '2027-01-13',
    ]);
    const thu = after.weeks[1]!.sessions.find((s) => s.date === '2027-01-14')!;
    const planned = plan.weeks[1]!.sessions.find((s) => s.date === '2027-01-14')!;
    expect(thu.kind).toBe('easy');
    expect(thu.minutes).toBeLessThanOrEqual(Math.round(planned.minutes * 0.5));
    // every later morning re-reads the same illness: the graded-return session is decided once
    expect(
      decisions.filter((d) => d.rule === 'illness.graded-return' && d.date === '2027-01-14'),
    ).toHaveLength(1);
  });
});
