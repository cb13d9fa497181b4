import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import {
  ADEQUATE_PEAK_WEEK_KM,
  LOW_VOLUME_EXTRA_FRACTION,
  RACE_RANGE_FRACTION,
  checkTargetTime,
  racePace,
} from '../../../../coach/rules/plan/race-pace.js';
import type { Plan, Step } from '../../../../coach/rules/plan/types.js';
import { equivalentRaceTime } from '../../../../coach/rules/vdot/equivalent-race-time.js';
import { vdotFromRace } from '../../../../coach/rules/vdot/vdot-from-race.js';
import { feasibilityText } from '../../../../coach/prompts/templates/feasibility-words.js';
import { planErrorText } from '../../../../coach/prompts/templates/plan-error-words.js';

const HALF = 21097.5;
/** The README runner: a 25:00 5K, a half on 18 April, 19 weeks. */
const base: PlanInput = {
  fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } },
  goal: { distance: 'half', raceDate: '2027-04-18' },
  startDate: '2026-12-07',
  availableDays: ['mon', 'wed', 'fri', 'sun'],
  longRunDay: 'sun',
  weeklyKm: 25,
  level: 'intermediate',
  age: 41,
};
const vdot = (() => {
  const v = vdotFromRace(5000, 1500);
  if (!v.ok) throw new Error(v.message);
  return v.value;
})();
const halfEquivalentPace = equivalentRaceTime(vdot, HALF) / (HALF / 1000);

function built(input: PlanInput): Plan {
  const r = buildPlan(input);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
}
function raceStep(plan: Plan): Step {
  const race = plan.weeks.at(-1)!.sessions.find((s) => s.kind === 'race')!;
  return race.steps.find((s) => s.kind === 'run')!;
}

describe('race-day pace from current fitness', () => {
  it("a 25:00 5K runner's half race step is no faster than the VDOT equivalent pace", () => {
    const plan = built(base);
    const step = raceStep(plan);
    expect(step.pace!.from).toBeGreaterThanOrEqual(halfEquivalentPace);
    expect(step.minutes! * 60).toBeGreaterThanOrEqual(equivalentRaceTime(vdot, HALF) - 0.6);
    // Predicted time is the race step's time, today's fitness; the gain is only in the words.
    expect(plan.feasibility.predictedTime).toBe(Math.round(step.minutes! * 60));
    expect(plan.feasibility.potentialTime).toBeLessThan(plan.feasibility.predictedTime!);
    expect(feasibilityText(plan.feasibility)).toMatch(/if training goes well, about 1:4\d:\d\d/);
  });

  it('is a range whose slow end is the conservative one', () => {
    const r = racePace('half', HALF, vdot, 60);
    expect(r.lowVolume).toBe(false);
    expect(r.pace.from).toBe(Math.ceil(halfEquivalentPace));
    expect(r.pace.to).toBe(Math.ceil(halfEquivalentPace * (1 + RACE_RANGE_FRACTION.half)));
    // The planned time is the fast end as shown, whole seconds per km: never faster than the pace printed.
    expect(r.seconds).toBeCloseTo(Math.ceil(halfEquivalentPace) * (HALF / 1000), 6);
    expect(r.seconds).toBeGreaterThanOrEqual(equivalentRaceTime(vdot, HALF));
  });

  it('a low-volume build races from the conservative end, in a wider, slower range', () => {
    const adequate = racePace('marathon', 42195, 45, ADEQUATE_PEAK_WEEK_KM.marathon);
    const low = racePace('marathon', 42195, 45, ADEQUATE_PEAK_WEEK_KM.marathon - 1);
    expect(low.lowVolume).toBe(true);
    expect(low.pace.from).toBeGreaterThanOrEqual(adequate.pace.to);
    expect(low.pace.to - low.pace.from).toBeGreaterThan(adequate.pace.to - adequate.pace.from);
    const e = equivalentRaceTime(45, 42195) / 42.195;
    const frac = RACE_RANGE_FRACTION.marathon + LOW_VOLUME_EXTRA_FRACTION.marathon;
    expect(low.pace.to).toBe(Math.ceil(e * (1 + frac)));
    // Through the builder: a 27 km/week runner's marathon says so and plans the slower time.
    const plan = built({
      ...base,
      goal: { distance: 'marathon', raceDate: '2027-04-18' },
      weeklyKm: 27,
      longestRunKm: 16,
      availableDays: ['tue', 'thu', 'sat', 'sun'],
    });
    expect(plan.basis!.peakWeekKm).toBeLessThan(ADEQUATE_PEAK_WEEK_KM.marathon);
    expect(raceStep(plan).pace!.from).toBeGreaterThanOrEqual(
      (equivalentRaceTime(vdot, 42195) / 42.195) * (1 + RACE_RANGE_FRACTION.marathon),
    );
    expect(feasibilityText(plan.feasibility)).toMatch(/light for a marathon .* conservative end/);
  });

  it('a target slower than the equivalent is the pace; a faster one never is', () => {
    const slow = built({ ...base, goal: { ...base.goal, targetTime: 7500 } });
    expect(raceStep(slow).minutes).toBe(125);
    expect(raceStep(slow).pace).toEqual({
      from: Math.round(7500 / 21.0975 - 2),
      to: Math.round(7500 / 21.0975 + 2),
    });
    // Faster than today's equivalent yet within what the weeks can bring: accepted, not prescribed.
    const reach = built({ ...base, goal: { ...base.goal, targetTime: 6800 } });
    expect(reach.feasibility.ok).toBe(true);
    expect(reach.feasibility.realisticTarget).toBeUndefined();
    expect(feasibilityText(reach.feasibility)).toMatch(/^1:53:20 is within reach if training goes well/);
    expect(raceStep(reach).pace!.from).toBeGreaterThanOrEqual(halfEquivalentPace);
    expect(raceStep(reach).minutes! * 60).toBeGreaterThan(6800);
  });

  it('refuses a target far beyond the equivalent with the realistic one, and races at current fitness', () => {
    const plan = built({ ...base, goal: { ...base.goal, targetTime: 5400 } });
    const f = plan.feasibility;
    expect(f.ok).toBe(false);
    expect(f.potentialTime).toBeDefined();
    expect(f.realisticTarget).toBe(Math.ceil(f.potentialTime! / 10) * 10);
    expect(feasibilityText(f)).toMatch(/^A 1:30:00 needs VDOT 5\d\.\d: more than this build can bring\./);
    expect(feasibilityText(f)).toContain('A realistic target is');
    expect(feasibilityText(f)).not.toMatch(/stretch/i);
    expect(raceStep(plan).pace!.from).toBeGreaterThanOrEqual(halfEquivalentPace);
  });
});

describe('a target beyond the world record', () => {
  it('is an error from buildPlan with the record in the facts, never "a stretch"', () => {
    const r = buildPlan({ ...base, goal: { ...base.goal, targetTime: 3300 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('TARGET_BEYOND_WORLD_RECORD');
    expect(r.facts).toMatchObject({ targetTime: 3300, worldRecordSeconds: 3402, distanceMeters: HALF });
    expect(planErrorText(r.code, r.facts)).toMatch(
      /55:00 is faster than the world record for the distance \(56:42\)/,
    );
  });

  it('accepts the record itself, and applies to every race distance', () => {
    expect(checkTargetTime(5000, 755.36).ok).toBe(true);
    expect(checkTargetTime(5000, 755).ok).toBe(false);
    expect(checkTargetTime(42195, 7234).ok).toBe(false);
    expect(checkTargetTime(10000, undefined).ok).toBe(true);
    const five = buildPlan({ ...base, goal: { distance: '5k', raceDate: '2027-04-18', targetTime: 700 } });
    expect(five.ok || five.code).toBe('TARGET_BEYOND_WORLD_RECORD');
  });
});
