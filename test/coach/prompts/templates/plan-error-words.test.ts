/**
 * Every code the plan builder, the profile checks and the heart-rate rules can refuse with is worded in
 * coach/prompts (issue 11 §7), so the API and chat never fall back to a rule's English. `ALL_CODES` is
 * checked against `PlanErrorCode` by the compiler: a new code fails to compile here until it is listed.
 */
import { describe, expect, it } from 'vitest';
import { PLAN_ERROR_WORDED, planErrorText } from '../../../../coach/prompts/templates/plan-error-words.js';
import type { PlanErrorCode } from '../../../../coach/rules/plan/plan-errors.js';
import { buildPlan } from '../../../../coach/rules/plan/build-plan.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';

/** Every code, with facts like the rule's (`{}` for a code without facts). */
const ALL_CODES: Readonly<Record<PlanErrorCode, Readonly<Record<string, unknown>>>> = {
  INVALID_START_DATE: {},
  INVALID_RACE_DATE: {},
  RACE_DATE_REQUIRED: {},
  RACE_DATE_NOT_AFTER_START: { startDate: '2026-12-07', raceDate: '2026-12-01' },
  NO_AVAILABLE_DAYS: {},
  INVALID_WEEKDAY: {},
  LONG_RUN_DAY_NOT_AVAILABLE: {},
  TOO_FEW_DAYS: { days: 2, minDays: 3, goal: 'marathon' },
  NOT_ENOUGH_WEEKS: { weeks: 2, minWeeks: 4, goal: 'half' },
  LONG_RUN_NOT_REACHABLE: { goal: 'marathon', longestMinutes: 75, neededMinutes: 135, shorterRace: 'half' },
  PLAN_TOO_LONG: { weeks: 60, maxWeeks: 52 },
  INVALID_WEEKS: {},
  INVALID_VOLUME: {},
  INVALID_MAX_MINUTES: {},
  INVALID_LONGEST_RUN: {},
  INVALID_AGE: {},
  INVALID_TARGET_TIME: {},
  INVALID_EASY_PACE: {},
  INVALID_GOAL: {},
  INVALID_LEVEL: {},
  INVALID_RACE: {},
  FASTER_THAN_WORLD_RECORD: {},
  TARGET_BEYOND_WORLD_RECORD: { targetTime: 700, worldRecordSeconds: 755.36, distanceMeters: 5000 },
  VDOT_OUT_OF_RANGE: {},
  AGE_IMPLAUSIBLE: {},
  MAX_HR_IMPLAUSIBLE: { maxHrBpm: 300 },
  RESTING_HR_IMPLAUSIBLE: { restingHrBpm: 5 },
  LTHR_IMPLAUSIBLE: { lthrBpm: 20 },
  RESTING_HR_NOT_BELOW_MAX: {},
  LTHR_NOT_BELOW_MAX: {},
  HR_RESERVE_TOO_SMALL: {},
  HR_MAX_UNKNOWN: {},
  NO_SESSIONS_IN_HORIZON: {},
};

const BASE: PlanInput = {
  startDate: '2026-12-07',
  goal: { distance: 'half', raceDate: '2027-04-18' },
  level: 'intermediate',
  availableDays: ['tue', 'thu', 'sat', 'sun'],
  longRunDay: 'sun',
  weeklyMinutes: 200,
  fitness: { race: { distanceMeters: 10000, timeSeconds: 3000 } },
} as PlanInput;

describe('plan error words', () => {
  it.each(Object.entries(ALL_CODES))('%s is worded', (code, facts) => {
    expect(PLAN_ERROR_WORDED).toContain(code);
    const text = planErrorText(code, facts);
    expect(text).toBeDefined();
    expect(text).not.toMatch(/undefined|NaN|\[object|null/);
  });

  it.each([
    ['INVALID_VOLUME', { ...BASE, weeklyMinutes: 99999 }, /^Weekly running time has to be 0–\d+ minutes\./],
    [
      'INVALID_VOLUME',
      { ...BASE, weeklyMinutes: undefined, weeklyKm: 9999 },
      /^Weekly distance has to be 0–\d+ km\./,
    ],
    ['INVALID_WEEKDAY', { ...BASE, availableDays: ['tue', 'someday'] }, /the day "someday"/],
    [
      'INVALID_START_DATE',
      { ...BASE, startDate: '7/12/2026' },
      /^The start date has to be a date like 2026-12-07\./,
    ],
  ] as const)('%s worded from the rule’s facts', (code, input, words) => {
    const r = buildPlan(input as PlanInput);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe(code);
    expect(planErrorText(r.code, r.facts)).toMatch(words);
  });
});
