/**
 * Why a plan cannot be built, in the runner's words: the plan builder and the heart-rate rules return a
 * stable code with facts (`coach/rules/plan/plan-errors.ts`); this words the ones a runner can reach
 * through chat or the API. A code without wording here keeps the rule's own message.
 */
import { MIN_HR_RESERVE_BPM } from '../../rules/heart-rate/hr-limits.js';
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
