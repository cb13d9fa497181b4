import type { DayValue } from './daily-series.js';
import { dayWindow } from './day-window.js';
import { WEEK_DAYS } from './window-total.js';

/** Monotony above which a week is flagged as too uniform (Foster 1998, *Med Sci Sports Exerc* 30:1164). */
export const MONOTONY_HIGH = 2.0;
/** Weekly strain (session-RPE AU) for a caution flag: practitioner threshold after Foster 1998. */
export const STRAIN_CAUTION_AU = 4500;
/** Weekly strain (session-RPE AU) for a risk flag: practitioner threshold after Foster 1998. */
export const STRAIN_RISK_AU = 6000;

/**
 * Why monotony could not be computed: an unknown day in the week, fewer than 7 days of history, or no
 * day-to-day variation (SD 0: every day the same, including an all-rest week).
 */
export type MonotonyStatus = 'OK' | 'MISSING_DATA' | 'INSUFFICIENT_HISTORY' | 'NO_VARIATION';

export interface MonotonyStrain {
  readonly status: MonotonyStatus;
  /** Sum of the 7 daily loads ending on `asOf` (`undefined` unless every day is known). */
  readonly weeklyLoad: number | undefined;
  /** Mean daily load, AU per day. */
  readonly mean: number | undefined;
  /** Population SD of the 7 daily loads (divides by 7, not 6). */
  readonly sd: number | undefined;
  /** mean ÷ SD. */
  readonly monotony: number | undefined;
  /** weeklyLoad × monotony. */
  readonly strain: number | undefined;
  readonly missingDays: number;
  /** monotony > 2.0. */
  readonly highMonotony: boolean | undefined;
  /** strain vs 4500 / 6000 AU — meaningful for session-RPE loads only. */
  readonly strainLevel: 'normal' | 'caution' | 'risk' | undefined;
}

/**
 * Foster's training monotony and strain for the 7 days ending on `asOf` (inclusive): monotony = mean ÷
 * SD of the daily loads (rest days are 0; **population SD**, dividing by 7), strain = weekly load ×
 * monotony. Needs every day known: a day with unknown load gives `status: 'MISSING_DATA'` and no
 * numbers (an SD cannot be guessed). The strain thresholds are in session-RPE AU.
 *
 * @example
 * // loads 420, 0, 300, 0, 600, 0, 900 AU → mean 317.1, SD 323.5, monotony 0.98, strain 2177
 * monotonyStrain(series, '2027-03-28').monotony; // 0.9805
 */
export function monotonyStrain(series: readonly DayValue[], asOf: string): MonotonyStrain {
  const days = dayWindow(series, asOf, WEEK_DAYS);
  const empty = {
    weeklyLoad: undefined,
    mean: undefined,
    sd: undefined,
    monotony: undefined,
    strain: undefined,
  };
  const flags = { highMonotony: undefined, strainLevel: undefined };
  const missingDays = days.filter((d) => d.value === undefined).length;
  if (days.length < WEEK_DAYS) return { status: 'INSUFFICIENT_HISTORY', ...empty, missingDays, ...flags };
  if (missingDays > 0) return { status: 'MISSING_DATA', ...empty, missingDays, ...flags };
  const loads = days.map((d) => d.value ?? 0);
  const weeklyLoad = loads.reduce((s, x) => s + x, 0);
  const mean = weeklyLoad / loads.length;
  const sd = Math.sqrt(loads.reduce((s, x) => s + (x - mean) ** 2, 0) / loads.length);
  // A relative tolerance keeps float noise on identical days from passing as variation.
  if (sd <= 1e-9 * Math.max(1, mean)) {
    return { status: 'NO_VARIATION', ...empty, weeklyLoad, mean, sd: 0, missingDays, ...flags };
  }
  const monotony = mean / sd;
  const strain = weeklyLoad * monotony;
  return {
    status: 'OK',
    weeklyLoad,
    mean,
    sd,
    monotony,
    strain,
    missingDays,
    highMonotony: monotony > MONOTONY_HIGH,
    strainLevel: strain >= STRAIN_RISK_AU ? 'risk' : strain >= STRAIN_CAUTION_AU ? 'caution' : 'normal',
  };
}
