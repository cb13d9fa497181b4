import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import { ILLNESS_RETURN_KEEP } from '../../../../coach/rules/adapt/illness-rules.js';
import { followedPlan } from './history-fixture.js';
import { fixturePlan, sessionOn } from './plan-fixture.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45 });

describe('illness', () => {
  it('ill today → rest today', () => {
    const today = '2027-01-12';
    const { decisions, plan: next } = adapt(
      plan,
      {
        activities: followedPlan(plan, '2027-01-04', '2027-01-11'),
        checkins: [{ date: today, illness: true }],
      },
      today,
    );
    expect(sessionOn(next, today).kind).toBe('rest');
    expect(decisions.find((d) => d.rule === 'illness.rest')).toMatchObject({
      action: 'swap_to_rest',
      before: { kind: 'intervals' },
      after: { kind: 'rest' },
    });
  });

  it('two days ill, well today → a graded return: easy and half length first, then three quarters', () => {
    const today = '2027-01-14'; // ill Tue 12 and Wed 13 → 4-day return from Thu 14
    const checkins = [
      { date: '2027-01-12', illness: true },
      { date: '2027-01-13', illness: true },
      { date: today, illness: false },
    ];
    const { decisions, plan: next } = adapt(
      plan,
      { activities: followedPlan(plan, '2027-01-04', '2027-01-11'), checkins },
      today,
    );
    const thu = sessionOn(next, today);
    expect(thu.kind).toBe('easy');
    expect(thu.minutes).toBeLessThanOrEqual(
      Math.round(sessionOn(plan, today).minutes * ILLNESS_RETURN_KEEP.firstHalf),
    );
    const sat = sessionOn(next, '2027-01-16');
    // (the load guard may trim further: the missed days made last week light)
    expect(sat.minutes).toBeLessThanOrEqual(
      Math.round(sessionOn(plan, '2027-01-16').minutes * ILLNESS_RETURN_KEEP.secondHalf),
    );
    const graded = decisions.filter((d) => d.rule === 'illness.graded-return');
    expect(graded.map((d) => d.date)).toEqual(['2027-01-14', '2027-01-16', '2027-01-17']);
    expect(graded[1]?.after).toMatchObject({
      kind: 'easy',
      minutes: Math.round(sessionOn(plan, '2027-01-16').minutes * ILLNESS_RETURN_KEEP.secondHalf),
    });
    expect(graded[0]?.reasons[0]).toMatchObject({
      code: 'RETURN_FROM_ILLNESS',
      facts: { illDays: 2, returnDays: 4 },
    });
  });
});
