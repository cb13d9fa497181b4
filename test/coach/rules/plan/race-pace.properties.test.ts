/**
 * Race-day pace over generated runners: the race step is never faster than the current Daniels equivalent
 * pace, at build time and after any VDOT change.
 */
import fc from 'fast-check';
import { vi, describe, expect, it } from 'vitest';
import { repacePlan } from '../../../../coach/rules/adapt/repace.js';
import { resolveAthlete } from '../../../../coach/rules/plan/athlete.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import { stepMinutes } from '../../../../coach/rules/plan/steps.js';
import type { Plan, Step } from '../../../../coach/rules/plan/types.js';
import { RACE_DISTANCE_METERS } from '../../../../coach/rules/units/race-distance.js';
import { equivalentRaceTime } from '../../../../coach/rules/vdot/equivalent-race-time.js';
import { planRequest } from './arbitraries.js';
import { PROPERTY_TEST_TIMEOUT_MS } from '../../../helpers/property.js';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

const RACE_GOALS = ['5k', '10k', 'half', 'marathon'] as const;

function raceStep(plan: Plan): Step | undefined {
  const race = plan.weeks.flatMap((w) => w.sessions).find((s) => s.kind === 'race');
  return race?.steps.find((s) => s.kind === 'run');
}

/** Violations of "race pace ≥ current equivalent pace (s/km)" for a plan at `vdot`. */
function fasterThanEquivalent(plan: Plan, vdot: number): string[] {
  const goal = plan.goal.distance;
  const step = raceStep(plan);
  if (goal === 'fitness' || step?.pace === undefined) return [];
  const meters = RACE_DISTANCE_METERS[goal];
  const equivalent = equivalentRaceTime(vdot, meters);
  const v: string[] = [];
  if (step.pace.from < equivalent / (meters / 1000))
    v.push(`race pace ${step.pace.from} s/km faster than the equivalent ${equivalent / (meters / 1000)}`);
  // The race's time: its runs and (a run/walk race) walk breaks. Minutes are kept to 2 decimals: 0.6 s a step.
  const race = plan.weeks.flatMap((w) => w.sessions).find((s) => s.kind === 'race');
  const raceSteps = race?.steps.filter((st) => st.kind === 'run' || st.kind === 'walk') ?? [];
  const seconds = raceSteps.reduce((sum, st) => sum + stepMinutes(st) * 60, 0);
  if (seconds < equivalent - 0.6 * raceSteps.length)
    v.push(`race planned at ${seconds} s, faster than the equivalent ${equivalent}`);
  if (plan.feasibility.predictedTime !== undefined && plan.feasibility.predictedTime < equivalent - 0.5)
    v.push(`predicted ${plan.feasibility.predictedTime} s, faster than the equivalent ${equivalent}`);
  return v;
}

describe('race pace ≥ current equivalent pace over generated runners', () => {
  it('at build time (600 runners)', () => {
    let paced = 0;
    fc.assert(
      fc.property(planRequest(6, 30, RACE_GOALS), ({ input }) => {
        const built = buildPlan(input);
        const athlete = resolveAthlete(input);
        // A half or marathon whose long runs cannot reach a safe length is refused: no race to pace.
        if (!built.ok && built.code === 'LONG_RUN_NOT_REACHABLE') return;
        if (!built.ok || !athlete.ok) throw new Error('a valid request did not build');
        if (athlete.value.vdot === undefined) return;
        if (raceStep(built.value)?.pace !== undefined) paced++;
        expect(fasterThanEquivalent(built.value, athlete.value.vdot)).toEqual([]);
      }),
      { seed: 919, numRuns: 600 },
    );
    expect(paced).toBeGreaterThan(100);
  });

  it('after any VDOT change (400 runners × a new VDOT)', () => {
    fc.assert(
      fc.property(
        planRequest(6, 30, RACE_GOALS),
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.nat(),
        ({ input }, delta, pick) => {
          const built = buildPlan(input);
          if (!built.ok && built.code === 'LONG_RUN_NOT_REACHABLE') return;
          if (!built.ok) throw new Error('a valid request did not build');
          const plan = built.value;
          if (plan.vdot === undefined) return;
          const next = Math.round(Math.min(85, Math.max(20, plan.vdot + delta)) * 10) / 10;
          const from = plan.weeks[pick % plan.weeks.length]!.start;
          const repaced = repacePlan(plan, plan.vdot, next, from);
          expect(fasterThanEquivalent({ ...repaced, feasibility: { ok: true, message: '' } }, next)).toEqual(
            [],
          );
        },
      ),
      { seed: 920, numRuns: 400 },
    );
  });
});
