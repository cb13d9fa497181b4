/** The reviewer's runners for review #4 (easy days) and #15 (shortest session by experience). */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { weekday } from '../../../../coach/rules/calendar/weekday.js';
import { resolveAthlete } from '../../../../coach/rules/plan/athlete.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import { usualRunMinutes } from '../../../../coach/rules/plan/easy-days.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import type { Plan, Session } from '../../../../coach/rules/plan/types.js';
import { RACE_DISTANCE_METERS } from '../../../../coach/rules/units/race-distance.js';
import { trainingMinutes } from './plan-rules.js';
import { r06, r09 } from './review-runners.js';

const build = (input: PlanInput): Plan => {
  const r = buildPlan(input);
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.value;
};
const on = (sessions: readonly Session[], day: string): Session | undefined =>
  sessions.find((s) => weekday(s.date) === day);

// P --race half --time 1:50:00 --goal marathon … --days tue,wed,thu,sat,sun --weekly-km 40 --longest-km 18
//   --max-min 45 --max-min-weekend 150   (r18)
const r18: PlanInput = {
  ...r06,
  fitness: { race: { distanceMeters: RACE_DISTANCE_METERS.half, timeSeconds: 6600 } },
  availableDays: ['tue', 'wed', 'thu', 'sat', 'sun'],
  weeklyKm: 40,
  longestRunKm: 18,
  maxMinutesPerDay: 45,
  maxMinutesByDay: { sat: 150, sun: 150 },
};

describe('easy days (review #4)', () => {
  it("6-day r09 runner: no easy run the day before the long run over 60 % of it, no recovery over 45'", () => {
    const plan = build(r09);
    for (const w of plan.weeks) {
      const long = w.sessions.find((s) => s.kind === 'long');
      for (const s of w.sessions)
        if (s.kind === 'recovery') expect(s.minutes, s.date).toBeLessThanOrEqual(45);
      if (long === undefined) continue;
      const eve = w.sessions.find((s) => s.date === addDays(long.date, -1));
      if (eve !== undefined) expect(eve.minutes, eve.date).toBeLessThanOrEqual(0.6 * long.minutes);
    }
  });

  it("3-day half runner: Thursday is at most 75 % of Sunday's long run, and the weeks keep growing", () => {
    // P --race 10k --time 56:00 --goal half --race-date 2027-05-02 --start 2026-12-14 --days tue,thu,sun
    //   --long-day sun --weekly-km 25 --longest-km 12
    const input: PlanInput = {
      fitness: { race: { distanceMeters: 10000, timeSeconds: 3360 } },
      goal: { distance: 'half', raceDate: '2027-05-02' },
      startDate: '2026-12-14',
      availableDays: ['tue', 'thu', 'sun'],
      longRunDay: 'sun',
      weeklyKm: 25,
      longestRunKm: 12,
      level: 'intermediate',
    };
    const plan = build(input);
    const athlete = resolveAthlete(input);
    if (!athlete.ok) throw new Error(athlete.code);
    for (const w of plan.weeks) {
      const long = on(w.sessions, 'sun');
      const thu = on(w.sessions, 'thu');
      if (long?.kind !== 'long' || thu === undefined) continue;
      // 75 % of the long run with three days (`generalShareOfLong`), or this runner's usual run today (25 km
      // over 3 days), never the 127' of review #4
      const usual = Math.min(usualRunMinutes(athlete.value, 3), long.minutes);
      expect(thu.minutes, thu.date).toBeLessThanOrEqual(Math.max(0.75 * long.minutes, usual) + 1);
      // The long run takes 40 % of the week, up to half when the other runs are at their caps.
      expect(long.minutes, long.date).toBeLessThanOrEqual(0.5 * trainingMinutes(w) + 1);
    }
    // With 60 % general runs and a 45 % long run the weeks shrank to a plateau ~30 % above the start.
    const volumes = plan.weeks.filter((w) => w.phase !== 'taper').map(trainingMinutes);
    expect(Math.max(...volumes)).toBeGreaterThanOrEqual(1.6 * volumes[0]!);
  });

  it('4-day marathoners (r06, and at 55): Saturday is shorter than Thursday', () => {
    // (at 55 on the gentle ramp from 35 km a week: from 30 its long runs stay under 135' and it is refused)
    for (const input of [r06, { ...r06, age: 55, weeklyKm: 35 }]) {
      let compared = 0;
      for (const w of build(input).weeks) {
        const thu = on(w.sessions, 'thu');
        const sat = on(w.sessions, 'sat');
        if (on(w.sessions, 'sun')?.kind !== 'long' || thu?.kind !== 'easy' || sat === undefined) continue;
        expect(sat.minutes, sat.date).toBeLessThan(thu.minutes);
        compared++;
      }
      expect(compared).toBeGreaterThan(5);
    }
  });
});

describe('the shortest session by experience (review #15)', () => {
  it("a 70 km and a 40 km a week runner get no easy run under 30' but the pre-race shakeout", () => {
    for (const input of [r09, r18]) {
      const plan = build(input);
      const race = input.goal.distance === 'fitness' ? undefined : input.goal.raceDate;
      for (const s of plan.weeks.flatMap((w) => w.sessions))
        // (a quality session's length is its structure: warm-up, reps, cool-down)
        if (['easy', 'recovery', 'long'].includes(s.kind) && s.date !== addDays(race!, -1))
          expect(s.minutes, `${s.date} ${s.kind}`).toBeGreaterThanOrEqual(30);
    }
  });
});

describe('the easy-run caps start from the runner', () => {
  it('a runner doing 40 km a week in 7 km runs keeps runs that long, not 30-minute ones', () => {
    const plan = build({
      fitness: { easyPaceSecondsPerKm: 379 },
      goal: { distance: '5k', raceDate: '2026-02-02' },
      startDate: '2026-01-05',
      availableDays: ['thu', 'fri', 'sat', 'sun'],
      longRunDay: 'thu',
      level: 'beginner',
      weeklyKm: 40,
      longestRunKm: 7,
    });
    const first = plan.weeks[0]!;
    const long = first.sessions.find((s) => s.kind === 'long')!;
    const general = first.sessions.filter((s) => s.kind === 'easy');
    expect(general.length).toBeGreaterThan(0);
    // Their usual run (about 63 minutes) is longer than the long run, so each may be as long as the long run.
    for (const s of general) expect(s.minutes).toBeGreaterThanOrEqual(long.minutes - 1);
  });
});
