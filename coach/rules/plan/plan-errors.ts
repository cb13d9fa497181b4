/**
 * Why a plan cannot be built: stable codes channels turn into a friendly message. Race and heart-rate
 * codes from `vdotFromRace` and `hrTargets` pass through unchanged.
 */
import type { HrInputError } from '../heart-rate/hr-limits.js';
export type PlanErrorCode =
  | 'INVALID_START_DATE'
  | 'INVALID_RACE_DATE'
  | 'RACE_DATE_REQUIRED'
  | 'RACE_DATE_NOT_AFTER_START'
  | 'NO_AVAILABLE_DAYS'
  | 'INVALID_WEEKDAY'
  | 'LONG_RUN_DAY_NOT_AVAILABLE'
  | 'TOO_FEW_DAYS'
  | 'NOT_ENOUGH_WEEKS'
  /** A half or marathon whose long runs cannot reach a safe length (facts: the figures and `shorterRace`). */
  | 'LONG_RUN_NOT_REACHABLE'
  | 'PLAN_TOO_LONG'
  | 'INVALID_WEEKS'
  | 'INVALID_VOLUME'
  | 'INVALID_MAX_MINUTES'
  | 'INVALID_LONGEST_RUN'
  | 'INVALID_AGE'
  | 'INVALID_TARGET_TIME'
  | 'INVALID_EASY_PACE'
  | 'INVALID_GOAL'
  | 'INVALID_LEVEL'
  | 'INVALID_RACE'
  | 'FASTER_THAN_WORLD_RECORD'
  /** The goal's target time beats the world record for the distance (facts: `worldRecordSeconds`). */
  | 'TARGET_BEYOND_WORLD_RECORD'
  | 'VDOT_OUT_OF_RANGE'
  /** The runner's heart-rate data is implausible (see heart-rate/hr-limits.ts). */
  | HrInputError
  | 'HR_MAX_UNKNOWN'
  | 'NO_SESSIONS_IN_HORIZON';
