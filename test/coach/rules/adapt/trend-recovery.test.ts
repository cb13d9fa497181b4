import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import type { CheckIn } from '../../../../coach/rules/adapt/history.js';
import { EASY_SWAP_MAX_MINUTES } from '../../../../coach/rules/adapt/readiness-rules.js';
import {
  hrvTrend,
  RESTING_HR_SPIKE_BPM,
  RESTING_HR_TREND_RISE_BPM,
  restingHrTrend,
} from '../../../../coach/rules/adapt/trend-recovery.js';
import { addDays } from '../../../../coach/rules/calendar/index.js';
import { calmCheckins, followedPlan } from './history-fixture.js';
import { fixturePlan, sessionOn } from './plan-fixture.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45 });
const wed = '2027-01-13'; // an easy day; Thursday 14th is the tempo
const thu = '2027-01-14';
const activities = followedPlan(plan, '2027-01-04', '2027-01-12');

/** One morning reading of resting HR (and good sleep) per value, ending on `to`. */
const mornings = (to: string, values: readonly number[], extra: Partial<CheckIn> = {}): CheckIn[] =>
  values.map((restingHr, i) => ({
    date: addDays(to, i - values.length + 1),
    restingHr,
    sleepHours: 8,
    ...extra,
  }));
const trendRules = (ds: readonly { rule: string }[]) => ds.filter((d) => d.rule.endsWith('-trend'));

describe('restingHrTrend', () => {
  it('uses the onboarding resting HR until check-ins give a baseline: 50 → 59 over four mornings', () => {
    const r = restingHrTrend(mornings(wed, [50, 53, 56, 59]), wed, { restingHrBpm: 50 });
    expect(r).toEqual({
      code: 'RESTING_HR_TREND_UP',
      facts: {
        baselineBpm: 50,
        baselineSource: 'onboarding',
        kind: 'spike',
        thresholdBpm: RESTING_HR_SPIKE_BPM,
        riseBpm: 9,
        mornings: [{ date: wed, restingHrBpm: 59, riseBpm: 9 }],
      },
    });
    // The same mornings with no stated resting HR and no earlier check-ins: no baseline, no judgement.
    expect(restingHrTrend(mornings(wed, [50, 53, 56, 59]), wed)).toBeUndefined();
  });

  it('a rise of 5+ bpm held three mornings is sustained; +6 on one or two mornings is not', () => {
    const base = mornings('2027-01-10', [50, 49, 51, 50, 50, 50, 50]);
    const r = restingHrTrend([...base, ...mornings(wed, [55, 56, 55])], wed);
    expect(r?.facts).toMatchObject({
      baselineBpm: 50,
      baselineSource: 'checkins',
      kind: 'sustained',
      thresholdBpm: RESTING_HR_TREND_RISE_BPM,
      riseBpm: 5,
      mornings: [
        { date: '2027-01-11', restingHrBpm: 55, riseBpm: 5 },
        { date: '2027-01-12', restingHrBpm: 56, riseBpm: 6 },
        { date: wed, restingHrBpm: 55, riseBpm: 5 },
      ],
    });
    expect(restingHrTrend([...base, ...mornings(wed, [50, 56, 56])], wed)).toBeUndefined();
    expect(restingHrTrend([...base, ...mornings(wed, [56, 56, 54])], wed)).toBeUndefined();
    // A missing morning breaks the run of three.
    const gap = [...base, ...mornings(wed, [56, 56, 56]).filter((c) => c.date !== '2027-01-12')];
    expect(restingHrTrend(gap, wed)).toBeUndefined();
  });

  it('once check-ins give a baseline the onboarding figure no longer counts', () => {
    const base = mornings('2027-01-10', [60, 61, 60, 59]);
    expect(restingHrTrend([...base, ...mornings(wed, [62])], wed, { restingHrBpm: 50 })).toBeUndefined();
    expect(restingHrTrend([...base, ...mornings(wed, [67])], wed, { restingHrBpm: 50 })?.facts).toMatchObject(
      {
        baselineBpm: 60,
        baselineSource: 'checkins',
        riseBpm: 7,
      },
    );
  });

  it('judges only a reading taken today', () => {
    expect(restingHrTrend(mornings('2027-01-12', [70]), wed, { restingHrBpm: 50 })).toBeUndefined();
  });
});

describe('hrvTrend', () => {
  const base: CheckIn[] = calmCheckins('2027-01-10', 7); // HRV 70 ms
  it('HRV 10 %+ under baseline three mornings running is a sustained drop', () => {
    const low = [60, 61, 63].map((hrv, i) => ({ date: addDays(wed, i - 2), hrv }));
    expect(hrvTrend([...base, ...low], wed)).toEqual({
      code: 'HRV_TREND_DOWN',
      facts: {
        baselineMs: 70,
        dropFraction: 0.1,
        dropPercent: 10,
        mornings: [
          { date: '2027-01-11', hrvMs: 60, dropPercent: 14 },
          { date: '2027-01-12', hrvMs: 61, dropPercent: 13 },
          { date: wed, hrvMs: 63, dropPercent: 10 },
        ],
      },
    });
  });

  it('one very low morning, or two, is not a trend (single HRV values are noisy)', () => {
    expect(hrvTrend([...base, { date: wed, hrv: 30 }], wed)).toBeUndefined();
    const two = [70, 55, 55].map((hrv, i) => ({ date: addDays(wed, i - 2), hrv }));
    expect(hrvTrend([...base, ...two], wed)).toBeUndefined();
  });
});

describe('readiness trend rules in adapt', () => {
  it('resting HR 50 → 59 with good sleep eases the next hard session, with the facts', () => {
    const checkins = mornings(wed, [50, 53, 56, 59]);
    const { decisions, plan: next } = adapt(
      plan,
      { activities, checkins, baseline: { restingHrBpm: 50 } },
      wed,
    );
    expect(trendRules(decisions)).toEqual([
      expect.objectContaining({
        rule: 'readiness.resting-hr-trend',
        date: thu,
        action: 'swap_to_easy',
        before: expect.objectContaining({ kind: 'tempo', hard: true }),
        after: expect.objectContaining({ kind: 'easy', hard: false }),
        reasons: [expect.objectContaining({ code: 'RESTING_HR_TREND_UP' })],
      }),
    ]);
    expect(sessionOn(next, thu)).toMatchObject({ kind: 'easy', replaces: { kind: 'tempo' } });
    expect(sessionOn(next, thu).minutes).toBeLessThanOrEqual(EASY_SWAP_MAX_MINUTES);
    expect(sessionOn(next, wed)).toEqual(sessionOn(plan, wed));
    // Adapting again the same day changes nothing more.
    const again = adapt(next, { activities, checkins, baseline: { restingHrBpm: 50 } }, wed);
    expect(trendRules(again.decisions)).toEqual([]);
    expect(again.plan).toEqual(next);
  });

  it('an HRV drop held three mornings eases the next hard session', () => {
    const low = [58, 60, 61].map((hrv, i) => ({ date: addDays(wed, i - 2), hrv, sleepHours: 8 }));
    const { decisions } = adapt(
      plan,
      { activities, checkins: [...calmCheckins('2027-01-10', 7), ...low] },
      wed,
    );
    expect(trendRules(decisions)).toMatchObject([
      {
        rule: 'readiness.hrv-trend',
        date: thu,
        action: 'swap_to_easy',
        reasons: [{ code: 'HRV_TREND_DOWN' }],
      },
    ]);
  });

  it('with no hard session in the next days there is nothing to ease', () => {
    // Friday 15th: rest, easy, long, rest; the next hard session is Tuesday 19th, past the window.
    const fri = '2027-01-15';
    const { decisions } = adapt(
      plan,
      { activities, checkins: mornings(fri, [59]), baseline: { restingHrBpm: 50 } },
      fri,
    );
    expect(trendRules(decisions)).toEqual([]);
  });

  it('calm control: four weeks as planned, good sleep, steady HR and HRV → no decision at all', () => {
    const today = '2027-01-28';
    const { decisions } = adapt(
      plan,
      {
        activities: followedPlan(plan, '2027-01-04', '2027-01-27'),
        checkins: calmCheckins(today, 25),
        baseline: { restingHrBpm: 50 },
      },
      today,
    );
    expect(decisions).toEqual([]);
  });
});
