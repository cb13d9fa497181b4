/**
 * After a VDOT change the race step is derived afresh from the new VDOT (never shifted by the T-pace
 * delta), and the new plan version carries a feasibility recomputed for that VDOT.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import type { Activity } from '../../../../coach/rules/adapt/history.js';
import { planFeasibility } from '../../../../coach/rules/adapt/refresh-feasibility.js';
import { repacePlan } from '../../../../coach/rules/adapt/repace.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import { racePace } from '../../../../coach/rules/plan/race-pace.js';
import type { Plan, Session, Step } from '../../../../coach/rules/plan/types.js';
import { equivalentRaceTime } from '../../../../coach/rules/vdot/equivalent-race-time.js';
import { calmCheckins } from './history-fixture.js';
import { feasibilityText } from '../../../../coach/prompts/templates/feasibility-words.js';

const HALF = 21097.5;
function built(targetTime?: number): Plan {
  const r = buildPlan({
    fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } },
    goal: { distance: 'half', raceDate: '2027-04-18', ...(targetTime === undefined ? {} : { targetTime }) },
    startDate: '2026-12-07',
    availableDays: ['mon', 'wed', 'fri', 'sun'],
    longRunDay: 'sun',
    weeklyKm: 25,
    level: 'intermediate',
  });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}
const race = (p: Plan): Session => p.weeks.flatMap((w) => w.sessions).find((s) => s.kind === 'race')!;
const raceStep = (p: Plan): Step => race(p).steps.find((s) => s.kind === 'run')!;
/** A 5K race in `minutes` on `date`, logged as a race. */
const fiveK = (date: string, minutes: number): Activity => ({ date, km: 5, minutes, race: true });

describe('repacing the race step', () => {
  it('takes the race pace of the new VDOT, with its planned time, not a T-delta shift', () => {
    const plan = built();
    const next = repacePlan(plan, plan.vdot!, 42, '2027-02-01');
    const expected = racePace('half', HALF, 42, plan.basis!.peakWeekKm);
    expect(raceStep(next).pace).toEqual(expected.pace);
    expect(raceStep(next).minutes).toBe(Math.round((expected.seconds / 60) * 100) / 100);
    expect(race(next).minutes).toBeCloseTo(
      race(next).steps.reduce((sum, s) => sum + (s.minutes ?? 0) * (s.repeat ?? 1), 0),
      1,
    );
    const week = next.weeks.at(-1)!;
    expect(week.minutes).toBeCloseTo(
      week.sessions.reduce((sum, s) => sum + s.minutes, 0),
      1,
    );
  });

  it('a stored plan from before the basis (race step at an inflated prediction) races at the new equivalent', () => {
    const read = readFileSync(
      new URL('../../../fixtures/plans/scenario-two-bad-nights.json', import.meta.url),
      'utf8',
    );
    const old = (JSON.parse(read) as { plan: Plan }).plan;
    expect(old.basis).toBeUndefined();
    const { plan: next } = adapt(
      old,
      { activities: [fiveK('2027-01-10', 21.5)], checkins: [] },
      '2027-01-11',
    );
    expect(next.vdot).toBeGreaterThan(old.vdot!);
    const equivalent = equivalentRaceTime(next.vdot!, 42195) / 42.195;
    expect(raceStep(next).pace!.from).toBeGreaterThanOrEqual(equivalent);
    expect(next.feasibility.predictedTime).toBeGreaterThanOrEqual(
      Math.round(equivalentRaceTime(next.vdot!, 42195)),
    );
  });
});

describe('feasibility after a VDOT change', () => {
  it('a race PR through adapt recomputes the predicted time, the message and the race step', () => {
    const plan = built(6300);
    expect(plan.feasibility.ok).toBe(false);
    const { plan: next, decisions } = adapt(
      plan,
      { activities: [fiveK('2027-02-07', 22)], checkins: calmCheckins('2027-02-08', 3) },
      '2027-02-08',
    );
    expect(decisions.some((d) => d.rule === 'fitness.race-result')).toBe(true);
    expect(next.vdot).toBeGreaterThan(plan.vdot! + 3);
    const now = racePace('half', HALF, next.vdot!, plan.basis!.peakWeekKm);
    expect(next.feasibility.predictedTime).toBe(Math.round(now.seconds));
    expect(next.feasibility.predictedTime).toBeLessThan(plan.feasibility.predictedTime!);
    expect(feasibilityText(next.feasibility)).toContain(`VDOT ${next.vdot!.toFixed(1)}`);
    // At the new fitness the 1:45 target is within reach: no longer refused.
    expect(next.feasibility.ok).toBe(true);
    expect(next.feasibility.realisticTarget).toBeUndefined();
    // The target is now slower than the equivalent, so it may be the pace (never faster than `now`).
    expect(raceStep(next).pace).toEqual(
      racePace('half', HALF, next.vdot!, plan.basis!.peakWeekKm, 6300).pace,
    );
    expect(raceStep(next).pace!.from).toBeGreaterThanOrEqual(now.pace.from);
    expect(next.feasibility).toEqual(planFeasibility(next));
  });

  it('a break that lowers the VDOT makes the prediction slower', () => {
    const plan = built();
    // Nothing logged for three weeks, then a run: detraining lowers the VDOT.
    const { plan: next } = adapt(
      plan,
      {
        activities: [
          { date: '2026-12-08', km: 6, minutes: 40 },
          { date: '2027-01-05', km: 5, minutes: 35 },
        ],
        checkins: [],
      },
      '2027-01-05',
    );
    if (next.vdot === plan.vdot) throw new Error('the break did not change the VDOT');
    expect(next.vdot).toBeLessThan(plan.vdot!);
    expect(next.feasibility.predictedTime).toBeGreaterThan(plan.feasibility.predictedTime!);
  });

  it('no VDOT change leaves feasibility as it was', () => {
    const plan = built();
    const { plan: next } = adapt(
      plan,
      { activities: [], checkins: calmCheckins('2026-12-09', 2) },
      '2026-12-09',
    );
    expect(next.feasibility).toBe(plan.feasibility);
  });

  it('an easy-pace estimate stops being one after a race result', () => {
    const r = buildPlan({
      fitness: { easyPaceSecondsPerKm: 390 },
      goal: { distance: 'half', raceDate: '2027-04-18' },
      startDate: '2026-12-07',
      availableDays: ['mon', 'wed', 'fri', 'sun'],
      longRunDay: 'sun',
      weeklyKm: 30,
      level: 'intermediate',
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.basis?.vdotEstimated).toBe(true);
    expect(feasibilityText(r.value.feasibility)).toMatch(/estimated from your easy pace/);
    const { plan: next } = adapt(
      r.value,
      { activities: [fiveK('2027-01-10', 22)], checkins: [] },
      '2027-01-11',
    );
    expect(next.basis?.vdotEstimated).toBeUndefined();
    expect(feasibilityText(next.feasibility)).not.toMatch(/estimated from your easy pace/);
  });
});
