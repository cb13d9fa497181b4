import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import {
  CADENCE_DROP_FRACTION,
  cadenceBelowUsual,
  cadenceDropInRun,
  runCadence,
} from '../../../../coach/rules/adapt/cadence-rules.js';
import type { Activity, Lap } from '../../../../coach/rules/adapt/history.js';
import type { Decision } from '../../../../coach/rules/decision.js';
import { followedPlan } from './history-fixture.js';
import { fixturePlan } from './plan-fixture.js';

// Mon rest, Tue intervals, Wed easy, Thu tempo, Fri rest, Sat easy + strides, Sun long (see plan-fixture).
const plan = fixturePlan({ start: '2027-01-04', weeks: 8, vdot: 45 });
const SUN = '2027-01-17';

/** `n` laps of 1 km at 5:40/km with the given cadences (steps/min). */
const laps = (cadences: number[], pace = 340): Lap[] =>
  cadences.map((cadence) => ({ km: 1, minutes: pace / 60, cadence }));
const longRun = (cadences: number[]): Activity => ({
  date: SUN,
  km: cadences.length,
  minutes: (cadences.length * 340) / 60,
  rpe: 4,
  laps: laps(cadences),
});
const note = (r: { decisions: readonly Decision[] }) => r.decisions.filter((d) => d.rule === 'cadence.drop');

describe('cadence drop within a run', () => {
  it('a long run whose last laps sag from 172 to 160 steps/min at the same pace is mentioned as fatigue', () => {
    const run = longRun([172, 173, 172, 171, 172, 170, 168, 166, 161, 160]);
    expect(cadenceDropInRun(run)).toEqual({ earlySpm: 172, lateSpm: 161, dropSpm: 11, laps: 10 });
    const r = adapt(
      plan,
      { activities: [...followedPlan(plan, '2027-01-04', '2027-01-16'), run], checkins: [] },
      SUN,
    );
    const [d] = note(r);
    expect(d).toMatchObject({
      rule: 'cadence.drop',
      date: SUN,
      action: 'note_fatigue',
      reasons: [
        {
          code: 'CADENCE_DROP_IN_RUN',
          facts: { date: SUN, earlySpm: 172, lateSpm: 161, dropSpm: 11, dropFraction: CADENCE_DROP_FRACTION },
        },
      ],
    });
    // Advice only: the plan is exactly what it would be without the cadence data.
    const { laps: _laps, ...plain } = run;
    const without = adapt(
      plan,
      { activities: [...followedPlan(plan, '2027-01-04', '2027-01-16'), plain], checkins: [] },
      SUN,
    );
    expect(r.plan).toEqual(without.plan);
    expect(note(without)).toEqual([]);
  });

  it('calm checks: steady cadence, a small drift, too few laps, or a slow cool-down lap say nothing', () => {
    expect(cadenceDropInRun(longRun([172, 171, 172, 172, 171, 172, 171, 170]))).toBeUndefined();
    expect(cadenceDropInRun(longRun([172, 172, 171, 170, 169, 167]))).toBeUndefined(); // −5 spm: under 5 %
    expect(cadenceDropInRun(longRun([172, 172, 150]))).toBeUndefined();
    // A tempo: warm-up and cool-down laps are slower and lower; the work laps hold their cadence.
    const tempo: Activity = {
      date: SUN,
      km: 8,
      minutes: 40,
      laps: [...laps([164, 165], 340), ...laps([180, 181, 180, 181, 180], 280), ...laps([160], 360)],
    };
    expect(cadenceDropInRun(tempo)).toBeUndefined();
  });

  it('per-foot values (around 85) and glitches are not read as cadence', () => {
    expect(runCadence({ date: SUN, km: 5, minutes: 30, cadence: 86 })).toBeUndefined();
    expect(runCadence({ date: SUN, km: 5, minutes: 30, cadence: 400 })).toBeUndefined();
    expect(cadenceDropInRun(longRun([86, 86, 85, 85, 80, 80, 79, 78]))).toBeUndefined();
  });
});

describe('cadence against the runner’s usual', () => {
  /** Three weeks of the plan's easy runs at 6:00/km and 170 steps/min. */
  const usual = followedPlan(plan, '2026-12-28', '2027-01-16').map((a) => ({
    ...a,
    minutes: (a.km * 360) / 60,
    cadence: a.rpe === 7 ? 182 : 170,
  }));

  it('an easy run at the usual pace but 160 steps/min against a usual 170 is mentioned', () => {
    const run: Activity = { date: SUN, km: 16, minutes: 96, rpe: 4, cadence: 160 };
    expect(cadenceBelowUsual(plan, [...usual, run], run)).toEqual({
      cadenceSpm: 160,
      usualSpm: 170,
      dropSpm: 10,
      runs: expect.any(Number),
    });
    const r = adapt(plan, { activities: [...usual, run], checkins: [] }, SUN);
    expect(note(r)[0]?.reasons.map((x) => x.code)).toEqual(['CADENCE_BELOW_USUAL']);
    expect(note(r)[0]?.reasons[0]?.facts).toMatchObject({ evidence: { runs: [{ date: SUN }] } });
  });

  it('calm checks: the usual cadence, a much slower run, or too little history say nothing', () => {
    const same: Activity = { date: SUN, km: 16, minutes: 96, rpe: 4, cadence: 168 };
    expect(cadenceBelowUsual(plan, [...usual, same], same)).toBeUndefined();
    const slow: Activity = { date: SUN, km: 12, minutes: 90, rpe: 4, cadence: 158 }; // 7:30/km
    expect(cadenceBelowUsual(plan, [...usual, slow], slow)).toBeUndefined();
    const run: Activity = { date: SUN, km: 16, minutes: 96, rpe: 4, cadence: 160 };
    expect(cadenceBelowUsual(plan, [...usual.slice(-2), run], run)).toBeUndefined();
  });

  it('a run two days old is no longer mentioned', () => {
    const run: Activity = { date: SUN, km: 16, minutes: 96, rpe: 4, cadence: 160 };
    expect(note(adapt(plan, { activities: [...usual, run], checkins: [] }, '2027-01-19'))).toEqual([]);
  });
});
