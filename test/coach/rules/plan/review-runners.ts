/**
 * Runners from the coach's review of the issue-9 plans, shared by the scenario tests that replay it (each
 * with the `runloop plan` command the review ran).
 */
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import { RACE_DISTANCE_METERS } from '../../../../coach/rules/units/race-distance.js';

/**
 * `r06`, the example runner: a 55:00 10K, 30 km a week, already running 16 km, an 18-week marathon
 * on four days. `runloop plan --race 10k --time 55:00 --goal marathon --race-date 2027-04-18
 * --start 2026-12-14 --days tue,thu,sat,sun --long-day sun --weekly-km 30 --longest-km 16`
 */
export const r06: PlanInput = {
  fitness: { race: { distanceMeters: 10000, timeSeconds: 55 * 60 } },
  goal: { distance: 'marathon', raceDate: '2027-04-18' },
  startDate: '2026-12-14',
  availableDays: ['tue', 'thu', 'sat', 'sun'],
  longRunDay: 'sun',
  weeklyKm: 30,
  longestRunKm: 16,
  level: 'intermediate',
};

/**
 * `r09`, the advanced runner: a 1:25:00 half, 70 km a week, six days. `runloop plan --race half
 * --time 1:25:00 --goal marathon --race-date 2027-04-18 --start 2026-12-14 --days mon,tue,wed,thu,sat,sun
 * --long-day sun --weekly-km 70 --longest-km 26 --level advanced`
 */
export const r09: PlanInput = {
  fitness: { race: { distanceMeters: RACE_DISTANCE_METERS.half, timeSeconds: 85 * 60 } },
  goal: { distance: 'marathon', raceDate: '2027-04-18' },
  startDate: '2026-12-14',
  availableDays: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'],
  longRunDay: 'sun',
  weeklyKm: 70,
  longestRunKm: 26,
  level: 'advanced',
};
