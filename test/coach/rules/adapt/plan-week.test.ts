import { describe, expect, it } from 'vitest';
import { planWeekStart } from '../../../../coach/rules/adapt/plan-week.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';

describe('planWeekStart', () => {
  const built = buildPlan({
    fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } },
    goal: { distance: 'half', raceDate: '2027-04-19' },
    startDate: '2026-12-15',
    availableDays: ['tue', 'thu', 'sat', 'sun'],
    longRunDay: 'sun',
    level: 'intermediate',
  });
  if (!built.ok) throw new Error(built.message);
  const plan = built.value;

  it('follows the plan weeks, which run Tuesday → Monday before a Monday race', () => {
    expect(planWeekStart(plan, '2027-04-19')).toBe('2027-04-13');
    expect(planWeekStart(plan, '2027-04-13')).toBe('2027-04-13');
    expect(planWeekStart(plan, '2027-04-12')).toBe('2027-04-06');
    expect(planWeekStart(plan, '2026-12-15')).toBe('2026-12-15');
  });

  it('falls back to Monday weeks outside the plan', () => {
    expect(planWeekStart(plan, '2027-04-21')).toBe('2027-04-19');
    expect(planWeekStart(plan, '2026-12-10')).toBe('2026-12-07');
    expect(planWeekStart({ ...plan, weeks: [] }, '2027-01-01')).toBe('2026-12-28');
  });
});
