/** fast-check generators of plan requests: athletes of every goal, level, week shape and history. */
import fc from 'fast-check';
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { daysBetween } from '../../../../coach/rules/calendar/days-between.js';
import { fromEpochDay } from '../../../../coach/rules/calendar/epoch-day.js';
import { mondayOfWeek } from '../../../../coach/rules/calendar/monday-of-week.js';
import type { Weekday } from '../../../../coach/rules/calendar/weekday.js';
import { WEEKDAYS, weekdayIndex } from '../../../../coach/rules/calendar/weekday.js';
import { firstWeekStart } from '../../../../coach/rules/plan/athlete.js';
import type { Level, PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import { MIN_AVAILABLE_DAYS, MIN_PLAN_WEEKS } from '../../../../coach/rules/plan/plan-limits.js';
import type { GoalDistance } from '../../../../coach/rules/plan/types.js';
import { RACE_DISTANCE_METERS } from '../../../../coach/rules/units/race-distance.js';
import { equivalentRaceTime } from '../../../../coach/rules/vdot/equivalent-race-time.js';
import { worldRecordTime } from '../../../../coach/rules/vdot/world-records.js';

export const GOALS: readonly GoalDistance[] = ['5k', '10k', 'half', 'marathon', 'fitness'];
export const LEVELS: readonly Level[] = ['beginner', 'intermediate', 'advanced'];

/** Epoch days 2026-01-01 … 2029-12-31. */
const startDay = fc.integer({ min: 20454, max: 21914 });

const raceDistances = [1500, 5000, 10000, RACE_DISTANCE_METERS.half, RACE_DISTANCE_METERS.marathon];

const fitness = fc.oneof(
  fc
    .record({ vdot: fc.double({ min: 25, max: 75, noNaN: true }), meters: fc.constantFrom(...raceDistances) })
    .map(({ vdot, meters }) => ({
      race: { distanceMeters: meters, timeSeconds: Math.round(equivalentRaceTime(vdot, meters)) },
    })),
  fc.integer({ min: 250, max: 600 }).map((easyPaceSecondsPerKm) => ({ easyPaceSecondsPerKm })),
  fc.constant({}),
);

const volume = fc.oneof(
  fc.integer({ min: 0, max: 600 }).map((weeklyMinutes) => ({ weeklyMinutes })),
  fc.integer({ min: 0, max: 100 }).map((weeklyKm) => ({ weeklyKm })),
  fc.constant({}),
);

export interface AthleteCase {
  readonly input: PlanInput;
  /** Plan length in weeks, race week included. */
  readonly weeks: number;
}

/**
 * A valid plan request whose race falls on any weekday of the `minWeeks`–`maxWeeks`-th Monday week.
 *
 * @example
 * fc.sample(planRequest(6, 30), 1);
 */
export function planRequest(
  minWeeks: number,
  maxWeeks: number,
  goals: readonly GoalDistance[] = GOALS,
): fc.Arbitrary<AthleteCase> {
  return fc
    .record({
      goal: fc.constantFrom(...goals),
      level: fc.constantFrom(...LEVELS),
      start: startDay,
      weeks: fc.integer({ min: minWeeks, max: maxWeeks }),
      raceOffset: fc.integer({ min: 0, max: 6 }),
      days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
      longPick: fc.nat(),
      fitness,
      volume,
      maxMinutesPerDay: fc.option(fc.integer({ min: 20, max: 240 }), { nil: undefined }),
      longestRunKm: fc.option(fc.integer({ min: 2, max: 35 }), { nil: undefined }),
      age: fc.option(fc.integer({ min: 16, max: 80 }), { nil: undefined }),
      injuries: fc.option(
        fc.array(
          fc.record({
            area: fc.constantFrom('knee', 'achilles', 'shin'),
            recent: fc.boolean(),
            recurring: fc.boolean(),
          }),
          {
            maxLength: 2,
          },
        ),
        { nil: undefined },
      ),
      hr: fc.option(
        fc.record({
          maxHr: fc.integer({ min: 165, max: 205 }),
          restingHr: fc.option(fc.integer({ min: 40, max: 70 }), { nil: undefined }),
        }),
        { nil: undefined },
      ),
      targetFactor: fc.option(fc.double({ min: 0.8, max: 1.15, noNaN: true }), { nil: undefined }),
    })
    .map((g) => {
      const min = MIN_AVAILABLE_DAYS[g.goal];
      const extra = WEEKDAYS.filter((d) => !g.days.includes(d));
      const days = [...g.days, ...extra.slice(0, Math.max(0, min - g.days.length))] as Weekday[];
      const longRunDay = days[g.longPick % days.length] as Weekday;
      const startDate = fromEpochDay(g.start);
      let raceDate = addDays(mondayOfWeek(startDate), (g.weeks - 1) * 7 + g.raceOffset);
      if (raceDate <= startDate) raceDate = addDays(startDate, 1);
      // Weeks count back from race day; a draw shorter than the goal's minimum becomes the shortest accepted.
      // An empty partial first week is skipped (firstWeekStart), so it does not count.
      const raceWeeks = (): number =>
        (daysBetween(firstWeekStart(startDate, (weekdayIndex(raceDate) + 1) % 7, days, raceDate), raceDate) +
          1) /
        7;
      while (g.goal !== 'fitness' && raceWeeks() < MIN_PLAN_WEEKS[g.goal]) raceDate = addDays(raceDate, 7);
      const spanWeeks = g.goal === 'fitness' ? g.weeks : raceWeeks();
      const meters = g.goal === 'fitness' ? 0 : RACE_DISTANCE_METERS[g.goal];
      const race = 'race' in g.fitness ? g.fitness.race : undefined;
      const targetTime =
        g.targetFactor !== undefined && race !== undefined && g.goal !== 'fitness'
          ? Math.max(
              // A target beyond the world record is an error (TARGET_BEYOND_WORLD_RECORD), not a request.
              Math.ceil(worldRecordTime(meters)),
              Math.round(race.timeSeconds * (meters / race.distanceMeters) ** 1.06 * g.targetFactor),
            )
          : undefined;
      const input: PlanInput = {
        fitness: g.fitness,
        goal:
          g.goal === 'fitness'
            ? { distance: 'fitness', weeks: g.weeks }
            : { distance: g.goal, raceDate, ...(targetTime === undefined ? {} : { targetTime }) },
        startDate,
        availableDays: days,
        longRunDay,
        level: g.level,
        ...g.volume,
        ...(g.maxMinutesPerDay === undefined ? {} : { maxMinutesPerDay: g.maxMinutesPerDay }),
        ...(g.longestRunKm === undefined ? {} : { longestRunKm: g.longestRunKm }),
        ...(g.age === undefined ? {} : { age: g.age }),
        ...(g.injuries === undefined ? {} : { injuries: g.injuries }),
        ...(g.hr === undefined ? {} : { hr: g.hr }),
      };
      return { input, weeks: spanWeeks };
    });
}
