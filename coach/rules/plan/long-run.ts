/**
 * How long the long run may be: what a week can hold (a share of its volume that is larger below about
 * 60 km a week), where it starts (near the runner's current longest run), how far it may reach for each
 * goal (Daniels' 150 minutes, and a distance), and the refusal when a half or marathon cannot reach a safe
 * long run. Pure: minutes in, minutes out; the runner's easy pace turns kilometres into minutes.
 */
import type { Err } from '../result.js';
import { refusal } from '../result.js';
import { minLongRunMinutes } from './feasibility.js';
import type { GoalDistance } from './types.js';

/**
 * Share of the week the long run may take below `LONG_RUN_LOW_VOLUME_KM`: 40 % (Higdon's novice plans and
 * Pfitzinger's 18/55 give the long run 35–50 % of a sub-60 km week; SCIENCE.md "Plan shape").
 */
export const LONG_RUN_LOW_VOLUME_SHARE = 0.4;
/**
 * Share of every kilometre above `LONG_RUN_LOW_VOLUME_KM` the long run may take: 30 %, Daniels' "25–30 % of
 * weekly volume" (DRF 3rd ed., ch. 3), so the share falls towards 30 % as the week grows.
 */
export const LONG_RUN_HIGH_VOLUME_SHARE = 0.3;
/** Weekly volume, km, up to which the long run may take `LONG_RUN_LOW_VOLUME_SHARE` ("below about 60 km"). */
export const LONG_RUN_LOW_VOLUME_KM = 60;
/**
 * Long-run share of the week with fewer than four running days, by days: three days keep the 40 % of a
 * sub-60 km week (Higdon, Pfitzinger: 30–40 %; issue 9), two days 55 % (little else to spread the volume
 * over; runloop's choice), one day all of it.
 */
export const LONG_RUN_SHARE_FEW_DAYS = { three: 0.4, two: 0.55, one: 1 } as const;
/**
 * The first long run is this share of the runner's longest recent run (when given and the week holds it):
 * inside the 80–100 % SCIENCE.md asks for, a small step back while the runner settles into the plan.
 */
export const LONG_RUN_START_FRACTION = 0.9;
/**
 * Most of the week a long run may take to stay at the plan's first long run (a down week cuts the easy
 * runs before it cuts the long run below where the runner started; runloop's choice).
 */
export const LONG_RUN_FLOOR_MAX_SHARE = 0.5;
/**
 * Most of the real week the long run may take when the runner's own daily caps (`maxMinutesByDay`, e.g. 45'
 * weekdays and a free weekend) hold the other runs short: 60 %. The week cannot grow on those days, so the
 * long run carries it, as in Higdon's Novice 1 marathon plan (a 20 mi long run in a 31 mi peak week, 65 %).
 */
export const LONG_RUN_DAY_CAPPED_MAX_SHARE = 0.6;
/**
 * Share of the week a half or marathon long run may take in race-specific weeks while it is still short of
 * the goal's long run (`goalLongRunCap`): half the week, as Higdon's novice plans do (a 20 mi long run in a
 * 40 mi week). It still grows at most `LONG_RUN_STEP_MINUTES` a week, so a fast runner on few minutes a week
 * reaches 29–32 km instead of stopping near 25 km at 40 %.
 */
export const LONG_RUN_RACE_SPECIFIC_SHARE = 0.5;
/**
 * Longest long run by goal, km: marathon 32 km (Pfitzinger 18/55 and Higdon Novice 1 peak at 20 mi,
 * Pfitzinger's range 29–35 km), half 22 km (at or above race distance: 18–22 km). Daniels' 150-minute cap
 * (`LONG_RUN_CAP_MINUTES`) applies as well, whichever comes first.
 */
export const LONG_RUN_CAP_KM: Readonly<Partial<Record<GoalDistance, number>>> = { half: 22, marathon: 32 };

/**
 * Minutes a long run may take of a week of `weekMinutes`: 40 % of the first 60 km (at easy pace) and 30 %
 * of the rest from four running days; a fixed larger share with fewer days.
 *
 * @param weekMinutes the week's training minutes
 * @param runDays running days that week
 * @param easySecondsPerKm the runner's easy pace (turns 60 km into minutes)
 * @example
 * longRunWeekCap(300, 4, 400); // 120 (300 min < 60 km at 6:40/km → 40 %)
 * longRunWeekCap(600, 5, 300); // 0.4 × 300 + 0.3 × 300 = 210
 */
export function longRunWeekCap(weekMinutes: number, runDays: number, easySecondsPerKm: number): number {
  if (runDays <= 1) return weekMinutes * LONG_RUN_SHARE_FEW_DAYS.one;
  if (runDays === 2) return weekMinutes * LONG_RUN_SHARE_FEW_DAYS.two;
  if (runDays === 3) return weekMinutes * LONG_RUN_SHARE_FEW_DAYS.three;
  const low = (LONG_RUN_LOW_VOLUME_KM * easySecondsPerKm) / 60;
  return (
    LONG_RUN_LOW_VOLUME_SHARE * Math.min(weekMinutes, low) +
    LONG_RUN_HIGH_VOLUME_SHARE * Math.max(0, weekMinutes - low)
  );
}

/**
 * The longest long run `others` minutes of other running allow from four sessions a week: the largest L
 * with L ≤ `longRunWeekCap(L + others)`.
 *
 * @example
 * longRunBesides(120, 400); // 80 (80 of 200 minutes is 40 %)
 */
export function longRunBesides(others: number, easySecondsPerKm: number): number {
  const low = (LONG_RUN_LOW_VOLUME_KM * easySecondsPerKm) / 60;
  const a = LONG_RUN_LOW_VOLUME_SHARE;
  const b = LONG_RUN_HIGH_VOLUME_SHARE;
  const below = (a * others) / (1 - a);
  if (below + others <= low) return below;
  return ((a - b) * low + b * others) / (1 - b);
}

/**
 * The smallest week (four or more running days) whose `longRunWeekCap` holds a long run of `longMinutes`.
 *
 * @example
 * weekHoldingLongRun(120, 400); // 300
 */
export function weekHoldingLongRun(longMinutes: number, easySecondsPerKm: number): number {
  const low = (LONG_RUN_LOW_VOLUME_KM * easySecondsPerKm) / 60;
  const below = longMinutes / LONG_RUN_LOW_VOLUME_SHARE;
  if (below <= low) return below;
  return low + (longMinutes - LONG_RUN_LOW_VOLUME_SHARE * low) / LONG_RUN_HIGH_VOLUME_SHARE;
}

/**
 * Longest long run a goal builds to, minutes: the lesser of its minute cap and its distance cap at easy pace.
 *
 * @example
 * goalLongRunCap('marathon', 150, 300); // 150 (32 km at 5:00/km is 160 min)
 * goalLongRunCap('half', 150, 300);     // 110 (22 km at 5:00/km)
 */
export function goalLongRunCap(goal: GoalDistance, capMinutes: number, easySecondsPerKm: number): number {
  const km = LONG_RUN_CAP_KM[goal];
  return km === undefined ? capMinutes : Math.min(capMinutes, (km * easySecondsPerKm) / 60);
}

/** Facts of a `LONG_RUN_NOT_REACHABLE` refusal (minutes; `shorterRace` absent when none fits). */
export interface LongRunNotReachableFacts {
  readonly goal: GoalDistance;
  readonly longestMinutes: number;
  readonly neededMinutes: number;
  readonly shorterRace?: '10k' | '5k' | 'half';
  readonly maxDayMinutes?: number;
}

/**
 * The refusal for a half or marathon whose longest run (what the plan could reach) stays under the goal's
 * minimum long run, naming the longest race those runs do support; `undefined` when the long runs suffice
 * (or the goal is a 5K, 10K or fitness, which can be run/walked on a short build).
 *
 * @param goal goal distance
 * @param longestMinutes the longest training run the built plan reaches, minutes
 * @param maxDayMinutes the runner's daily cap, minutes (Infinity when none)
 * @param builds whether a plan for a shorter race builds for the same runner (default: assumed)
 * @param easySecondsPerKm the runner's easy pace, s/km (sets each goal's minimum, `minLongRunMinutes`)
 * @example
 * longRunNotReachable('marathon', 75, Infinity);
 * // refusal('LONG_RUN_NOT_REACHABLE', { shorterRace: 'half', … })
 */
export function longRunNotReachable(
  goal: GoalDistance,
  longestMinutes: number,
  maxDayMinutes: number,
  builds: (shorter: 'half' | '10k' | '5k') => boolean = () => true,
  easySecondsPerKm?: number,
): Err<'LONG_RUN_NOT_REACHABLE'> | undefined {
  if (goal !== 'half' && goal !== 'marathon') return undefined;
  const min = (g: GoalDistance): number => minLongRunMinutes(g, easySecondsPerKm);
  const needed = min(goal);
  if (longestMinutes >= needed) return undefined;
  const longest = Math.floor(longestMinutes);
  // The race offered instead is the longest one the same runner's plan really builds (its own build, with
  // its own long runs and refusal, decides).
  const shorterRace = (['half', '10k', '5k'] as const).find((g) => min(g) < needed && builds(g));
  const capped = maxDayMinutes < needed;
  const facts: LongRunNotReachableFacts = {
    goal,
    longestMinutes: longest,
    neededMinutes: needed,
    ...(shorterRace === undefined ? {} : { shorterRace }),
    ...(capped ? { maxDayMinutes: Math.floor(maxDayMinutes) } : {}),
  };
  return refusal('LONG_RUN_NOT_REACHABLE', { ...facts });
}
