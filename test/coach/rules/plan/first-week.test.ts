import fc from 'fast-check';
import { vi, describe, expect, it } from 'vitest';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { weekday } from '../../../../coach/rules/calendar/weekday.js';
import { firstWeekStart, resolveAthlete } from '../../../../coach/rules/plan/athlete.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import type { Plan } from '../../../../coach/rules/plan/types.js';
import { planRequest } from './arbitraries.js';
import { PROPERTY_TEST_TIMEOUT_MS } from '../../../helpers/property.js';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

// Monday 2027-01-04; a 10K on Monday 2027-03-29 gives Tuesday → Monday weeks.
const base: PlanInput = {
  fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } },
  goal: { distance: '10k', raceDate: '2027-03-29' },
  startDate: '2027-01-04',
  availableDays: ['tue', 'thu', 'sat', 'sun'],
  longRunDay: 'sun',
  weeklyKm: 25,
  level: 'intermediate',
};
const build = (over: Partial<PlanInput> = {}): Plan => {
  const r = buildPlan({ ...base, ...over });
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
};
const runs = (p: Plan, i: number) => p.weeks[i]!.sessions.filter((s) => s.kind !== 'rest');

describe('the first week', () => {
  it('a Monday race started on a Monday without a Monday run opens on the Tuesday week, not an empty one', () => {
    const plan = build();
    expect(plan.weeks[0]!.start).toBe('2027-01-05');
    expect(runs(plan, 0).length).toBe(4);
    expect(plan.weeks[0]!.minutes).toBeGreaterThan(0);
    expect(plan.weeks.length).toBe(12);
    expect(plan.weeks.at(-1)!.sessions.at(-1)).toMatchObject({ kind: 'race', date: '2027-03-29' });
    for (const w of plan.weeks) expect(w.sessions.length, w.start).toBeGreaterThan(0);
  });

  it('a Monday start that has a Monday run keeps it: week 0 holds the start day', () => {
    const plan = build({ availableDays: ['mon', 'thu', 'sat', 'sun'] });
    expect(plan.weeks[0]!.start).toBe('2026-12-29');
    expect(runs(plan, 0).map((s) => s.date)).toEqual(['2027-01-04']);
  });

  it('a fitness plan started on a Sunday with no Sunday run starts the next Monday', () => {
    const plan = build({
      goal: { distance: 'fitness', weeks: 4 },
      startDate: '2027-01-10',
      availableDays: ['tue', 'thu', 'sat'],
      longRunDay: 'sat',
    });
    expect(plan.weeks.map((w) => w.start)).toEqual(['2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01']);
    expect(runs(plan, 0).length).toBe(3);
  });

  it('a one-week fitness plan that starts after its only running days runs the next week', () => {
    const plan = build({
      goal: { distance: 'fitness', weeks: 1 },
      startDate: '2026-12-31',
      availableDays: ['mon', 'tue'],
      longRunDay: 'tue',
    });
    expect(plan.weeks.map((w) => w.start)).toEqual(['2027-01-04']);
    expect(runs(plan, 0).map((s) => s.date)).toEqual(['2027-01-04', '2027-01-05']);
  });

  it('keeps a start week that holds the race', () => {
    expect(firstWeekStart('2027-01-04', 1, ['tue'], '2027-01-04')).toBe('2026-12-29');
    expect(firstWeekStart('2027-01-04', 1, ['tue'], '2027-01-11')).toBe('2027-01-05');
    expect(firstWeekStart('2027-01-05', 1, ['wed'])).toBe('2027-01-05'); // a full week is never skipped
  });

  // Review #14: a partial first week holds the start week's own sessions on its days left, never longer.
  const noLonger = (plan: Plan): void => {
    const start = plan.weeks[1]!.sessions.filter((s) => s.kind !== 'long').map((s) => s.minutes);
    for (const s of runs(plan, 0)) expect(s.minutes, s.date).toBeLessThanOrEqual(Math.max(...start));
  };

  it('a Monday race started on a Monday: the lone Monday run is no longer than the easy runs after it', () => {
    // P --race 10k --time 50:00 --goal half --race-date 2027-04-05 --start 2027-01-11
    //   --days mon,wed,fri,sat --long-day sat --weekly-km 35 --longest-km 15
    const plan = build({
      fitness: { race: { distanceMeters: 10000, timeSeconds: 3000 } },
      goal: { distance: 'half', raceDate: '2027-04-05' },
      startDate: '2027-01-11',
      availableDays: ['mon', 'wed', 'fri', 'sat'],
      longRunDay: 'sat',
      weeklyKm: 35,
      longestRunKm: 15,
    });
    expect(runs(plan, 0).map((s) => s.date)).toEqual(['2027-01-11']);
    noLonger(plan);
  });

  it('a Saturday race: the first week is the start week on its days left, not 3 × 46 before 40s', () => {
    // P --race 5k --time 24:00 --goal 10k --race-date 2027-03-13 --start 2027-01-11
    //   --days tue,thu,sat,sun --long-day sun --weekly-km 30 --longest-km 12
    const plan = build({
      fitness: { race: { distanceMeters: 5000, timeSeconds: 1440 } },
      goal: { distance: '10k', raceDate: '2027-03-13' },
      startDate: '2027-01-11',
      availableDays: ['tue', 'thu', 'sat', 'sun'],
      longRunDay: 'sun',
      weeklyKm: 30,
      longestRunKm: 12,
    });
    expect(plan.weeks[0]!.start).toBe('2027-01-10');
    noLonger(plan);
    // The same days carry the same runs as in the start week.
    const byDay = (i: number) =>
      runs(plan, i)
        .filter((s) => s.kind !== 'long')
        .map((s) => s.minutes);
    expect(byDay(0)).toEqual(byDay(1));
  });

  it('over generated runners, the first week holds a run on or after the start date', () => {
    fc.assert(
      fc.property(planRequest(2, 30), ({ input }) => {
        const r = buildPlan(input);
        if (!r.ok) return;
        const a = resolveAthlete(input);
        if (!a.ok) throw new Error(a.code);
        const first = r.value.weeks[0]!;
        expect(first.start).toBe(a.value.planStart);
        expect(addDays(first.start, 6) >= input.startDate).toBe(true);
        expect(
          first.sessions.some((s) => s.kind !== 'rest' && s.date >= input.startDate),
          `${input.startDate} ${weekday(input.startDate)} ${input.availableDays.join(',')}`,
        ).toBe(true);
      }),
      { seed: 909, numRuns: 300 },
    );
  });
});
