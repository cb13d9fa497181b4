import { PLAUSIBLE } from '../plausibility.js';
import { RACE_DISTANCE_METERS } from '../units/race-distance.js';

/**
 * Plausibility bounds for what a runner can report, as the parser names them. A value outside its bound is
 * not stored: the parser returns a Problem with a code and facts instead. The numbers and why each is what
 * it is live in `../plausibility.ts` (one table for the parser, the API, the database and the plan builder).
 */

export { METERS_PER_MILE } from '../units/race-distance.js';

/** Half marathon in metres (World Athletics course length, shared with `units/race-distance.ts`). */
export const HALF_MARATHON_M = RACE_DISTANCE_METERS.half;

/** Marathon in metres (World Athletics course length, shared with `units/race-distance.ts`). */
export const MARATHON_M = RACE_DISTANCE_METERS.marathon;

/** parkrun is a timed 5 km (parkrun.com). */
export const PARKRUN_M = 5_000;

/** Shortest run worth logging, metres (one 400 m lap is the shortest common unit; 100 m allows strides). */
export const MIN_RUN_M = PLAUSIBLE.runMeters.min;

/** Longest single run, metres: Spartathlon is 246 km, so 300 km covers every common ultra. */
export const MAX_RUN_M = PLAUSIBLE.runMeters.max;

/** Shortest run duration, seconds (100 m world record 9.58 s, Bolt 2009). */
export const MIN_RUN_S = PLAUSIBLE.runSeconds.min;

/** Longest single run duration, seconds: 48 h covers 24 h races and multi-day ultra stages. */
export const MAX_RUN_S = PLAUSIBLE.runSeconds.max;

/** Slowest pace still logged as a run/walk, s/km: 20:00/km is 3 km/h, a slow walk. */
export const SLOWEST_PACE_S_PER_KM = PLAUSIBLE.paceSPerKm.max;

/**
 * World records (men's, World Athletics) as [distance m, time s], ascending: no runner beats the average
 * pace of the record at a shorter distance, so a pace faster than that is a typo or a mishearing.
 * 400 m 43.03 (van Niekerk 2016), 800 m 1:40.91 (Rudisha 2012), 1500 m 3:26.00 (El Guerrouj 1998),
 * 5000 m 12:35.36 (Cheptegei 2020), 10 000 m 26:11.00 (Cheptegei 2020), half 57:30 (Kejelcha 2024),
 * marathon 2:00:35 (Kiptum 2023).
 */
export const WORLD_RECORDS_M_S: readonly (readonly [number, number])[] = [
  [100, 9.58],
  [400, 43.03],
  [800, 100.91],
  [1500, 206.0],
  [5000, 755.36],
  [10_000, 1571.0],
  [HALF_MARATHON_M, 3450],
  [MARATHON_M, 7235],
];

/** Session RPE on Foster's modified CR-10 scale (Foster et al. 2001), as the project uses it: 1–10. */
export const RPE_MIN = PLAUSIBLE.rpe.min;
export const RPE_MAX = PLAUSIBLE.rpe.max;

/** Average HR during a run, bpm: below 40 is a resting value, above 230 no human sustains. */
export const AVG_HR_MIN = PLAUSIBLE.runHrBpm.min;
export const AVG_HR_MAX = PLAUSIBLE.runHrBpm.max;

/** Max HR, bpm: Tanaka's 208 − 0.7·age (2001) tops out near 200; +3 SD (~10 bpm each) gives 230. */
export const MAX_HR_MIN = PLAUSIBLE.maxHrBpm.min;
export const MAX_HR_MAX = PLAUSIBLE.maxHrBpm.max;

/**
 * Running cadence, steps per minute (both feet): brisk walking is ~100–120 and elite sprinting ~260
 * (Weyand et al. 2000, J Appl Physiol 89:1991); 60–260 is the range the activities table accepts.
 */
export const CADENCE_MIN_SPM = PLAUSIBLE.cadenceSpm.min;
export const CADENCE_MAX_SPM = PLAUSIBLE.cadenceSpm.max;

/** Resting HR, bpm: elite endurance athletes reach the high 20s; above 120 is not a resting value. */
export const RESTING_HR_MIN = PLAUSIBLE.restingHrBpm.min;
export const RESTING_HR_MAX = PLAUSIBLE.restingHrBpm.max;

/** HRV as rMSSD, ms: wearables report roughly 5–250 ms across adults. */
export const HRV_MIN_MS = PLAUSIBLE.hrvMs.min;
export const HRV_MAX_MS = PLAUSIBLE.hrvMs.max;

/** Sleep in one night, hours: 0 (no sleep) to 16. */
export const SLEEP_MIN_H = PLAUSIBLE.sleepHours.min;
export const SLEEP_MAX_H = PLAUSIBLE.sleepHours.max;

/** Pain on the 0–10 numeric rating scale (NRS); soreness and stress use the same 0–10 range. */
export const SCALE_MIN = PLAUSIBLE.scale0to10.min;
export const SCALE_MAX = PLAUSIBLE.scale0to10.max;

/** Longest message the parser reads, characters; the rest is ignored (chat messages are short). */
export const MAX_MESSAGE_CHARS = PLAUSIBLE.messageChars.max;

/**
 * The fastest possible time over `meters`, s: the world record at a record distance, and between two
 * record distances their power-law (log–log) interpolation, t = t₁·(d/d₁)^k with k fitted to the two
 * records (Riegel's model, k ≈ 1.05–1.08 here; Riegel 1981). Beyond the marathon the marathon-to-half
 * exponent carries on; below 100 m the 100 m pace. Interpolation between records is slightly faster than
 * the real records in between (e.g. 15 km: 40:09 against 41:05), so it never refuses a real time.
 *
 * @example
 * fastestPossibleSeconds(10_000) // → 1571 (10 000 m WR 26:11)
 * fastestPossibleSeconds(16_000) // → ≈ 2578 (42:58): "16 km in 42 min" is beyond any runner
 */
export function fastestPossibleSeconds(meters: number): number {
  const records = WORLD_RECORDS_M_S;
  const first = records[0]!;
  if (meters <= first[0]) return (first[1] * meters) / first[0];
  for (let i = 1; i < records.length; i += 1) {
    const [d1, t1] = records[i - 1]!;
    const [d2, t2] = records[i]!;
    if (meters <= d2) return t1 * (meters / d1) ** (Math.log(t2 / t1) / Math.log(d2 / d1));
  }
  const [d1, t1] = records[records.length - 2]!;
  const [d2, t2] = records[records.length - 1]!;
  return t2 * (meters / d2) ** (Math.log(t2 / t1) / Math.log(d2 / d1));
}
