import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import { detrainingFactor, returnLadder } from '../../../../coach/rules/adapt/detraining.js';
import { VDOT_RAISE_STEP } from '../../../../coach/rules/adapt/fitness-rules.js';
import { intensityPace } from '../../../../coach/rules/adapt/repace.js';
import { trainingPaces } from '../../../../coach/rules/paces/training-paces.js';
import type { Plan } from '../../../../coach/rules/plan/types.js';
import { vdotFromRace } from '../../../../coach/rules/vdot/vdot-from-race.js';
import { followedPlan } from './history-fixture.js';
import { fixturePlan, sessionOn } from './plan-fixture.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 10, vdot: 45, withHr: true });
const steps = (p: Plan) =>
  p.weeks.flatMap((w) => w.sessions.flatMap((s) => s.steps.map((step) => ({ date: s.date, step }))));

describe('fitness changes', () => {
  it('fitness jump → new VDOT and every future pace updated', () => {
    const sun = '2027-01-24';
    const raceSeconds = 44 * 60; // a 10K in 44:00 is VDOT ≈ 46.6, above the plan's 45
    const activities = [
      ...followedPlan(plan, '2027-01-04', '2027-01-23'),
      { date: sun, km: 10, minutes: raceSeconds / 60, race: true },
    ];
    const today = '2027-01-25';
    const { decisions, plan: next } = adapt(plan, { activities, checkins: [] }, today);
    const expected = vdotFromRace(10_000, raceSeconds);
    if (!expected.ok) throw new Error('fixture race must give a VDOT');
    const vdot = Math.round(expected.value * 10) / 10;
    expect(next.vdot).toBe(vdot);
    expect(next.vdotSetOn).toBe(today);
    const d = decisions.find((x) => x.rule === 'fitness.race-result');
    expect(d).toMatchObject({
      action: 'raise_vdot',
      before: { vdot: 45 },
      after: { vdot, pacesUpdatedFrom: today },
    });

    const oldP = trainingPaces(45);
    const newP = trainingPaces(vdot);
    // The days the race earns for recovery become easy runs (recovery.post-race): compared apart.
    const eased = new Set(decisions.filter((x) => x.rule === 'recovery.post-race').map((x) => x.date));
    expect([...eased]).toEqual(['2027-01-26', '2027-01-28']);
    const before = steps(plan).filter((x) => !eased.has(x.date));
    const after = steps(next).filter((x) => !eased.has(x.date));
    let updated = 0;
    before.forEach(({ date, step }, i) => {
      const now = after[i]!.step;
      if (step.pace === undefined) return expect(now.pace).toBeUndefined();
      if (date < today) return expect(now.pace).toEqual(step.pace);
      const shift = intensityPace(newP, step.intensity)! - intensityPace(oldP, step.intensity)!;
      expect(shift).toBeLessThan(0);
      expect(Math.abs(now.pace!.from - (step.pace.from + shift))).toBeLessThanOrEqual(0.5);
      expect(Math.abs(now.pace!.to - (step.pace.to + shift))).toBeLessThanOrEqual(0.5);
      updated++;
    });
    expect(updated).toBeGreaterThan(50);
  });

  it('a race slower than the current VDOT leaves paces alone', () => {
    const activities = [
      ...followedPlan(plan, '2027-01-04', '2027-01-23'),
      { date: '2027-01-24', km: 10, minutes: 55, race: true },
    ];
    const { decisions, plan: next } = adapt(plan, { activities, checkins: [] }, '2027-01-25');
    expect(decisions.filter((d) => d.rule.startsWith('fitness'))).toEqual([]);
    expect(next.vdot).toBe(45);
  });

  it('two quality sessions at target pace that felt easier, after 4 weeks → VDOT + 1', () => {
    const today = '2027-02-05'; // 32 days after the plan start
    const easier = ['2027-02-02', '2027-02-04'];
    const activities = followedPlan(plan, '2027-01-04', '2027-02-04').map((a) =>
      easier.includes(a.date) ? { ...a, rpe: 5 } : a,
    );
    const { decisions, plan: next } = adapt(plan, { activities, checkins: [] }, today);
    expect(next.vdot).toBe(45 + VDOT_RAISE_STEP);
    const d = decisions.find((x) => x.rule === 'fitness.quality-evidence');
    expect(d?.reasons.map((r) => r.code)).toEqual(['QUALITY_SESSIONS_EASIER', 'VDOT_HELD_LONG_ENOUGH']);
    expect(sessionOn(next, '2027-02-09').steps[1]!.pace!.from).toBeLessThan(
      sessionOn(plan, '2027-02-09').steps[1]!.pace!.from,
    );
  });

  it('evidence from laps: the tempo laps on target pace at a heart rate below the T range', () => {
    const today = '2027-02-05';
    const tempoDays = ['2027-01-28', '2027-02-04'];
    const activities = followedPlan(plan, '2027-01-04', '2027-02-04').map((a) => {
      if (!tempoDays.includes(a.date)) return a;
      const s = sessionOn(plan, a.date);
      const work = s.steps[1]!;
      const workKm = work.km!;
      const target = work.pace!;
      // warm-up and cool-down laps at easy pace, work laps at the middle of the T range, HR 158 < 165
      const laps = [
        { km: 2.6, minutes: 15, avgHr: 135 },
        { km: workKm / 2, minutes: ((workKm / 2) * (target.from + target.to)) / 2 / 60, avgHr: 158 },
        { km: workKm / 2, minutes: ((workKm / 2) * (target.from + target.to)) / 2 / 60, avgHr: 159 },
        { km: 1.7, minutes: 10, avgHr: 138 },
      ];
      return { date: a.date, km: a.km, minutes: a.minutes, laps };
    });
    const { decisions, plan: next } = adapt(plan, { activities, checkins: [] }, today);
    expect(next.vdot).toBe(46);
    const facts = decisions.find((d) => d.rule === 'fitness.quality-evidence')!.reasons[0]!.facts as {
      sessions: { easierBy: string; avgHr: number }[];
    };
    expect(facts.sessions.map((x) => x.easierBy)).toEqual(['hr', 'hr']);
    expect(facts.sessions[0]!.avgHr).toBe(159);
  });

  it('a whole-run average HR below the work range is no evidence: it includes the warm-up and cool-down', () => {
    const today = '2027-02-05';
    const activities = followedPlan(plan, '2027-01-04', '2027-02-04').map((a) =>
      ['2027-01-28', '2027-02-04'].includes(a.date) ? { ...a, avgHr: 150 } : a,
    );
    const { decisions } = adapt(plan, { activities, checkins: [] }, today);
    expect(decisions.filter((d) => d.rule === 'fitness.quality-evidence')).toEqual([]);
  });

  it('laps slower than the work pace are no evidence, however low the heart rate', () => {
    const today = '2027-02-05';
    const activities = followedPlan(plan, '2027-01-04', '2027-02-04').map((a) =>
      ['2027-01-28', '2027-02-04'].includes(a.date)
        ? {
            date: a.date,
            km: a.km,
            minutes: a.minutes,
            laps: [{ km: a.km, minutes: a.km * 5.5, avgHr: 140 }],
          }
        : a,
    );
    const { decisions } = adapt(plan, { activities, checkins: [] }, today);
    expect(decisions.filter((d) => d.rule === 'fitness.quality-evidence')).toEqual([]);
  });

  it('the same evidence inside 4 weeks of the last change does not raise VDOT', () => {
    const today = '2027-01-22';
    const activities = followedPlan(plan, '2027-01-04', '2027-01-21').map((a) =>
      ['2027-01-19', '2027-01-21'].includes(a.date) ? { ...a, rpe: 5 } : a,
    );
    const { decisions } = adapt(plan, { activities, checkins: [] }, today);
    expect(decisions.filter((d) => d.rule.startsWith('fitness'))).toEqual([]);
  });

  it('quality sessions that were slower than target are not evidence', () => {
    const today = '2027-02-05';
    const activities = followedPlan(plan, '2027-01-04', '2027-02-04').map((a) =>
      ['2027-02-02', '2027-02-04'].includes(a.date) ? { ...a, rpe: 5, minutes: a.minutes * 1.2 } : a,
    );
    const { decisions } = adapt(plan, { activities, checkins: [] }, today);
    expect(decisions.filter((d) => d.rule === 'fitness.quality-evidence')).toEqual([]);
  });

  it('ten days without running → VDOT lowered by Daniels’ FVDOT and volume rebuilt', () => {
    const last = '2027-01-17';
    const today = '2027-01-28'; // 10 days off
    const { decisions, plan: next } = adapt(
      plan,
      { activities: followedPlan(plan, '2027-01-04', last), checkins: [] },
      today,
    );
    expect(next.vdot).toBe(Math.round(45 * detrainingFactor(10) * 10) / 10);
    expect(decisions[0]?.reasons[0]).toMatchObject({
      code: 'BREAK_FROM_RUNNING',
      facts: { daysOff: 10, vdotFactor: 0.985 },
    });
    const rebuild = decisions.filter((d) => d.rule === 'fitness.break-rebuild');
    expect(rebuild.length).toBeGreaterThan(0);
    // first half of the 10-day return: easy and at most half the planned time
    const firstHalf = sessionOn(next, '2027-01-28');
    expect(firstHalf.hard).toBe(false);
    expect(firstHalf.minutes).toBeLessThanOrEqual(Math.round(sessionOn(plan, '2027-01-28').minutes * 0.5));
    const secondHalf = sessionOn(next, '2027-02-04');
    expect(secondHalf.minutes).toBeLessThanOrEqual(Math.round(sessionOn(plan, '2027-02-04').minutes * 0.75));
    expect(sessionOn(next, '2027-02-09')).toMatchObject({
      kind: 'intervals',
      minutes: sessionOn(plan, '2027-02-09').minutes,
    });
  });

  it('detraining follows Daniels’ table, interpolated between rows', () => {
    expect(detrainingFactor(3)).toBe(1);
    expect(detrainingFactor(14)).toBe(0.973);
    expect(detrainingFactor(12)).toBe(0.979);
    expect(detrainingFactor(100)).toBe(0.8);
    expect(returnLadder(40).steps.map((s) => s.keep)).toEqual([0.33, 0.5, 0.75]);
  });
});
