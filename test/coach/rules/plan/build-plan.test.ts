import { vi, describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { mondayOfWeek } from '../../../../coach/rules/calendar/monday-of-week.js';
import { resolveAthlete } from '../../../../coach/rules/plan/athlete.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import { RULES_VERSION } from '../../../../coach/rules/plan/rules-version.js';
import { runningMinutes } from '../../../../coach/rules/plan/steps.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import { GOALS, LEVELS, planRequest, type AthleteCase } from './arbitraries.js';
import { planViolations, trainingMinutes } from './plan-rules.js';
import { PROPERTY_TEST_TIMEOUT_MS } from '../../../helpers/property.js';
import { planNoteWords } from '../../../../coach/prompts/templates/plan-note-words.js';
import { feasibilityText } from '../../../../coach/prompts/templates/feasibility-words.js';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

/**
 * The one refusal a valid request may get (issue 9): a half or marathon whose long runs cannot reach the
 * goal's minimum. It must carry the figures, and the shorter race it offers must build.
 */
function refusalViolations(input: PlanInput, code: string, facts: Record<string, unknown>): string[] {
  const goal = input.goal.distance;
  if (code !== 'LONG_RUN_NOT_REACHABLE' || (goal !== 'half' && goal !== 'marathon'))
    return [`did not build: ${code}`];
  const { longestMinutes, neededMinutes, shorterRace } = facts as {
    longestMinutes: number;
    neededMinutes: number;
    shorterRace?: '5k' | '10k' | 'half';
  };
  if (!(longestMinutes < neededMinutes)) return [`refused with ${longestMinutes} ≥ ${neededMinutes}`];
  if (shorterRace === undefined) return [];
  const shorter = buildPlan({ ...input, goal: { distance: shorterRace, raceDate: input.goal.raceDate! } });
  return shorter.ok ? [] : [`the offered ${shorterRace} does not build: ${shorter.code}`];
}

function check({ input }: AthleteCase): string[] {
  const plan = buildPlan(input);
  if (!plan.ok) return refusalViolations(input, plan.code, plan.facts ?? {});
  const athlete = resolveAthlete(input);
  if (!athlete.ok) return ['athlete did not resolve'];
  return planViolations(plan.value, input, athlete.value);
}

describe('buildPlan keeps every rule over generated athletes', () => {
  it('6–30-week plans for every goal and level (2 000 athletes)', () => {
    fc.assert(
      fc.property(planRequest(6, 30), (c) => {
        expect(check(c)).toEqual([]);
      }),
      { seed: 4242, numRuns: 2000 },
    );
  });

  it('the shortest plans each goal accepts (500 athletes)', () => {
    fc.assert(
      fc.property(planRequest(2, 5, ['5k', '10k']), (c) => {
        expect(check(c)).toEqual([]);
      }),
      { seed: 77, numRuns: 250 },
    );
    fc.assert(
      fc.property(planRequest(4, 6, ['half']), (c) => {
        expect(check(c)).toEqual([]);
      }),
      { seed: 78, numRuns: 250 },
    );
  });
});

describe('every distance × level × 3–7 days × 6–30 weeks builds and keeps the rules', () => {
  const dayOrder = ['tue', 'thu', 'sat', 'sun', 'mon', 'wed', 'fri'] as const;
  for (const goal of GOALS)
    for (const level of LEVELS)
      it(`${goal}, ${level}`, () => {
        for (let days = 3; days <= 7; days++)
          for (let weeks = 6; weeks <= 30; weeks++) {
            const availableDays = dayOrder.slice(0, days);
            const input: PlanInput = {
              fitness:
                level === 'beginner'
                  ? {}
                  : { race: { distanceMeters: 5000, timeSeconds: level === 'advanced' ? 1140 : 1500 } },
              goal:
                goal === 'fitness'
                  ? { distance: 'fitness', weeks }
                  : { distance: goal, raceDate: '2027-06-13' },
              startDate: addDays(mondayOfWeek('2027-06-13'), -(weeks - 1) * 7),
              availableDays: [...availableDays],
              longRunDay: days % 2 === 0 ? availableDays[0]! : availableDays[days - 1]!,
              level,
            };
            const built = buildPlan(input);
            // Issue 9: a half or marathon the long runs cannot reach is refused (checked in `check`).
            if (!built.ok && built.code === 'LONG_RUN_NOT_REACHABLE') {
              expect(check({ input, weeks }), `${days} days, ${weeks} weeks`).toEqual([]);
              continue;
            }
            expect(built.ok && built.value.weeks.length, `${days} days, ${weeks} weeks`).toBe(weeks);
            const violations = check({ input, weeks });
            expect(violations, `${days} days, ${weeks} weeks`).toEqual([]);
          }
      });
});

describe('buildPlan', () => {
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

  it('builds the README example: 19 weeks from a 25:00 5K to a half on 18 April', () => {
    const r = buildPlan(base);
    if (!r.ok) throw new Error(r.message);
    const plan = r.value;
    expect(plan.rulesVersion).toBe(RULES_VERSION);
    expect(plan.vdot).toBeCloseTo(38.3, 0);
    expect(plan.weeks).toHaveLength(19);
    expect(plan.weeks[0]!.start).toBe('2026-12-07');
    expect(plan.weeks.map((w) => w.phase)).toEqual([
      ...Array(6).fill('base'),
      ...Array(6).fill('build'),
      ...Array(5).fill('race-specific'),
      'taper',
      'taper',
    ]);
    const race = plan.weeks.at(-1)!.sessions.at(-1)!;
    expect(race).toMatchObject({ date: '2027-04-18', kind: 'race', hard: true });
    expect(plan.feasibility.ok).toBe(true);
    expect(plan.feasibility.predictedTime).toBeGreaterThan(6000);
    expect(plan.feasibility.predictedTime).toBeLessThan(7400);
    // Paces come from VDOT: the threshold steps sit at T pace ± 4 s/km.
    const tSteps = plan.weeks.flatMap((w) =>
      w.sessions.flatMap((s) => s.steps.filter((st) => st.intensity === 'T' && s.kind !== 'race')),
    );
    expect(tSteps.length).toBeGreaterThan(3);
    for (const st of tSteps) expect(st.pace!.to - st.pace!.from).toBe(8);
  });

  it('keeps race week short and sharp: short easy runs with strides, and a shakeout the day before', () => {
    const r = buildPlan({
      ...base,
      goal: { distance: '10k', raceDate: '2027-02-14' },
      availableDays: ['tue', 'thu', 'sat', 'sun'],
      weeklyKm: undefined,
      // 200 min: a race week of ~130 min holds a 10-min tempo inside T ≤ 10 % of its km (150 min does not).
      weeklyMinutes: 200,
    });
    if (!r.ok) throw new Error(r.message);
    const raceWeek = r.value.weeks.at(-1)!;
    // Issue 9 §4: no race-week session over 60 % of a normal easy run, so the tempo no longer fits.
    expect(raceWeek.sessions.map((s) => [s.date, s.kind])).toEqual([
      ['2027-02-09', 'easy'],
      ['2027-02-11', 'easy'],
      ['2027-02-13', 'recovery'],
      ['2027-02-14', 'race'],
    ]);
    expect(raceWeek.sessions[2]!.minutes).toBeLessThanOrEqual(20);
    expect(raceWeek.sessions.some((s) => s.steps.some((st) => st.kind === 'strides'))).toBe(true);
  });

  it('counts the taper back from a Monday race: a shakeout on Sunday, no long run in race week', () => {
    const r = buildPlan({
      ...base,
      goal: { distance: 'marathon', raceDate: '2027-04-19' },
      startDate: '2026-12-14',
      availableDays: ['tue', 'thu', 'sat', 'sun'],
      weeklyKm: undefined,
      weeklyMinutes: 200,
    });
    if (!r.ok) throw new Error(r.message);
    const weeks = r.value.weeks;
    const raceWeek = weeks.at(-1)!;
    // The last week is the six days before the race and race day itself.
    expect(raceWeek.start).toBe('2027-04-13');
    expect(raceWeek.sessions.at(-1)).toMatchObject({ date: '2027-04-19', kind: 'race' });
    const dayBefore = raceWeek.sessions.find((s) => s.date === '2027-04-18')!;
    expect(dayBefore).toMatchObject({ kind: 'recovery', hard: false });
    expect(dayBefore.minutes).toBeLessThanOrEqual(20);
    expect(raceWeek.sessions.some((s) => s.kind === 'long')).toBe(false);
    expect(
      raceWeek.sessions.filter((s) => s.hard && s.kind !== 'race').every((s) => s.date <= '2027-04-16'),
    ).toBe(true);
    const peak = Math.max(...weeks.filter((w) => w.phase !== 'taper').map(trainingMinutes));
    expect(trainingMinutes(raceWeek)).toBeLessThanOrEqual(0.5 * peak);
  });

  it('starts a runner below the 60-minute week on run/walk, running within their volume + 10 %, and says so', () => {
    // A half from 30 min a week is refused (issue 9: its long runs stay short); a 10K shows the start.
    const r = buildPlan({
      ...base,
      goal: { distance: '10k', raceDate: '2027-04-18' },
      weeklyKm: undefined,
      weeklyMinutes: 30,
    });
    if (!r.ok) throw new Error(r.message);
    const first = r.value.weeks[0]!;
    expect(first.minutes).toBeGreaterThan(33);
    expect(first.minutes).toBeLessThanOrEqual(60);
    expect(first.sessions.every((s) => s.steps.some((st) => st.intensity === 'walk'))).toBe(true);
    expect(runningMinutes(first.sessions)).toBeLessThanOrEqual(33);
    expect(r.value.notes).toEqual([
      {
        code: 'START_ABOVE_STATED_VOLUME',
        facts: {
          statedMinutes: 30,
          startMinutes: first.minutes,
          runningMinutes: runningMinutes(first.sessions),
          minStartMinutes: 60,
        },
      },
    ]);
    expect(planNoteWords(r.value.notes![0]!).text).toContain('You run about 30 min a week');
    // A runner at or above the starting week gets no note and no walking.
    const steady = buildPlan({ ...base, weeklyKm: undefined, weeklyMinutes: 150 });
    if (!steady.ok) throw new Error(steady.message);
    expect(steady.value.notes).toBeUndefined();
    expect(steady.value.weeks[0]!.minutes).toBeLessThanOrEqual(165);
  });

  it('is deterministic', () => {
    expect(buildPlan(base)).toEqual(buildPlan(base));
  });

  it('flags an out-of-reach target with a prediction and a realistic target, and races at the prediction', () => {
    const r = buildPlan({ ...base, goal: { distance: 'half', raceDate: '2027-04-18', targetTime: 5400 } });
    if (!r.ok) throw new Error(r.message);
    const f = r.value.feasibility;
    expect(f.ok).toBe(false);
    // The realistic target is what the weeks can plausibly bring; the race itself follows current fitness.
    expect(f.realisticTarget).toBeGreaterThanOrEqual(f.potentialTime!);
    expect(f.potentialTime).toBeLessThan(f.predictedTime!);
    expect(feasibilityText(f)).toMatch(/realistic target/);
    const raceStep = r.value.weeks
      .at(-1)!
      .sessions.at(-1)!
      .steps.find((s) => s.kind === 'run')!;
    expect(raceStep.minutes! * 60).toBeGreaterThanOrEqual(f.predictedTime! - 1);
  });

  it('accepts a reachable target and races at it', () => {
    const r = buildPlan({ ...base, goal: { distance: 'half', raceDate: '2027-04-18', targetTime: 7200 } });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.feasibility.ok).toBe(true);
    const raceStep = r.value.weeks
      .at(-1)!
      .sessions.at(-1)!
      .steps.find((s) => s.kind === 'run')!;
    expect(raceStep.minutes).toBe(120);
  });

  it('adds HR ranges only when HR data is given', () => {
    const without = buildPlan(base);
    const withHr = buildPlan({ ...base, hr: { maxHr: 185, restingHr: 50 } });
    if (!without.ok || !withHr.ok) throw new Error('did not build');
    const steps = (p: typeof without.value) => p.weeks.flatMap((w) => w.sessions.flatMap((s) => s.steps));
    expect(steps(without.value).some((s) => s.hr !== undefined)).toBe(false);
    const easy = steps(withHr.value).find((s) => s.intensity === 'E')!;
    expect(easy.hr).toEqual({ from: 120, to: 146 }); // 65–79 % of HRmax 185
  });

  it('puts a beginner with little running on run/walk and keeps them off R reps and hills', () => {
    const r = buildPlan({
      ...base,
      fitness: {},
      level: 'beginner',
      weeklyMinutes: 20,
      goal: { distance: '5k', raceDate: '2027-03-14' },
    });
    if (!r.ok) throw new Error(r.message);
    const first = r.value.weeks[0]!.sessions;
    expect(first.every((s) => s.steps.some((st) => st.intensity === 'walk'))).toBe(true);
    expect(first[0]!.steps.find((st) => st.kind === 'run')).toMatchObject({
      minutes: 1,
      repeat: expect.any(Number),
    });
    const kinds = r.value.weeks.flatMap((w) => w.sessions.map((s) => s.kind));
    expect(kinds).not.toContain('repetitions');
    expect(kinds).not.toContain('hills');
    expect(r.value.vdot).toBeUndefined();
    expect(
      r.value.weeks.flatMap((w) => w.sessions.flatMap((s) => s.steps)).every((s) => s.pace === undefined),
    ).toBe(true);
  });
});

describe('buildPlan refuses impossible requests with a reason code', () => {
  const base: PlanInput = {
    fitness: {},
    goal: { distance: 'marathon', raceDate: '2027-04-18' },
    startDate: '2026-12-07',
    availableDays: ['tue', 'thu', 'sun'],
    longRunDay: 'sun',
    level: 'beginner',
  };
  const cases: [string, PlanInput, string][] = [
    [
      'race date in the past',
      { ...base, goal: { distance: 'marathon', raceDate: '2026-11-01' } },
      'RACE_DATE_NOT_AFTER_START',
    ],
    [
      'race on the start day',
      { ...base, goal: { distance: 'marathon', raceDate: '2026-12-07' } },
      'RACE_DATE_NOT_AFTER_START',
    ],
    ['zero available days', { ...base, availableDays: [] }, 'NO_AVAILABLE_DAYS'],
    [
      '2 weeks to a first marathon',
      { ...base, goal: { distance: 'marathon', raceDate: '2026-12-20' } },
      'NOT_ENOUGH_WEEKS',
    ],
    [
      '3 weeks to a half',
      { ...base, goal: { distance: 'half', raceDate: '2026-12-27' } },
      'NOT_ENOUGH_WEEKS',
    ],
    [
      'a Sunday start and a 5K the next day (two calendar weeks, one day)',
      { ...base, startDate: '2027-01-10', goal: { distance: '5k', raceDate: '2027-01-11' } },
      'NOT_ENOUGH_WEEKS',
    ],
    ['two days for a marathon', { ...base, availableDays: ['thu', 'sun'] }, 'TOO_FEW_DAYS'],
    ['a long-run day not available', { ...base, longRunDay: 'sat' }, 'LONG_RUN_DAY_NOT_AVAILABLE'],
    ['a race goal without a date', { ...base, goal: { distance: '10k' } }, 'RACE_DATE_REQUIRED'],
    ['a malformed start date', { ...base, startDate: '2026-13-01' }, 'INVALID_START_DATE'],
    [
      'a malformed race date',
      { ...base, goal: { distance: '10k', raceDate: '2027-02-30' } },
      'INVALID_RACE_DATE',
    ],
    [
      'a plan over a year',
      { ...base, goal: { distance: 'marathon', raceDate: '2028-04-18' } },
      'PLAN_TOO_LONG',
    ],
    ['negative volume', { ...base, weeklyKm: -5 }, 'INVALID_VOLUME'],
    ['a 10-minute day cap', { ...base, maxMinutesPerDay: 10 }, 'INVALID_MAX_MINUTES'],
    ['an age of 5', { ...base, age: 5 }, 'INVALID_AGE'],
    [
      'a race faster than the world record',
      { ...base, fitness: { race: { distanceMeters: 5000, timeSeconds: 600 } } },
      'FASTER_THAN_WORLD_RECORD',
    ],
    ['an impossible max HR', { ...base, hr: { maxHr: 320 } }, 'MAX_HR_IMPLAUSIBLE'],
    [
      'a zero target time',
      { ...base, goal: { distance: 'marathon', raceDate: '2027-04-18', targetTime: 0 } },
      'INVALID_TARGET_TIME',
    ],
    [
      'an easy pace faster than any runner',
      { ...base, fitness: { easyPaceSecondsPerKm: 120 } },
      'INVALID_EASY_PACE',
    ],
    ['a fitness plan of 0 weeks', { ...base, goal: { distance: 'fitness', weeks: 0 } }, 'INVALID_WEEKS'],
  ];
  for (const [name, input, code] of cases)
    it(name, () => {
      const r = buildPlan(input);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe(code);
        expect(r.message.length).toBeGreaterThan(10);
      }
    });
});
