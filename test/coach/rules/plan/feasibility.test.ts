import { vi, describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  goalFeasibility,
  minLongRunMinutes,
  VDOT_GAIN_PER_WEEK,
} from '../../../../coach/rules/plan/feasibility.js';
import { equivalentRaceTime } from '../../../../coach/rules/vdot/equivalent-race-time.js';
import { PROPERTY_TEST_TIMEOUT_MS } from '../../../helpers/property.js';
import { feasibilityText } from '../../../../coach/prompts/templates/feasibility-words.js';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

const HALF = 21097.5;

describe('goal feasibility', () => {
  it('predicts race day from current fitness; ≈ 1 VDOT per 5 weeks appears only as "if training goes well"', () => {
    const f = goalFeasibility({
      goal: 'half',
      goalMeters: HALF,
      level: 'intermediate',
      weeks: 12,
      trainingWeeks: 10,
      vdot: 45,
    });
    expect(f.ok).toBe(true);
    expect(f.raceDayVdot).toBeCloseTo(47, 6);
    // Today's equivalent at whole seconds per km (the race step's fast end as shown).
    const km = HALF / 1000;
    expect(f.predictedTime).toBe(Math.round(Math.ceil(equivalentRaceTime(45, HALF) / km) * km));
    expect(f.potentialTime).toBe(Math.round(Math.ceil(equivalentRaceTime(47, HALF) / km) * km));
    expect(feasibilityText(f)).toMatch(
      /^Predicted race-day time 1:40:34 from today's fitness \(VDOT 45\.0\)/,
    );
    expect(feasibilityText(f)).toContain('if training goes well, about 1:36:42');
  });

  it('says a too-fast target is out of reach, with a realistic target no faster than the prediction', () => {
    const f = goalFeasibility({
      goal: 'half',
      goalMeters: HALF,
      level: 'intermediate',
      weeks: 12,
      trainingWeeks: 10,
      vdot: 45,
      targetTime: 5400,
    });
    expect(f.ok).toBe(false);
    expect(f.realisticTarget).toBeGreaterThanOrEqual(f.potentialTime!);
    expect(f.realisticTarget! % 10).toBe(0);
    expect(feasibilityText(f)).toMatch(/A 1:30:00 needs VDOT 5\d\.\d/);
  });

  it('accepts a target at or slower than the prediction', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 30, max: 70, noNaN: true }),
        fc.integer({ min: 4, max: 30 }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        (vdot, weeks, slack) => {
          const f = goalFeasibility({
            goal: '10k',
            goalMeters: 10000,
            level: 'advanced',
            weeks,
            trainingWeeks: weeks - 1,
            vdot,
          });
          const g = goalFeasibility({
            goal: '10k',
            goalMeters: 10000,
            level: 'advanced',
            weeks,
            trainingWeeks: weeks - 1,
            vdot,
            targetTime: f.predictedTime! * (1 + slack),
          });
          expect(g.realisticTarget).toBeUndefined();
        },
      ),
      { seed: 9, numRuns: 300 },
    );
  });

  it('expects more from beginners per week, but caps what one plan can add', () => {
    expect(VDOT_GAIN_PER_WEEK.beginner).toBeGreaterThan(VDOT_GAIN_PER_WEEK.advanced);
    const long = goalFeasibility({
      goal: '5k',
      goalMeters: 5000,
      level: 'advanced',
      weeks: 52,
      trainingWeeks: 51,
      vdot: 60,
    });
    expect(long.raceDayVdot).toBe(63);
  });

  it('flags a rushed first marathon even without a target', () => {
    const f = goalFeasibility({
      goal: 'marathon',
      goalMeters: 42195,
      level: 'beginner',
      weeks: 8,
      trainingWeeks: 6,
    });
    expect(f.ok).toBe(false);
    expect(f.predictedTime).toBeUndefined();
    expect(feasibilityText(f)).toMatch(/8 weeks is short for a beginner runner preparing a marathon/);
  });

  it('says when fitness is only estimated from an easy pace', () => {
    const f = goalFeasibility({
      goal: '10k',
      goalMeters: 10000,
      level: 'intermediate',
      weeks: 10,
      trainingWeeks: 9,
      vdot: 40,
      vdotEstimated: true,
    });
    expect(f.notes?.map((n) => n.code)).toContain('ESTIMATED_VDOT');
    expect(feasibilityText(f)).toMatch(/^Predicted race-day time/);
  });

  it('has nothing to predict for general fitness', () => {
    const f = goalFeasibility({
      goal: 'fitness',
      level: 'intermediate',
      weeks: 12,
      trainingWeeks: 12,
      vdot: 40,
    });
    expect(f).toEqual({ ok: true, notes: [{ code: 'GENERAL_FITNESS', facts: { weeks: 12 } }] });
  });

  it('a daily cap too short for the goal’s long runs makes the goal not feasible, and says why', () => {
    const marathon = {
      goal: 'marathon' as const,
      goalMeters: 42195,
      level: 'advanced' as const,
      weeks: 18,
      trainingWeeks: 15,
      vdot: 50,
    };
    const capped = goalFeasibility({ ...marathon, maxDayMinutes: 20 });
    expect(capped.ok).toBe(false);
    expect(feasibilityText(capped)).toMatch(/20 minutes a day.*at least 135 minutes/);
    expect(goalFeasibility({ ...marathon, maxDayMinutes: 150 }).ok).toBe(true);
    // With the runner's easy pace the minimum is the lesser of 24 km and 135 min: 120 at 5:00/km.
    expect(goalFeasibility({ ...marathon, maxDayMinutes: 125, easySecondsPerKm: 300 }).ok).toBe(true);
    expect(goalFeasibility({ ...marathon, maxDayMinutes: 125 }).ok).toBe(false);
  });

  it('the shortest safe long run is the lesser of a distance and a time, per runner (issue 9 §2)', () => {
    expect(minLongRunMinutes('marathon', 300)).toBe(120);
    expect(minLongRunMinutes('marathon', 420)).toBe(135);
    expect(minLongRunMinutes('half', 300)).toBe(65);
    expect(minLongRunMinutes('half', 480)).toBe(100);
    expect(minLongRunMinutes('half')).toBe(100);
    expect(minLongRunMinutes('10k', 300)).toBe(40);
  });
});
