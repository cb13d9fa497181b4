import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import {
  assessReadiness,
  isBadNight,
  RESTING_HR_ELEVATED_BPM,
} from '../../../../coach/rules/adapt/readiness.js';
import { EASY_SWAP_MAX_MINUTES } from '../../../../coach/rules/adapt/readiness-rules.js';
import { calmCheckins, followedPlan } from './history-fixture.js';
import { fixturePlan, sessionOn } from './plan-fixture.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45 });
const today = '2027-01-12'; // Tuesday of week 2: intervals
const activities = followedPlan(plan, '2027-01-04', '2027-01-11');

describe('readiness', () => {
  it('slept badly two nights running → swap in an easy day', () => {
    const checkins = [
      ...calmCheckins('2027-01-10', 5),
      { date: '2027-01-11', sleepHours: 5 },
      { date: today, sleepHours: 4.5 },
    ];
    const before = sessionOn(plan, today);
    expect(before.hard).toBe(true);
    const { decisions, plan: next } = adapt(plan, { activities, checkins }, today);
    const after = sessionOn(next, today);
    expect(after.kind).toBe('easy');
    expect(after.hard).toBe(false);
    expect(after.minutes).toBeLessThanOrEqual(EASY_SWAP_MAX_MINUTES);
    expect(after.steps.every((s) => s.intensity === 'E')).toBe(true);
    expect(after.replaces?.kind).toBe('intervals');
    const d = decisions.find((x) => x.rule === 'readiness.two-bad-nights');
    expect(d).toMatchObject({
      date: today,
      action: 'swap_to_easy',
      before: { kind: 'intervals' },
      after: { kind: 'easy' },
    });
    expect(d?.reasons[0]).toMatchObject({
      code: 'SLEEP_BAD_NIGHTS_IN_ROW',
      facts: { nights: 2, sleepHours: [5, 4.5] },
    });
  });

  it('two bad nights and three recovery signals on a hard day: one decision, rest, not easy then rest', () => {
    const checkins = [
      ...calmCheckins('2027-01-10', 5),
      { date: '2027-01-11', sleepHours: 5 },
      { date: today, sleepHours: 4.5, soreness: 8 },
    ];
    const { decisions, plan: next } = adapt(plan, { activities, checkins }, today);
    const mine = decisions.filter((d) => d.rule.startsWith('readiness.'));
    expect(mine.map((d) => [d.rule, d.date, d.action])).toEqual([
      ['readiness.under-recovered', today, 'swap_to_rest'],
    ]);
    expect(mine[0]!.reasons[0]!.facts['evidence']).toEqual({ checkins: [today] });
    expect(sessionOn(next, today).kind).toBe('rest');
  });

  it('two bad nights before an easy day only cap its length', () => {
    const wed = '2027-01-13';
    const checkins = [
      { date: '2027-01-12', sleepQuality: 1 },
      { date: wed, sleepHours: 5 },
    ];
    const { plan: next } = adapt(
      plan,
      { activities: followedPlan(plan, '2027-01-04', '2027-01-12'), checkins },
      wed,
    );
    expect(sessionOn(next, wed).kind).toBe('easy');
    expect(sessionOn(next, wed).minutes).toBe(Math.min(sessionOn(plan, wed).minutes, EASY_SWAP_MAX_MINUTES));
  });

  it('one bad night alone changes nothing', () => {
    const checkins = [...calmCheckins('2027-01-11', 6), { date: today, sleepHours: 5 }];
    const { decisions, plan: next } = adapt(plan, { activities, checkins }, today);
    expect(decisions.filter((d) => d.rule.startsWith('readiness'))).toEqual([]);
    expect(sessionOn(next, today)).toEqual(sessionOn(plan, today));
  });

  it('a 4-hour night alone → the next hard session becomes easy', () => {
    const checkins = [...calmCheckins('2027-01-11', 6), { date: today, sleepHours: 4 }];
    const { decisions, plan: next } = adapt(plan, { activities, checkins }, today);
    expect(sessionOn(next, today).kind).toBe('easy');
    const d = decisions.find((x) => x.rule === 'readiness.under-recovered');
    expect(d?.action).toBe('swap_to_easy');
    expect(d?.reasons.map((r) => r.code)).toEqual(['SLEEP_BAD', 'SLEEP_VERY_SHORT']);
  });

  it('resting HR well above the 7-day baseline plus heavy soreness → the hard session becomes easy', () => {
    const checkins = [
      ...calmCheckins('2027-01-11', 7),
      { date: today, restingHr: 50 + RESTING_HR_ELEVATED_BPM + 3, soreness: 8, sleepHours: 7 },
    ];
    const { decisions, plan: next } = adapt(plan, { activities, checkins }, today);
    expect(sessionOn(next, today).kind).toBe('easy');
    const d = decisions.find((x) => x.rule === 'readiness.under-recovered');
    expect(d?.action).toBe('swap_to_easy');
    expect(d?.reasons.map((r) => r.code)).toEqual(['RESTING_HR_ELEVATED', 'SORENESS_HIGH']);
  });

  it('under-recovered on an easy day → tomorrow’s hard session becomes easy', () => {
    const wed = '2027-01-13';
    const checkins = [...calmCheckins('2027-01-12', 7), { date: wed, hrv: 50, stress: 8 }];
    const { decisions, plan: next } = adapt(
      plan,
      { activities: followedPlan(plan, '2027-01-04', '2027-01-12'), checkins },
      wed,
    );
    expect(sessionOn(next, wed)).toEqual(sessionOn(plan, wed));
    expect(sessionOn(next, '2027-01-14').kind).toBe('easy');
    expect(decisions.find((x) => x.rule === 'readiness.under-recovered')?.date).toBe('2027-01-14');
  });

  it('three recovery signals → rest instead of the hard session', () => {
    const checkins = [...calmCheckins('2027-01-11', 7), { date: today, restingHr: 60, hrv: 50, stress: 9 }];
    const { plan: next, decisions } = adapt(plan, { activities, checkins }, today);
    expect(sessionOn(next, today).kind).toBe('rest');
    expect(decisions.find((x) => x.rule === 'readiness.under-recovered')?.action).toBe('swap_to_rest');
  });

  it('needs a baseline of 3+ days before comparing resting HR and HRV', () => {
    const r = assessReadiness(
      [
        { date: '2027-01-11', restingHr: 48, hrv: 80 },
        { date: today, restingHr: 70, hrv: 20 },
      ],
      today,
    );
    expect(r.signals).toEqual([]);
    expect(r.underRecovered).toBe(false);
  });

  it('reads bad nights from hours or quality', () => {
    expect(isBadNight({ date: today, sleepHours: 5.9 })).toBe(true);
    expect(isBadNight({ date: today, sleepHours: 6 })).toBe(false);
    expect(isBadNight({ date: today, sleepQuality: 2 })).toBe(true);
    expect(isBadNight(undefined)).toBe(false);
  });
});
