import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import type { Plan } from '../../../../coach/rules/plan/types.js';
import { followedPlan } from './history-fixture.js';
import { fixturePlan, sessionOn } from './plan-fixture.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45 });
const futureMinutes = (p: Plan, from: string) =>
  p.weeks
    .flatMap((w) => w.sessions)
    .filter((s) => s.date >= from)
    .reduce((t, s) => t + s.minutes, 0);

describe('missed sessions', () => {
  it('a missed session is marked missed and never crammed into the days after', () => {
    const fri = '2027-01-15';
    const activities = followedPlan(plan, '2027-01-04', '2027-01-14').filter((a) => a.date !== '2027-01-14');
    const { decisions, plan: next } = adapt(plan, { activities, checkins: [] }, fri);
    expect(sessionOn(next, '2027-01-14').status).toBe('missed');
    expect(decisions.filter((d) => d.rule === 'missed.mark').map((d) => d.date)).toEqual(['2027-01-14']);
    expect(futureMinutes(next, fri)).toBeLessThanOrEqual(futureMinutes(plan, fri));
    const dates = next.weeks.flatMap((w) => w.sessions.map((s) => s.date));
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('two sessions missed this week → keep the long run and one quality session', () => {
    // Week 3 (from 2027-01-18): gets Tue intervals + Thu tempo. Missed Tue and Wed, today Thursday.
    const thu = '2027-01-21';
    const activities = followedPlan(plan, '2027-01-04', '2027-01-17');
    const p2 = structuredClone(plan) as Plan;
    // A second quality session later in the week: make Saturday a hard interval day for this scenario.
    const week = p2.weeks[2]!;
    const tue = week.sessions[1]!;
    (week.sessions as unknown as unknown[])[5] = { ...tue, date: '2027-01-23' };
    const { decisions, plan: next } = adapt(p2, { activities, checkins: [] }, thu);
    expect(decisions.filter((d) => d.rule === 'missed.mark').map((d) => d.date)).toEqual([
      '2027-01-19',
      '2027-01-20',
    ]);
    const keep = decisions.filter((d) => d.rule === 'missed.keep-key-sessions');
    expect(keep.map((d) => d.date)).toEqual(['2027-01-23']);
    expect(sessionOn(next, thu).kind).toBe('tempo');
    expect(sessionOn(next, '2027-01-23').kind).toBe('easy');
    expect(sessionOn(next, '2027-01-24')).toEqual(sessionOn(p2, '2027-01-24'));
  });

  it('a run logged on the planned day is not missed', () => {
    const activities = followedPlan(plan, '2027-01-04', '2027-01-14');
    const { decisions } = adapt(plan, { activities, checkins: [] }, '2027-01-15');
    expect(decisions.filter((d) => d.rule.startsWith('missed'))).toEqual([]);
  });
});

describe('swapped days', () => {
  it('a tempo run a day late is neither missed nor an RPE mismatch', () => {
    // Thursday's tempo (2027-01-14) run on Friday, a rest day, at RPE 7.
    const activities = followedPlan(plan, '2027-01-04', '2027-01-13').concat([
      { date: '2027-01-15', km: 9, minutes: 47, rpe: 7 },
    ]);
    const { decisions } = adapt(plan, { activities, checkins: [] }, '2027-01-16');
    expect(decisions.filter((d) => d.rule === 'missed.mark')).toEqual([]);
    expect(decisions.filter((d) => d.rule.startsWith('rpe'))).toEqual([]);
  });

  it('a run two days off its planned day is an extra run: the session is missed', () => {
    const activities = followedPlan(plan, '2027-01-04', '2027-01-11').concat([
      { date: '2027-01-14', km: 8, minutes: 50, rpe: 3 },
    ]);
    const { decisions } = adapt(plan, { activities, checkins: [] }, '2027-01-15');
    expect(decisions.filter((d) => d.rule === 'missed.mark').map((d) => d.date)).toEqual([
      '2027-01-12',
      '2027-01-13',
    ]);
  });
});
