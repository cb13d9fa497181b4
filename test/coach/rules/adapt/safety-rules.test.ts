import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import { PRESCRIPTION_PAUSE_DAYS } from '../../../../coach/rules/adapt/safety-rules.js';
import { addDays } from '../../../../coach/rules/calendar/index.js';
import { followedPlan } from './history-fixture.js';
import { fixturePlan, sessionOn } from './plan-fixture.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45 });
const today = '2027-01-12';
const activities = followedPlan(plan, '2027-01-04', '2027-01-11');

describe('pain and red flags in adaptation', () => {
  it('a niggle (pain 2/10) → no intensity today, the run stays easy', () => {
    const { decisions, plan: next } = adapt(
      plan,
      { activities, checkins: [{ date: today, pain: { location: 'calf', score: 2 } }] },
      today,
    );
    const s = sessionOn(next, today);
    expect(s.kind).toBe('easy');
    expect(s.steps.every((x) => x.intensity === 'E')).toBe(true);
    expect(decisions[0]).toMatchObject({ rule: 'safety.pain-no-intensity', action: 'remove_intensity' });
    expect(decisions.some((d) => d.rule === 'safety.see-professional')).toBe(false);
  });

  it('pain 5/10 → prescriptions stop for the pause and a qualified professional is recommended', () => {
    const { decisions, plan: next } = adapt(
      plan,
      { activities, checkins: [{ date: today, pain: { location: 'Knee', score: 5 } }] },
      today,
    );
    for (let i = 0; i < PRESCRIPTION_PAUSE_DAYS; i++)
      expect(sessionOn(next, addDays(today, i)).kind).toBe('rest');
    expect(sessionOn(next, addDays(today, PRESCRIPTION_PAUSE_DAYS))).toEqual(
      sessionOn(plan, addDays(today, PRESCRIPTION_PAUSE_DAYS)),
    );
    const advice = decisions.find((d) => d.rule === 'safety.see-professional');
    expect(advice).toMatchObject({
      action: 'recommend_professional',
      after: { recommend: 'qualified_professional' },
    });
    expect(advice?.reasons.map((r) => r.code)).toEqual(['PAIN_REPORTED', 'PAIN_AT_OR_ABOVE_STOP_SCORE']);
  });

  it('chest pain → stop for the day, even with nothing else wrong', () => {
    const { decisions, plan: next } = adapt(
      plan,
      { activities, checkins: [{ date: today, redFlags: ['chest_pain'] }] },
      today,
    );
    expect(sessionOn(next, today).kind).toBe('rest');
    expect(sessionOn(next, addDays(today, 1))).toEqual(sessionOn(plan, addDays(today, 1)));
    expect(decisions.map((d) => d.rule).slice(0, 2)).toEqual(['safety.red-flag', 'safety.see-professional']);
  });

  it('a red flag on a rest day still produces the advice', () => {
    const mon = '2027-01-11';
    const { decisions, plan: next } = adapt(
      plan,
      {
        activities: followedPlan(plan, '2027-01-04', '2027-01-10'),
        checkins: [{ date: mon, note: 'felt dizzy this morning' }],
      },
      mon,
    );
    expect(next).toEqual(plan);
    expect(decisions).toEqual([
      expect.objectContaining({
        rule: 'safety.see-professional',
        reasons: [{ code: 'RED_FLAG', facts: { redFlags: ['dizziness'] } }],
      }),
    ]);
  });
});

describe('a pain pause carried over from an earlier day', () => {
  it('keeps today at rest after a 7/10 yesterday, and ends where the pause ends', () => {
    const monday = plan.weeks[1]!.start;
    const tuesday = addDays(monday, 1);
    const checkins = [
      { date: monday, pain: { location: 'knee', score: 7 } },
      { date: tuesday, sleepHours: 8 },
    ];
    const { plan: next, decisions } = adapt(plan, { activities: [], checkins }, tuesday);
    const restUntil = addDays(monday, PRESCRIPTION_PAUSE_DAYS - 1);
    for (const s of next.weeks.flatMap((w) => w.sessions)) {
      if (s.date >= tuesday && s.date <= restUntil) expect(s.kind, s.date).toBe('rest');
    }
    const after = next.weeks.flatMap((w) => w.sessions).find((s) => s.date > restUntil);
    const original = plan.weeks.flatMap((w) => w.sessions).find((s) => s.date === after?.date);
    expect(after).toEqual(original);
    expect(decisions.some((d) => d.rule === 'safety.see-professional')).toBe(true);
  });
});
