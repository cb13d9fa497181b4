import { describe, it, expect } from 'vitest';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import type { Plan, Session } from '../../../../coach/rules/plan/types.js';
import { trainingMinutes } from './plan-rules.js';
import { r06, r09 } from './review-runners.js';
import { planErrorText } from '../../../../coach/prompts/templates/plan-error-words.js';

function built(input: PlanInput): Plan {
  const r = buildPlan(input);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
}
const longs = (p: Plan): Session[] =>
  p.weeks.filter((w) => w.phase !== 'taper').flatMap((w) => w.sessions.filter((s) => s.kind === 'long'));

describe('long runs start from the runner and reach the distance (issue 9 §2)', () => {
  it('a 30 km/week runner who runs 16 km starts at 80–100 % of it, not 9 km, and never drops below it', () => {
    const p = built(r06);
    const l = longs(p);
    expect(l[0]!.km).toBeGreaterThanOrEqual(0.8 * 16);
    expect(l[0]!.km).toBeLessThanOrEqual(16);
    // Down weeks cut the long run as well (Pfitzinger & Douglas's recovery weeks), to half the week at most.
    for (const w of p.weeks.filter((x) => x.phase !== 'taper')) {
      const long = w.sessions.find((s) => s.kind === 'long')!;
      if (w.downWeek)
        expect(long.minutes).toBeGreaterThanOrEqual(Math.min(l[0]!.minutes, Math.floor(w.minutes / 2)));
      else expect(long.minutes, `week ${w.index}`).toBeGreaterThanOrEqual(l[0]!.minutes);
    }
  });

  it('an 18-week marathon from 30 km a week peaks at Daniels’ 150 minutes', () => {
    expect(Math.max(...longs(built(r06)).map((s) => s.minutes))).toBe(150);
  });

  it('a half from 25 km a week peaks at or above 18 km', () => {
    const half = built({
      ...r06,
      goal: { distance: 'half', raceDate: '2027-04-18' },
      fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } },
      weeklyKm: 25,
      longestRunKm: undefined,
    });
    expect(Math.max(...longs(half).map((s) => s.km))).toBeGreaterThanOrEqual(18);
  });

  it('the peak follows the current week, with no long plateau of identical weeks', () => {
    const p = built({
      ...r06,
      goal: { distance: 'half', raceDate: '2027-04-18' },
      availableDays: ['mon', 'tue', 'thu', 'sat', 'sun'],
      weeklyKm: undefined,
      weeklyMinutes: 300,
      longestRunKm: undefined,
      level: 'advanced',
    });
    const build = p.weeks.filter((w) => w.phase !== 'taper' && !w.downWeek).map(trainingMinutes);
    expect(Math.max(...build)).toBeGreaterThanOrEqual(300 * 1.12);
    let run = 1;
    for (let i = 1; i < build.length; i++) {
      run = Math.abs(build[i]! - build[i - 1]!) < 1 ? run + 1 : 1;
      expect(run, `weeks ${build.join(', ')}`).toBeLessThanOrEqual(3);
    }
  });

  it('refuses a marathon the long runs cannot reach, offering the race that fits', () => {
    const r = buildPlan({ ...r06, weeklyKm: 12, longestRunKm: undefined, level: 'beginner' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('LONG_RUN_NOT_REACHABLE');
    // 24 km would take this runner over 2 h 15 min at easy pace, so the time is the minimum.
    expect(r.facts).toMatchObject({ goal: 'marathon', neededMinutes: 135, shorterRace: '10k' });
    expect(r.facts!['longestMinutes']).toBeLessThan(135);
    expect(planErrorText(r.code, r.facts)).toMatch(/a 10K fits these runs/);
    // The race it offers builds.
    expect(
      buildPlan({
        ...r06,
        weeklyKm: 12,
        longestRunKm: undefined,
        level: 'beginner',
        goal: { distance: '10k', raceDate: '2027-04-18' },
      }).ok,
    ).toBe(true);
  });
});

describe('the shortest safe long run is per runner (issue 9 §2)', () => {
  // A 35:00 5K beginner on 15 km a week, a half in 12 weeks: before, its long runs stopped at 76' (8.6 km)
  // and the plan shipped; the half needs 13 km or 100 min first.
  const beginnerHalf: PlanInput = {
    fitness: { race: { distanceMeters: 5000, timeSeconds: 35 * 60 } },
    goal: { distance: 'half', raceDate: '2027-03-07' },
    startDate: '2026-12-14',
    availableDays: ['tue', 'thu', 'sun'],
    longRunDay: 'sun',
    weeklyKm: 15,
    level: 'beginner',
  };

  it('refuses a half whose long runs stay under 13 km / 100 min, offering the race that builds', () => {
    const r = buildPlan(beginnerHalf);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('LONG_RUN_NOT_REACHABLE');
    expect(r.facts).toMatchObject({ goal: 'half', neededMinutes: 100 });
    const offered = r.facts!['shorterRace'] as '10k' | '5k';
    expect(buildPlan({ ...beginnerHalf, goal: { ...beginnerHalf.goal, distance: offered } }).ok).toBe(true);
  });

  it('a faster runner meets the minimum by distance: 24 km, under 135 min', () => {
    const p = built(r09);
    const longest = Math.max(...longs(p).map((s) => s.minutes));
    expect(longest).toBeGreaterThanOrEqual(120);
    expect(p.feasibility.ok).toBe(true);
  });
});

describe('a stated longest run under the usual run', () => {
  it('47 km over three days with a "5 km longest" keeps the week, not a 75-minute collapse', () => {
    // Before: the long run held at 5 km, the easy runs capped beside it, and every week shrank to ~75 min.
    const input: PlanInput = {
      ...r06,
      availableDays: ['mon', 'wed', 'sat'],
      longRunDay: 'sat',
      weeklyKm: 47,
      longestRunKm: 5,
      level: 'advanced',
    };
    const p = built(input);
    const full = p.weeks.filter((w) => w.start >= input.startDate && w.phase !== 'taper');
    expect(full[0]!.km).toBeGreaterThanOrEqual(0.9 * 47);
    expect(Math.max(...longs(p).map((s) => s.minutes))).toBeGreaterThanOrEqual(135);
  });
});

describe('race week is short and sharp (issue 9 §4)', () => {
  it('no race-week session is over 60 % of a normal easy run of the build', () => {
    const p = built(r06);
    const easy = p.weeks
      .filter((w) => w.phase !== 'taper')
      .flatMap((w) => w.sessions.filter((s) => s.kind === 'easy' || s.kind === 'recovery'))
      .map((s) => s.minutes);
    const normal = easy.reduce((a, b) => a + b, 0) / easy.length;
    const raceWeek = p.weeks.at(-1)!.sessions.filter((s) => s.kind !== 'race');
    for (const s of raceWeek) expect(s.minutes, `${s.date} ${s.kind}`).toBeLessThanOrEqual(0.6 * normal);
    expect(raceWeek.some((s) => s.steps.some((st) => st.kind === 'strides'))).toBe(true);
  });
});

describe('easy days alternate recovery and general aerobic; marathon weeks get a medium-long run (§5)', () => {
  it('six days a week to a marathon from 50 km', () => {
    const p = built({
      ...r06,
      fitness: { race: { distanceMeters: 10000, timeSeconds: 2700 } },
      availableDays: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'],
      weeklyKm: 50,
      longestRunKm: 20,
    });
    const all = p.weeks.filter((w) => w.phase !== 'taper').flatMap((w) => w.sessions);
    // The day after the Sunday long run is a short recovery run.
    const mondays = all.filter((s) => s.date.length > 0 && new Date(`${s.date}T00:00Z`).getUTCDay() === 1);
    expect(mondays.every((s) => s.kind === 'recovery')).toBe(true);
    const ml = all.filter((s) => s.purpose.code === 'MEDIUM_LONG');
    expect(ml.length).toBeGreaterThan(5);
    for (const w of p.weeks) {
      const long = w.sessions.find((s) => s.kind === 'long');
      const mid = w.sessions.find((s) => s.purpose.code === 'MEDIUM_LONG');
      if (long && mid) expect(mid.minutes).toBeLessThanOrEqual(0.7 * long.minutes + 0.05);
    }
  });
});
