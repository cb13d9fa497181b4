import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { planPhases, taperWeeks } from '../../../../coach/rules/plan/phases.js';
import { MIN_PLAN_WEEKS } from '../../../../coach/rules/plan/plan-limits.js';
import { GOALS, LEVELS } from './arbitraries.js';

const ORDER = ['base', 'build', 'race-specific', 'taper'];

describe('phases', () => {
  it('splits a 6-week 10K plan base → build → race-specific → taper', () => {
    expect(planPhases('10k', 6, 'intermediate')).toEqual([
      'base',
      'base',
      'build',
      'race-specific',
      'race-specific',
      'taper',
    ]);
  });

  it('tapers 2–3 weeks for a marathon, 1–2 for a half, 1 for 5K/10K, none for fitness', () => {
    expect([6, 11, 12, 30].map((w) => taperWeeks('marathon', w))).toEqual([2, 2, 3, 3]);
    expect([4, 9, 10].map((w) => taperWeeks('half', w))).toEqual([1, 1, 2]);
    expect(taperWeeks('5k', 20)).toBe(1);
    expect(taperWeeks('10k', 6)).toBe(1);
    expect(taperWeeks('fitness', 12)).toBe(0);
  });

  it('always covers every week, in order, starting with base', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GOALS),
        fc.constantFrom(...LEVELS),
        fc.integer({ min: 2, max: 52 }),
        (goal, level, w) => {
          const weeks = Math.max(w, MIN_PLAN_WEEKS[goal]);
          const phases = planPhases(goal, weeks, level);
          expect(phases).toHaveLength(weeks);
          expect(phases[0]).toBe('base');
          for (let i = 1; i < phases.length; i++)
            expect(ORDER.indexOf(phases[i]!)).toBeGreaterThanOrEqual(ORDER.indexOf(phases[i - 1]!));
          expect(phases.filter((p) => p === 'taper')).toHaveLength(taperWeeks(goal, weeks));
        },
      ),
      { seed: 5, numRuns: 500 },
    );
  });

  it('gives beginners a longer base', () => {
    const count = (level: 'beginner' | 'advanced') =>
      planPhases('half', 20, level).filter((p) => p === 'base').length;
    expect(count('beginner')).toBeGreaterThan(count('advanced'));
  });
});
