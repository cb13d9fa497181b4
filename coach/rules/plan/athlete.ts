/**
 * The runner as the builder sees them once inputs are checked: horizon, days, fitness (VDOT and paces),
 * current volume in minutes, and whether they need the gentle track (beginners, masters, injury).
 */
import { addDays } from '../calendar/add-days.js';
import { daysBetween } from '../calendar/days-between.js';
import { isIsoDate } from '../calendar/epoch-day.js';
import { weekStartOnOrBefore } from '../calendar/week-start-on-or-before.js';
import { WEEKDAYS, isWeekday, weekdayIndex } from '../calendar/weekday.js';
import type { HrTargets } from '../heart-rate/hr-targets.js';
import { hrTargets } from '../heart-rate/hr-targets.js';
import type { TrainingPaces } from '../paces/training-paces.js';
import { trainingPaces } from '../paces/training-paces.js';
import { withinBound } from '../plausibility.js';
import type { Result } from '../result.js';
import { ok, refusal } from '../result.js';
import { RACE_DISTANCE_METERS } from '../units/race-distance.js';
import { resolveFitness } from './athlete-fitness.js';
import type { PlanErrorCode } from './plan-errors.js';
import { activeInjuries } from './injury-rules.js';
import type { InjuryHistory, Level, PlanInput } from './plan-input.js';
import {
  AGE_YEARS,
  DEFAULT_FITNESS_WEEKS,
  LONGEST_RUN_KM,
  MAX_PLAN_WEEKS,
  MAX_WEEKLY_KM,
  MAX_WEEKLY_MINUTES,
  MIN_AVAILABLE_DAYS,
  MIN_MAX_MINUTES_PER_DAY,
  MIN_PLAN_WEEKS,
} from './plan-limits.js';
import type { GoalDistance } from './types.js';

/** Age from which a runner is a master and takes the gentle track (issue 4: "masters (50+)"). */
export const MASTERS_AGE_YEARS = 50;

/**
 * VDOT used only to turn minutes into estimated km when the runner gave no race and no easy pace, per
 * level. Never printed as a pace. Roughly a 5K in 30:40 / 25:40 / 22:40 (DRF Table 5.1).
 */
export const ESTIMATION_VDOT: Readonly<Record<Level, number>> = {
  beginner: 30,
  intermediate: 38,
  advanced: 45,
};

/** Assumed current weekly volume when the runner does not say, minutes (conservative per level). */
export const DEFAULT_WEEKLY_MINUTES: Readonly<Record<Level, number>> = {
  beginner: 60,
  intermediate: 120,
  advanced: 180,
};

const GOALS: readonly GoalDistance[] = ['5k', '10k', 'half', 'marathon', 'fitness'];
const LEVELS: readonly Level[] = ['beginner', 'intermediate', 'advanced'];

export interface Athlete {
  readonly goal: GoalDistance;
  /** Race distance in metres (absent for general fitness). */
  readonly goalMeters?: number;
  readonly raceDate?: string;
  readonly targetTime?: number;
  readonly startDate: string;
  /**
   * First day of week 0. A race plan's weeks count back from race day, so the last week is the six days
   * before the race plus race day and the taper always covers the days just before it (a Monday race
   * gives Tuesday → Monday weeks); a fitness plan uses Monday weeks. A first week none of whose running
   * days falls on or after the start date is skipped (`firstWeekStart`): the plan opens on the next one.
   */
  readonly planStart: string;
  readonly weeks: number;
  /** Last day a session may fall on (race day, or the horizon's last day). */
  readonly lastDate: string;
  /** Available days as offsets into the plan week (0 = the week's first day, see `planStart`), ascending. */
  readonly days: readonly number[];
  /** The long-run day as an offset into the plan week. */
  readonly longDay: number;
  /**
   * Daily cap in minutes on the long-run day (Infinity when none): the cap a long run must fit, which
   * feasibility checks. `dayCaps` holds every day's.
   */
  readonly maxDayMinutes: number;
  /** Daily cap in minutes of each day of the plan week, by offset (0 = the week's first day); Infinity when none. */
  readonly dayCaps: readonly number[];
  readonly level: Level;
  /** Beginner, master or recent/recurring injury: gentler ramp, down week every 3rd, no R or hills. */
  readonly gentle: boolean;
  /** A recent or recurring injury in the history, whatever the level (a beginner can be injured too). */
  readonly injured: boolean;
  /** The recent or recurring injuries (empty when `injured` is false): their areas shape the plan. */
  readonly injuries: readonly InjuryHistory[];
  readonly vdot?: number;
  readonly vdotSource?: 'race' | 'easy-pace';
  /** Paces to prescribe (only with a VDOT). */
  readonly paces?: TrainingPaces;
  /** Paces to estimate km with (always present). */
  readonly estimate: TrainingPaces;
  readonly hr?: HrTargets;
  readonly currentWeekMinutes: number;
  readonly currentWeekStated: boolean;
  /** Longest recent run, minutes at easy pace (when given). */
  readonly longestRunMinutes?: number;
}

/**
 * The first day of week 0: the start of the week (starting on weekday `weekStartDay`, Monday = 0) that holds
 * the start date — or the next week when none of the runner's days falls between the start date and that
 * week's end, so the plan never opens on an empty week (a Monday race gives Tuesday → Monday weeks, and a
 * Monday start without a Monday run would sit alone in week 0). A race inside that week keeps it.
 *
 * @example
 * firstWeekStart('2027-01-04', 1, ['tue', 'thu', 'sun']); // '2027-01-05' (Monday alone would be empty)
 * firstWeekStart('2027-01-04', 1, ['mon', 'thu', 'sun']); // '2026-12-29' (week 0 holds Monday's run)
 */
export function firstWeekStart(
  startDate: string,
  weekStartDay: number,
  availableDays: readonly string[],
  raceDate?: string,
): string {
  const weekStart = weekStartOnOrBefore(startDate, weekStartDay);
  const from = daysBetween(weekStart, startDate);
  const valid = availableDays.filter(isWeekday);
  if (from === 0 || valid.length === 0) return weekStart;
  if (raceDate !== undefined && daysBetween(weekStart, raceDate) < 7) return weekStart;
  const holdsRun = valid.some((d) => (WEEKDAYS.indexOf(d) - weekStartDay + 7) % 7 >= from);
  return holdsRun ? weekStart : addDays(weekStart, 7);
}

/**
 * The daily cap, minutes, of the day at `offset` in the plan week (Infinity when none).
 *
 * @example
 * dayCapMinutes(athlete, athlete.longDay); // 150 with --max-min 45 --max-min-weekend 150 and a Sunday long run
 */
export function dayCapMinutes(a: Pick<Athlete, 'dayCaps'>, offset: number): number {
  return a.dayCaps[((offset % 7) + 7) % 7] ?? Number.POSITIVE_INFINITY;
}

const nonNegative = (x: number | undefined): boolean => x === undefined || (Number.isFinite(x) && x >= 0);

/**
 * Checks a plan request and derives the athlete profile the builder works from.
 *
 * @example
 * resolveAthlete({ fitness: {}, goal: { distance: 'fitness' }, startDate: '2026-12-07',
 *   availableDays: ['tue', 'thu', 'sun'], longRunDay: 'sun', level: 'beginner' }); // ok(…)
 */
export function resolveAthlete(input: PlanInput): Result<Athlete, PlanErrorCode> {
  const { goal, level } = input;
  if (!GOALS.includes(goal.distance)) return refusal('INVALID_GOAL');
  if (!LEVELS.includes(level)) return refusal('INVALID_LEVEL');
  if (!isIsoDate(input.startDate)) return refusal('INVALID_START_DATE');
  let planStart = firstWeekStart(input.startDate, 0, input.availableDays);
  let weeks: number;
  let lastDate: string;
  let raceDate: string | undefined;
  if (goal.distance === 'fitness') {
    weeks = goal.weeks ?? DEFAULT_FITNESS_WEEKS;
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_PLAN_WEEKS)
      return refusal('INVALID_WEEKS', { weeks });
    lastDate = addDays(planStart, weeks * 7 - 1);
  } else {
    if (goal.raceDate === undefined) return refusal('RACE_DATE_REQUIRED');
    if (!isIsoDate(goal.raceDate)) return refusal('INVALID_RACE_DATE');
    if (daysBetween(input.startDate, goal.raceDate) <= 0)
      return refusal('RACE_DATE_NOT_AFTER_START', {
        startDate: input.startDate,
        raceDate: goal.raceDate,
      });
    raceDate = goal.raceDate;
    lastDate = raceDate;
    planStart = firstWeekStart(
      input.startDate,
      (weekdayIndex(raceDate) + 1) % 7,
      input.availableDays,
      raceDate,
    );
    weeks = (daysBetween(planStart, raceDate) + 1) / 7;
    if (weeks < MIN_PLAN_WEEKS[goal.distance])
      return refusal('NOT_ENOUGH_WEEKS', {
        weeks,
        minWeeks: MIN_PLAN_WEEKS[goal.distance],
        goal: goal.distance,
      });
    if (weeks > MAX_PLAN_WEEKS) return refusal('PLAN_TOO_LONG', { weeks, maxWeeks: MAX_PLAN_WEEKS });
  }
  if (input.availableDays.length === 0) return refusal('NO_AVAILABLE_DAYS');
  for (const d of input.availableDays)
    if (!isWeekday(d)) return refusal('INVALID_WEEKDAY', { day: String(d) });
  const offset = (d: (typeof WEEKDAYS)[number]): number =>
    (WEEKDAYS.indexOf(d) - weekdayIndex(planStart) + 7) % 7;
  const days = [...new Set(input.availableDays.map(offset))].sort((a, b) => a - b);
  if (days.length < MIN_AVAILABLE_DAYS[goal.distance])
    return refusal('TOO_FEW_DAYS', {
      days: days.length,
      minDays: MIN_AVAILABLE_DAYS[goal.distance],
      goal: goal.distance,
    });
  if (!isWeekday(input.longRunDay) || !days.includes(offset(input.longRunDay)))
    return refusal('LONG_RUN_DAY_NOT_AVAILABLE', { longRunDay: String(input.longRunDay) });
  const max = input.maxMinutesPerDay;
  const validCap = (m: number | undefined): boolean =>
    m === undefined || (Number.isFinite(m) && m >= MIN_MAX_MINUTES_PER_DAY);
  const byDay = Object.entries(input.maxMinutesByDay ?? {});
  if (!validCap(max) || byDay.some(([d, m]) => !isWeekday(d) || !validCap(m)))
    return refusal('INVALID_MAX_MINUTES');
  const dayCaps = Array.from({ length: 7 }, (_, o) => {
    const day = WEEKDAYS[(weekdayIndex(planStart) + o) % 7]!;
    return input.maxMinutesByDay?.[day] ?? max ?? Number.POSITIVE_INFINITY;
  });
  if (!nonNegative(input.weeklyMinutes) || (input.weeklyMinutes ?? 0) > MAX_WEEKLY_MINUTES)
    return refusal('INVALID_VOLUME', { field: 'minutes' });
  if (!nonNegative(input.weeklyKm) || (input.weeklyKm ?? 0) > MAX_WEEKLY_KM)
    return refusal('INVALID_VOLUME', { field: 'km' });
  if (input.longestRunKm !== undefined && !withinBound(input.longestRunKm, LONGEST_RUN_KM))
    return refusal('INVALID_LONGEST_RUN');
  if (
    input.age !== undefined &&
    !(Number.isFinite(input.age) && input.age >= AGE_YEARS.min && input.age <= AGE_YEARS.max)
  )
    return refusal('INVALID_AGE');
  if (goal.targetTime !== undefined && !(Number.isFinite(goal.targetTime) && goal.targetTime > 0))
    return refusal('INVALID_TARGET_TIME');

  const fitness = resolveFitness(input, ESTIMATION_VDOT[input.level]);
  if (!fitness.ok) return fitness;
  const { vdot, vdotSource } = fitness.value;
  const estimate = trainingPaces(vdot ?? fitness.value.estimationVdot);
  let hr: HrTargets | undefined;
  if (
    input.hr !== undefined &&
    (input.hr.maxHr !== undefined || input.hr.restingHr !== undefined || input.hr.lthr !== undefined)
  ) {
    const targets = hrTargets({ ...input.hr, ...(input.age === undefined ? {} : { ageYears: input.age }) });
    if (!targets.ok) {
      if (targets.code !== 'HR_MAX_UNKNOWN') return targets;
    } else hr = targets.value;
  }
  const easyMid = (estimate.easy.from + estimate.easy.to) / 2;
  const stated =
    input.weeklyMinutes ?? (input.weeklyKm === undefined ? undefined : (input.weeklyKm * easyMid) / 60);
  const injuries = activeInjuries(input.injuries ?? []);
  const injured = injuries.length > 0;
  const goalMeters = goal.distance === 'fitness' ? undefined : RACE_DISTANCE_METERS[goal.distance];
  return ok({
    goal: goal.distance,
    ...(goalMeters === undefined ? {} : { goalMeters }),
    ...(raceDate === undefined ? {} : { raceDate }),
    ...(goal.targetTime === undefined || goal.distance === 'fitness' ? {} : { targetTime: goal.targetTime }),
    startDate: input.startDate,
    planStart,
    weeks,
    lastDate,
    days,
    longDay: offset(input.longRunDay),
    maxDayMinutes: dayCaps[offset(input.longRunDay)] ?? Number.POSITIVE_INFINITY,
    dayCaps,
    level,
    gentle: level === 'beginner' || (input.age ?? 0) >= MASTERS_AGE_YEARS || injured,
    injured,
    injuries,
    ...(vdot === undefined ? {} : { vdot, paces: estimate }),
    ...(vdotSource === undefined ? {} : { vdotSource }),
    estimate,
    ...(hr === undefined ? {} : { hr }),
    currentWeekMinutes: stated ?? DEFAULT_WEEKLY_MINUTES[level],
    currentWeekStated: stated !== undefined,
    ...(input.longestRunKm === undefined
      ? {}
      : {
          // A stated longest run under the runner's usual run (the week over their days) cannot be right:
          // 47 km over three days means runs of about 16 km. The usual run is the floor, so the plan starts
          // from what the week says rather than shrinking the week to a 5 km "longest" run.
          longestRunMinutes: Math.max(
            (input.longestRunKm * easyMid) / 60,
            stated === undefined ? 0 : stated / days.length,
          ),
        }),
  });
}
