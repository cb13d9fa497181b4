/**
 * Why a plan cannot be built, in the runner's words: the plan builder and the heart-rate rules return a
 * stable code with facts (`coach/rules/plan/plan-errors.ts`); this words the ones a runner can reach
 * through chat or the API. A code without wording here keeps the rule's own message.
 */
import { MIN_HR_RESERVE_BPM } from '../../rules/heart-rate/hr-limits.js';
import { MAX_PLAN_WEEKS, MIN_MAX_MINUTES_PER_DAY } from '../../rules/plan/plan-limits.js';
import { formatDuration } from '../../rules/units/duration.js';
import { MAX_VDOT, MIN_VDOT } from '../../rules/vdot/vdot-range.js';
import { PLAUSIBLE } from '../../rules/plausibility.js';
import type { Weekday } from '../../rules/calendar/weekday.js';
import { WEEKDAY_NAMES } from '../format.js';

type Facts = Readonly<Record<string, unknown>>;

const GOAL_NAMES: Readonly<Record<string, string>> = {
  '5k': '5K',
  '10k': '10K',
  half: 'half marathon',
  marathon: 'marathon',
  fitness: 'fitness plan',
};

const num = (f: Facts, k: string): number => (typeof f[k] === 'number' ? f[k] : Number.NaN);
const goal = (f: Facts): string => GOAL_NAMES[String(f['goal'])] ?? 'race';
const quoted = (f: Facts, k: string): string => (f[k] === undefined ? '' : ` "${String(f[k])}"`);
const weeks = (n: number): string => `${n} ${n === 1 ? 'week' : 'weeks'}`;
const range = (b: { readonly min: number; readonly max: number }, unit: string): string =>
  `${b.min}–${b.max} ${unit}`;

const WORDS: Readonly<Record<string, (f: Facts) => string>> = {
  NOT_ENOUGH_WEEKS: (f) =>
    `${weeks(num(f, 'weeks'))} is too little time to prepare for a ${goal(f)}: allow at least ${weeks(num(f, 'minWeeks'))}. Could you pick a later race?`,
  PLAN_TOO_LONG: (f) =>
    `Plans span at most ${weeks(num(f, 'maxWeeks'))}. Could you start closer to the race?`,
  TOO_FEW_DAYS: (f) =>
    `A ${goal(f)} plan needs at least ${num(f, 'minDays')} running days a week. Which other day could you run?`,
  NO_AVAILABLE_DAYS: () => 'Pick at least one day you can run.',
  LONG_RUN_DAY_NOT_AVAILABLE: (f) =>
    `The long run has to be on one of your running days, and ${WEEKDAY_NAMES[String(f['longRunDay']) as Weekday] ?? 'that day'} is not one of them.`,
  RACE_DATE_REQUIRED: () => 'When is the race? A date like 2027-04-18 is perfect.',
  RACE_DATE_NOT_AFTER_START: (f) =>
    `The race (${String(f['raceDate'])}) has to be after the plan starts (${String(f['startDate'])}).`,
  MAX_HR_IMPLAUSIBLE: (f) =>
    `A max heart rate of ${num(f, 'maxHrBpm')} bpm is outside ${range(PLAUSIBLE.maxHrBpm, 'bpm')}. What is your max heart rate?`,
  RESTING_HR_IMPLAUSIBLE: (f) =>
    `A resting heart rate of ${num(f, 'restingHrBpm')} bpm is outside ${range(PLAUSIBLE.restingHrBpm, 'bpm')}. What do you measure when you wake up?`,
  LTHR_IMPLAUSIBLE: (f) =>
    `A threshold heart rate of ${num(f, 'lthrBpm')} bpm is outside ${range(PLAUSIBLE.lthrBpm, 'bpm')}. What is your threshold heart rate?`,
  RESTING_HR_NOT_BELOW_MAX: () => 'Your resting heart rate has to be below your max heart rate.',
  LTHR_NOT_BELOW_MAX: () => 'Your threshold heart rate has to be below your max heart rate.',
  HR_RESERVE_TOO_SMALL: () =>
    `Your max and resting heart rates are less than ${MIN_HR_RESERVE_BPM} bpm apart, which is too close to be right. Could you check them?`,
  AGE_IMPLAUSIBLE: () => `An age has to be ${range(PLAUSIBLE.ageYears, 'years')}. How old are you?`,
  INVALID_AGE: () => `An age has to be ${range(PLAUSIBLE.ageYears, 'years')}. How old are you?`,
  HR_MAX_UNKNOWN: () => 'I need your max heart rate, or your age to estimate it. How old are you?',
  INVALID_START_DATE: (f) =>
    `The start date${quoted(f, 'startDate')} has to be a date like 2026-12-07. When would you like to start?`,
  INVALID_RACE_DATE: (f) =>
    `The race date${quoted(f, 'raceDate')} has to be a date like 2027-04-18. When is the race?`,
  INVALID_WEEKDAY: (f) =>
    `I don't know the day${quoted(f, 'day')}: days are mon, tue, wed, thu, fri, sat and sun. Which days can you run?`,
  INVALID_WEEKS: () => `A fitness plan runs 1–${MAX_PLAN_WEEKS} weeks. How many weeks would you like?`,
  INVALID_VOLUME: (f) =>
    f['field'] === 'km'
      ? `Weekly distance has to be ${range({ min: 0, max: PLAUSIBLE.weeklyKm.max }, 'km')}. How far do you run in a usual week?`
      : `Weekly running time has to be ${range({ min: 0, max: PLAUSIBLE.weeklyMinutes.max }, 'minutes')}. How long do you run in a usual week?`,
  INVALID_MAX_MINUTES: () =>
    `The most time you have on a day has to be at least ${MIN_MAX_MINUTES_PER_DAY} minutes. How long can you run on a busy day?`,
  INVALID_LONGEST_RUN: () =>
    `The longest recent run has to be ${range(PLAUSIBLE.longestRunKm, 'km')}. How far was your longest run lately?`,
  INVALID_TARGET_TIME: () =>
    'The target time has to be a time above zero, like 1:45:00. What time are you aiming for?',
  INVALID_EASY_PACE: () =>
    'The easy pace has to be between 3:20 and 20:00 per km. What pace feels easy enough to chat at?',
  INVALID_GOAL: () =>
    'I can plan a 5K, a 10K, a half marathon, a marathon or general fitness. Which would you like?',
  INVALID_LEVEL: () => 'Your level has to be beginner, intermediate or advanced. Which fits you best?',
  INVALID_RACE: () =>
    'A race for fitness has to be from 1500 m to the marathon, with a distance and a time above zero. Which race have you run lately?',
  FASTER_THAN_WORLD_RECORD: () =>
    'That time is faster than the world record for the distance. Could you check it?',
  VDOT_OUT_OF_RANGE: () =>
    `That race gives a fitness outside what runloop works with (VDOT ${MIN_VDOT}–${MAX_VDOT}). Could you check the time?`,
  TARGET_BEYOND_WORLD_RECORD: (f) =>
    `A target of ${formatDuration(num(f, 'targetTime'))} is faster than the world record for the distance (${formatDuration(num(f, 'worldRecordSeconds'))}), so no plan can aim at it: pick a target slower than ${formatDuration(Math.ceil(num(f, 'worldRecordSeconds')))}, or leave it out and the plan will race at your current fitness.`,
  NO_SESSIONS_IN_HORIZON: () =>
    'None of your running days falls between the start date and the end of the plan. Could you start earlier or plan more weeks?',
  LONG_RUN_NOT_REACHABLE: (f) => {
    const why =
      f['maxDayMinutes'] !== undefined
        ? `At most ${num(f, 'maxDayMinutes')} minutes a day leaves no room for the long runs a ${goal(f)} needs (at least ${num(f, 'neededMinutes')} minutes)`
        : `The longest run a safe build can reach by race day is ${num(f, 'longestMinutes')} minutes, and a ${goal(f)} needs long runs of at least ${num(f, 'neededMinutes')} minutes first`;
    const shorter = f['shorterRace'];
    const offer =
      shorter === undefined
        ? 'pick a later race, or a shorter one once your runs are longer'
        : `a ${GOAL_NAMES[String(shorter)] ?? 'shorter race'} fits these runs: plan for it instead, or pick a later race`;
    return `${why}, so I will not plan this race; ${offer}.`;
  },
};

/** Every plan error code worded here. */
export const PLAN_ERROR_WORDED: readonly string[] = Object.keys(WORDS);

/**
 * The runner's words for a plan error, or `undefined` when the code has none here.
 *
 * @example
 * planErrorText('NOT_ENOUGH_WEEKS', { weeks: 1, minWeeks: 4, goal: 'half' });
 * // '1 week is too little time to prepare for a half marathon: allow at least 4 weeks. Could you pick a later race?'
 */
export function planErrorText(code: string, facts: Facts = {}): string | undefined {
  return WORDS[code]?.(facts);
}
