/**
 * The four rows of the "static plan vs coach" table (issue 4), on a plan from the real builder
 * (test/fixtures/plans/marathon-18w-vdot42.json, an 18-week marathon plan) with realistic history.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapt } from '../../../../coach/rules/adapt/adapt.js';
import type { Activity, CheckIn } from '../../../../coach/rules/adapt/history.js';
import { midRunCue } from '../../../../coach/rules/in-run/mid-run-cue.js';
import type { Plan, Session } from '../../../../coach/rules/plan/types.js';

const read = (name: string) =>
  readFileSync(new URL(`../../../fixtures/plans/${name}`, import.meta.url), 'utf8');
const scenario = JSON.parse(read('scenario-two-bad-nights.json')) as {
  plan: Plan;
  activities: Activity[];
  checkins: CheckIn[];
};
const plan = scenario.plan;
const sessions = (p: Plan) => p.weeks.flatMap((w) => w.sessions);
const on = (p: Plan, date: string): Session => {
  const s = sessions(p).find((x) => x.date === date);
  if (s === undefined) throw new Error(`fixture has no session on ${date}`);
  return s;
};
const calmNights = scenario.checkins.map((c) => ({ ...c, sleepHours: 7.5, sleepQuality: 4 }));

describe('static plan vs coach', () => {
  it('two bad nights → easy day', () => {
    const { decisions, plan: next } = adapt(plan, scenario, '2027-01-12');
    expect(on(plan, '2027-01-12').kind).toBe('tempo');
    expect(on(next, '2027-01-12')).toMatchObject({ kind: 'easy', hard: false, replaces: { kind: 'tempo' } });
    expect(decisions.map((d) => d.rule)).toEqual(['readiness.two-bad-nights']);
  });

  it('fitness jump → new VDOT and every pace updated', () => {
    // A 10K race on Sunday 2027-01-10 in 46:30 instead of the planned long run: VDOT ≈ 44 > 42.7.
    // Read on Monday morning, before Monday's run (a session already run is never re-paced).
    const activities = [
      ...scenario.activities.filter((a) => a.date < '2027-01-10'),
      { date: '2027-01-10', km: 10, minutes: 46.5, race: true },
    ];
    const { decisions, plan: next } = adapt(plan, { activities, checkins: calmNights }, '2027-01-11');
    const d = decisions.find((x) => x.rule === 'fitness.race-result');
    expect(d?.action).toBe('raise_vdot');
    expect(next.vdot).toBeGreaterThan(plan.vdot!);
    // The days the race earns for recovery become easy runs (recovery.post-race): compared apart.
    const eased = new Set(decisions.filter((x) => x.rule === 'recovery.post-race').map((x) => x.date));
    expect(eased.size).toBeGreaterThan(0);
    const before = sessions(plan).filter((s) => s.date >= '2027-01-11' && !eased.has(s.date));
    const after = sessions(next).filter((s) => s.date >= '2027-01-11' && !eased.has(s.date));
    let paced = 0;
    before.forEach((s, i) =>
      s.steps.forEach((step, j) => {
        // The race step is derived afresh from the new VDOT, not shifted (race-pace.test.ts).
        if (step.pace === undefined || s.kind === 'race') return;
        paced++;
        const now = after[i]!.steps[j]!.pace!;
        expect(now.from).toBeLessThan(step.pace.from);
        expect(now.to).toBeLessThan(step.pace.to);
      }),
    );
    expect(paced).toBeGreaterThan(100);
    for (const s of sessions(next).filter((x) => x.date < '2027-01-11')) expect(s).toEqual(on(plan, s.date));
  });

  it('run felt far harder than the data → next session eased', () => {
    // Saturday's easy run rated 8/10 (4 above easy): Sunday's run, read before it is run, keeps 60 % of its
    // minutes (`easeKeepFraction`); Tuesday's tempo untouched.
    const activities = scenario.activities
      .filter((a) => a.date < '2027-01-10')
      .map((a) => (a.date === '2027-01-09' ? { ...a, rpe: 8 } : a));
    const { decisions, plan: next } = adapt(plan, { activities, checkins: calmNights }, '2027-01-10');
    const eased = decisions.find((x) => x.rule === 'rpe.mismatch');
    expect(eased).toMatchObject({ date: '2027-01-10', action: 'shorten' });
    expect(on(next, '2027-01-10').minutes).toBe(Math.round(on(plan, '2027-01-10').minutes * 0.6));
    expect(on(next, '2027-01-12')).toEqual(on(plan, '2027-01-12'));
  });

  it('drifting off pace mid-run → a cue back to target', () => {
    const tempo = on(plan, '2027-01-12');
    const work = tempo.steps.findIndex((s) => s.kind === 'rep' || (s.kind === 'run' && s.intensity === 'T'));
    const target = tempo.steps[work]!.pace!;
    const warmupSeconds = (tempo.steps[0]!.minutes ?? 0) * 60;
    const fast = midRunCue(tempo, 0, {
      elapsedSeconds: warmupSeconds + 120,
      lapPaceSPerKm: target.from - 15,
    });
    expect(fast.cue).toBe('slow_down');
    expect(fast.stepIndex).toBe(work);
    expect(fast.correctionSecondsPerKm).toBe(Math.round((target.from + target.to) / 2 - (target.from - 15)));
    const back = midRunCue(tempo, work, {
      elapsedSeconds: warmupSeconds + 240,
      lapPaceSPerKm: target.from + 1,
      previousCue: 'slow_down',
    });
    expect(back.cue).toBe('hold');
  });
});
