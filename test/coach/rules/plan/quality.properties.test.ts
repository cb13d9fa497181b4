/**
 * Issue 9 §5 invariants over generated runners: Daniels' per-session caps hold in DISTANCE for every
 * training session of every week (DRF 3rd ed. ch. 4–5), and race-specific long runs carry only their
 * goal's work, as hard days inside the M cap.
 */
import { vi, describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import type { Intensity, Plan, Session, Step, Week } from '../../../../coach/rules/plan/types.js';
import { planRequest, type AthleteCase } from './arbitraries.js';
import { PROPERTY_TEST_TIMEOUT_MS } from '../../../helpers/property.js';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

const EPS = 1e-6;
const stepKm = (st: Step): number => (st.km ?? 0) * (st.repeat ?? 1);
const stepMin = (st: Step): number => (st.minutes ?? 0) * (st.repeat ?? 1);
const training = (w: Week): Session[] => w.sessions.filter((s) => s.kind !== 'race');
const kmAt = (s: Session, i: Intensity): number =>
  s.steps.filter((st) => st.intensity === i).reduce((sum, st) => sum + stepKm(st), 0);

/** Every distance-cap breach in a plan, by date. */
function capViolations(plan: Plan): string[] {
  const v: string[] = [];
  for (const w of plan.weeks) {
    const km = training(w).reduce((sum, s) => sum + s.steps.reduce((a, st) => a + stepKm(st), 0), 0);
    for (const s of training(w)) {
      const t = kmAt(s, 'T');
      const i = kmAt(s, 'I');
      const r = s.kind === 'repetitions' ? kmAt(s, 'R') : 0;
      const mKm = kmAt(s, 'M');
      const mMin = s.steps.filter((st) => st.intensity === 'M').reduce((sum, st) => sum + stepMin(st), 0);
      if (t > 0.1 * km + EPS) v.push(`${s.date}: T ${t.toFixed(2)} km > 10 % of ${km.toFixed(1)} km`);
      if (i > Math.min(10, 0.08 * km) + EPS)
        v.push(`${s.date}: I ${i.toFixed(2)} km > min(10, 8 % of ${km.toFixed(1)})`);
      if (r > Math.min(8, 0.05 * km) + EPS)
        v.push(`${s.date}: R ${r.toFixed(2)} km > min(8, 5 % of ${km.toFixed(1)})`);
      if (mKm > 29 + EPS || mMin > 110 + EPS) v.push(`${s.date}: M ${mKm.toFixed(1)} km / ${mMin} min`);
    }
  }
  return v;
}

/** Long runs with work: only in race-specific weeks, M for the marathon, T for the half, always hard. */
function longRunViolations(plan: Plan, goal: string): string[] {
  const v: string[] = [];
  for (const w of plan.weeks)
    for (const s of training(w)) {
      if (s.kind !== 'long') continue;
      const work = s.steps.filter((st) => st.intensity !== 'E' && st.intensity !== 'walk');
      if (work.length === 0) continue;
      const expected = goal === 'marathon' ? 'M' : goal === 'half' ? 'T' : undefined;
      if (w.phase !== 'race-specific' || w.downWeek) v.push(`${s.date}: work in a ${w.phase} long run`);
      if (work.some((st) => st.intensity !== expected))
        v.push(`${s.date}: ${work[0]!.intensity} in a ${goal} long run`);
      if (!s.hard) v.push(`${s.date}: a long run with work is not a hard day`);
    }
  return v;
}

function check({ input }: AthleteCase): string[] {
  const plan = buildPlan(input);
  // A half or marathon whose long runs cannot reach a safe length is refused (long-run.ts): nothing to cap.
  if (!plan.ok && plan.code === 'LONG_RUN_NOT_REACHABLE') return [];
  if (!plan.ok) return [`did not build: ${plan.code}`];
  return [...capViolations(plan.value), ...longRunViolations(plan.value, input.goal.distance)];
}

describe('quality over generated runners', () => {
  it("every training session keeps Daniels' caps in distance (1 500 runners, 6–30 weeks)", () => {
    fc.assert(
      fc.property(planRequest(6, 30), (c) => {
        expect(check(c)).toEqual([]);
      }),
      { seed: 9005, numRuns: 1500 },
    );
  });

  it('half and marathon builds: caps and race-specific long runs (600 runners)', () => {
    fc.assert(
      fc.property(planRequest(8, 24, ['half', 'marathon']), (c) => {
        expect(check(c)).toEqual([]);
      }),
      { seed: 9006, numRuns: 600 },
    );
  });
});
