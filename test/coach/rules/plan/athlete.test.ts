import { describe, it, expect } from 'vitest';
import { resolveAthlete, DEFAULT_WEEKLY_MINUTES } from '../../../../coach/rules/plan/athlete.js';
import { vdotFromEasyPace } from '../../../../coach/rules/plan/easy-pace-vdot.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import { trainingPaces } from '../../../../coach/rules/paces/training-paces.js';

const base: PlanInput = {
  fitness: {},
  goal: { distance: '10k', raceDate: '2027-03-07' },
  startDate: '2027-01-06',
  availableDays: ['sun', 'tue', 'thu', 'tue'],
  longRunDay: 'sun',
  level: 'intermediate',
};

const resolve = (o: Partial<PlanInput>) => {
  const r = resolveAthlete({ ...base, ...o });
  if (!r.ok) throw new Error(r.code);
  return r.value;
};

describe('resolveAthlete', () => {
  it('counts Monday weeks to a Sunday race', () => {
    const a = resolve({});
    expect(a.planStart).toBe('2027-01-04');
    expect(a.weeks).toBe(9);
    expect(a.lastDate).toBe('2027-03-07');
    expect(a.days).toEqual([1, 3, 6]);
    expect(a.longDay).toBe(6);
  });

  it('counts weeks back from race day, so a Monday race gives Tuesday → Monday weeks', () => {
    // Race Monday 2027-03-08; start Wednesday 2027-01-06 falls in the week from Tuesday 2027-01-05.
    const a = resolve({ goal: { distance: '10k', raceDate: '2027-03-08' } });
    expect(a.planStart).toBe('2027-01-05');
    expect(a.weeks).toBe(9);
    expect(a.lastDate).toBe('2027-03-08');
    // Tue, Thu, Sun as offsets from Tuesday.
    expect(a.days).toEqual([0, 2, 5]);
    expect(a.longDay).toBe(5);
  });

  it('starts a fitness plan on the Monday of the start week', () => {
    const a = resolve({ goal: { distance: 'fitness', weeks: 4 } });
    expect(a.planStart).toBe('2027-01-04');
    expect(a.lastDate).toBe('2027-01-31');
  });

  it('takes VDOT from a race, else conservatively from an easy pace, else none', () => {
    expect(resolve({ fitness: { race: { distanceMeters: 10000, timeSeconds: 2400 } } }).vdot).toBeCloseTo(
      51.9,
      0,
    );
    const fromPace = resolve({ fitness: { easyPaceSecondsPerKm: 360 } });
    expect(fromPace.vdotSource).toBe('easy-pace');
    expect(trainingPaces(fromPace.vdot!).easy.from).toBeCloseTo(360, 3);
    expect(resolve({}).vdot).toBeUndefined();
    expect(resolve({}).paces).toBeUndefined();
  });

  it('reads current volume from minutes, else km at easy pace, else a level default', () => {
    expect(resolve({ weeklyMinutes: 200, weeklyKm: 10 }).currentWeekMinutes).toBe(200);
    const fromKm = resolve({ weeklyKm: 30, fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } } });
    const easy = trainingPaces(fromKm.vdot!).easy;
    expect(fromKm.currentWeekMinutes).toBeCloseTo((30 * (easy.from + easy.to)) / 2 / 60, 6);
    expect(resolve({}).currentWeekMinutes).toBe(DEFAULT_WEEKLY_MINUTES.intermediate);
    expect(resolve({}).currentWeekStated).toBe(false);
  });

  it('puts beginners, masters and recent or recurring injuries on the gentle track', () => {
    expect(resolve({}).gentle).toBe(false);
    expect(resolve({ level: 'beginner' }).gentle).toBe(true);
    expect(resolve({ age: 50 }).gentle).toBe(true);
    expect(resolve({ age: 49 }).gentle).toBe(false);
    expect(resolve({ injuries: [{ area: 'knee', recent: false, recurring: true }] }).gentle).toBe(true);
    expect(resolve({ injuries: [{ area: 'knee', recent: false, recurring: false }] }).gentle).toBe(false);
  });

  it('builds HR targets only from HR data', () => {
    expect(resolve({ age: 40 }).hr).toBeUndefined();
    expect(resolve({ age: 40, hr: { restingHr: 50 } }).hr?.maxHr).toMatchObject({
      bpm: 180,
      estimated: true,
    });
  });
});

describe('vdotFromEasyPace', () => {
  it('inverts the fast end of the easy range', () => {
    for (const v of [25, 40, 60, 85]) expect(vdotFromEasyPace(trainingPaces(v).easy.from)).toBeCloseTo(v, 4);
  });
  it('has no VDOT for a very slow easy pace', () => {
    expect(vdotFromEasyPace(1100)).toBeUndefined();
  });
});
