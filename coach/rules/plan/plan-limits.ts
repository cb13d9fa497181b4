/**
 * Limits on the plan horizon and the inputs the builder accepts. Shorter horizons than the minimums are
 * refused (`NOT_ENOUGH_WEEKS`): there is no time to build anything safely. runloop's choices, following
 * the shortest commercial/coach plans (e.g. Higdon's 8-week 5K novice, 12-week half, 18-week marathon
 * programmes, which compress to roughly half at the extreme).
 */
import { PLAUSIBLE } from '../plausibility.js';
import type { GoalDistance } from './types.js';

/**
 * Fewest plan weeks (race week included) a plan for each goal may span. A race plan's weeks count back from
 * race day, so N weeks means at least 7 × (N − 1) days from the start to the race.
 */
export const MIN_PLAN_WEEKS: Readonly<Record<GoalDistance, number>> = {
  '5k': 2,
  '10k': 2,
  half: 4,
  marathon: 6,
  fitness: 1,
};

/** Most weeks a plan may span (a year). */
export const MAX_PLAN_WEEKS = 52;

/** Default horizon for a general-fitness plan, weeks. */
export const DEFAULT_FITNESS_WEEKS = 12;

/** Fewest available weekdays per goal: half and marathon need a long run plus at least two more days. */
export const MIN_AVAILABLE_DAYS: Readonly<Record<GoalDistance, number>> = {
  '5k': 2,
  '10k': 2,
  half: 3,
  marathon: 3,
  fitness: 2,
};

/** Shortest allowed daily time cap, minutes (one short easy run). */
export const MIN_MAX_MINUTES_PER_DAY = 20;

/** Highest weekly volume accepted, minutes (~30 h: beyond any runner's week, so a typo). */
export const MAX_WEEKLY_MINUTES = PLAUSIBLE.weeklyMinutes.max;

/** Highest weekly volume accepted, km. */
export const MAX_WEEKLY_KM = PLAUSIBLE.weeklyKm.max;

/** Age bounds, years (as heart-rate inputs: 12–100). */
export const AGE_YEARS = PLAUSIBLE.ageYears;

/** Longest recent run accepted, km (`PLAUSIBLE.longestRunKm`). */
export const LONGEST_RUN_KM = PLAUSIBLE.longestRunKm;
