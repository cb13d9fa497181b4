import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import {
  EXPECTED_RPE,
  judgedKind,
  rpeExcess,
  RPE_MISMATCH_MARGIN,
} from '../../../../coach/rules/adapt/expected-rpe.js';
import {
  EASE_KEEP_FRACTION,
  easeKeepFraction,
  rpeMismatches,
  WEEK_KEEP_FRACTION,
} from '../../../../coach/rules/adapt/rpe-rules.js';
import { followedPlan } from './history-fixture.js';
import { fixturePlan, sessionOn } from './plan-fixture.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45 });

describe('RPE mismatch', () => {
  it('run felt far harder than the data → next session eased', () => {
    // Wednesday 13th: an easy run rated 8; Thursday is a tempo.
    const wed = '2027-01-13';
    const activities = [
      ...followedPlan(plan, '2027-01-04', '2027-01-12'),
      { date: wed, km: sessionOn(plan, wed).km, minutes: sessionOn(plan, wed).minutes, rpe: 8 },
    ];
    const { decisions, plan: next } = adapt(plan, { activities, checkins: [] }, wed);
    const thu = sessionOn(next, '2027-01-14');
    expect(sessionOn(plan, '2027-01-14').kind).toBe('tempo');
    expect(thu.kind).toBe('easy');
    expect(thu.hard).toBe(false);
    const d = decisions.find((x) => x.rule === 'rpe.mismatch');
    expect(d).toMatchObject({ date: '2027-01-14', action: 'swap_to_easy', before: { kind: 'tempo' } });
    expect(d?.reasons[0]).toMatchObject({
      code: 'RPE_ABOVE_EXPECTED',
      facts: { rpe: 8, kind: 'easy', expected: EXPECTED_RPE.easy },
    });
  });

  it('a hard tempo rated too hard (RPE 10, 3 above) → the next easy run is 30 % shorter, not removed', () => {
    const thu = '2027-01-14';
    const activities = [
      ...followedPlan(plan, '2027-01-04', '2027-01-13'),
      { date: thu, km: 9, minutes: 47, rpe: 10 },
    ];
    const { plan: next, decisions } = adapt(plan, { activities, checkins: [] }, '2027-01-15');
    const sat = sessionOn(next, '2027-01-16');
    expect(sat.kind).toBe('easy');
    expect(sat.minutes).toBe(Math.round(sessionOn(plan, '2027-01-16').minutes * easeKeepFraction(3)));
    expect(decisions.find((d) => d.rule === 'rpe.mismatch')?.action).toBe('shorten');
  });

  it('an RPE inside the expected range changes nothing', () => {
    const wed = '2027-01-13';
    const activities = [
      ...followedPlan(plan, '2027-01-04', '2027-01-12'),
      { date: wed, km: 7, minutes: 43, rpe: 4 },
    ];
    const { decisions } = adapt(plan, { activities, checkins: [] }, wed);
    expect(decisions.filter((d) => d.rule.startsWith('rpe'))).toEqual([]);
  });

  it('two runs far too hard within a week → the coming week is lighter', () => {
    const sat = '2027-01-16';
    const activities = followedPlan(plan, '2027-01-04', sat).map((a) =>
      a.date === '2027-01-13' || a.date === sat ? { ...a, rpe: 8 } : a,
    );
    const { decisions, plan: next } = adapt(plan, { activities, checkins: [] }, sat);
    const week = decisions.filter((d) => d.rule === 'rpe.repeated');
    expect(week.length).toBeGreaterThan(0);
    for (const d of week) {
      const original = sessionOn(plan, d.date);
      expect(sessionOn(next, d.date).minutes).toBeLessThanOrEqual(
        Math.round(original.minutes * WEEK_KEEP_FRACTION),
      );
    }
    expect(week[0]?.reasons[0]?.code).toBe('RPE_ABOVE_EXPECTED_REPEATED');
  });

  it('eases in proportion to how much harder the run felt (issue 10 §6)', () => {
    expect(easeKeepFraction(2)).toBe(EASE_KEEP_FRACTION);
    expect([2, 3, 4, 5, 6, 9].map(easeKeepFraction)).toEqual([0.8, 0.7, 0.6, 0.5, 0.5, 0.5]);
    // One easy run at RPE 8 before a tempo: an easy run of 60 % of the tempo's minutes, not its full length.
    const wed = '2027-01-13';
    const activities = [
      ...followedPlan(plan, '2027-01-04', '2027-01-12'),
      { date: wed, km: sessionOn(plan, wed).km, minutes: sessionOn(plan, wed).minutes, rpe: 8 },
    ];
    const { plan: next, decisions } = adapt(plan, { activities, checkins: [] }, wed);
    const tempo = sessionOn(plan, '2027-01-14');
    expect(sessionOn(next, '2027-01-14')).toMatchObject({
      kind: 'easy',
      minutes: Math.round(tempo.minutes * 0.6),
    });
    expect(decisions.filter((d) => d.rule.startsWith('load.'))).toEqual([]);
  });

  it('measures the excess above the top of the expected range', () => {
    expect(rpeExcess('easy', 8)).toBe(4);
    expect(rpeExcess('intervals', 8)).toBe(0);
    expect(rpeExcess('easy', EXPECTED_RPE.easy.to + RPE_MISMATCH_MARGIN)).toBe(RPE_MISMATCH_MARGIN);
  });
});

describe('RPE mismatch timing', () => {
  it('when the session after the hard-feeling run is already done, nothing is eased', () => {
    // Wed easy rated 8, Thu tempo already run; today Friday.
    const activities = followedPlan(plan, '2027-01-04', '2027-01-14').map((a) =>
      a.date === '2027-01-13' ? { ...a, rpe: 8 } : a,
    );
    const { decisions } = adapt(plan, { activities, checkins: [] }, '2027-01-15');
    expect(decisions.filter((d) => d.rule === 'rpe.mismatch')).toEqual([]);
  });
});

describe('a race is judged as a race', () => {
  // Saturday 16th is an easy run; the runner races a 10K there instead, at RPE 9.
  const sat = '2027-01-16';
  const race = { date: sat, km: 10, minutes: 51.5, rpe: 9, race: true };

  it('a race at RPE 9 on an easy day is no mismatch and eases nothing', () => {
    const activities = [...followedPlan(plan, '2027-01-04', '2027-01-15'), race];
    expect(rpeMismatches(plan, activities, '2027-01-10', sat)).toEqual([]);
    const { decisions } = adapt(plan, { activities, checkins: [] }, sat);
    expect(decisions.filter((d) => d.rule.startsWith('rpe'))).toEqual([]);
    expect(judgedKind(race, sessionOn(plan, sat))).toBe('race');
  });

  it('two races in a week are not a run of too-hard weeks', () => {
    const activities = [
      ...followedPlan(plan, '2027-01-04', '2027-01-12'),
      { ...race, date: '2027-01-13', km: 5, minutes: 24 },
      ...followedPlan(plan, '2027-01-14', '2027-01-15'),
      race,
    ];
    const { decisions } = adapt(plan, { activities, checkins: [] }, sat);
    expect(decisions.filter((d) => d.rule === 'rpe.repeated')).toEqual([]);
  });

  it('calm check: the same run at RPE 9, not a race, is still a too-hard easy run', () => {
    const { race: _race, ...easy } = race;
    const activities = [...followedPlan(plan, '2027-01-04', '2027-01-15'), easy];
    expect(rpeMismatches(plan, activities, '2027-01-10', sat)).toEqual([
      { date: sat, kind: 'easy', rpe: 9, expected: EXPECTED_RPE.easy },
    ]);
    const { decisions } = adapt(plan, { activities, checkins: [] }, sat);
    expect(decisions.find((d) => d.rule === 'rpe.mismatch')?.date).toBe('2027-01-17');
  });
});
