/**
 * Plausibility bounds: the one table of what a runner's numbers may be. The parser, onboarding, the plan
 * builder, the heart-rate rules, the HTTP API schemas, the CLI and the database check constraints all read
 * these (issue 11 §7: five copies used to disagree, so the API stored a max HR the rules then refused).
 *
 * A value outside its bound is a typo or a mishearing, not an unusual athlete: the bounds are generous
 * and inclusive (`min ≤ v ≤ max`). Units are in the key names (bpm, h, km, min, m, s, years, chars).
 */

/** An inclusive range of plausible values. */
export interface Bound {
  readonly min: number;
  readonly max: number;
}

/**
 * Whether `v` is a finite number inside `bound` (inclusive).
 *
 * @example
 * withinBound(185, PLAUSIBLE.maxHrBpm); // true
 */
export function withinBound(v: number, bound: Bound): boolean {
  return Number.isFinite(v) && v >= bound.min && v <= bound.max;
}

export const PLAUSIBLE = {
  /**
   * Maximum heart rate, bpm. Tanaka's 208 − 0.7·age (2001) tops out near 200; +3 SD (~10 bpm each) gives
   * 230, and lab-measured HRmax above ~225 is exceptional. Below 100 no adult reaches during a hard run.
   */
  maxHrBpm: { min: 100, max: 230 },
  /** Resting heart rate, bpm: elite endurance athletes reach the high 20s; above 120 is not at rest. */
  restingHrBpm: { min: 25, max: 120 },
  /**
   * Lactate-threshold heart rate, bpm: LTHR sits at roughly 85–92 % of HRmax (Friel), so the HRmax bounds
   * (100–230) give about 85–212; 80–220 leaves room either side. It must also be below max HR.
   */
  lthrBpm: { min: 80, max: 220 },
  /** Heart rate during a run (average or peak), bpm: below 40 is a resting value, above 230 no human sustains. */
  runHrBpm: { min: 40, max: 230 },
  /** Session RPE on Foster's modified CR-10 scale (Foster et al. 2001), as the runner rates a run: 1–10. */
  rpe: { min: 1, max: 10 },
  /** Sleep in one night, hours: 0 (none) to 16 (beyond that it is not one night's sleep). */
  sleepHours: { min: 0, max: 16 },
  /** Pain on the 0–10 numeric rating scale (NRS); soreness and stress use the same range. */
  scale0to10: { min: 0, max: 10 },
  /** HRV as rMSSD, ms: wearables report roughly 5–250 ms across adults. */
  hrvMs: { min: 5, max: 250 },
  /** Running cadence, steps per minute: brisk walking ~100–120, elite sprinting ~260 (Weyand et al. 2000). */
  cadenceSpm: { min: 60, max: 260 },
  /** Age, years: the Tanaka estimate pooled adults 18–81; 12–100 covers junior and veteran runners. */
  ageYears: { min: 12, max: 100 },
  /** Birth year, calendar year: a static guard (the clock-dependent age check is `ageYears`). */
  birthYear: { min: 1900, max: 2100 },
  /** One run's distance, metres: 100 m allows strides; Spartathlon is 246 km, so 300 km covers ultras. */
  runMeters: { min: 100, max: 300_000 },
  /** One run's duration, seconds: 9 s (100 m world record 9.58 s) to 48 h (24 h races, ultra stages). */
  runSeconds: { min: 9, max: 48 * 3600 },
  /** Longest recent run, km: 0.1 km (the shortest run worth logging) to 100 km. */
  longestRunKm: { min: 0.1, max: 100 },
  /** Weekly running volume, km: 0 (not running yet) to 300 (beyond any runner's week, so a typo). */
  weeklyKm: { min: 0, max: 300 },
  /** Weekly running time, minutes: 0 to 1800 (30 h, beyond any runner's week). */
  weeklyMinutes: { min: 0, max: 1800 },
  /** Slowest pace still logged as a run/walk, s/km: 20:00/km is 3 km/h, a slow walk. */
  paceSPerKm: { min: 0, max: 20 * 60 },
  /** A runner's chat message, characters: chat messages are short; the rest is not read. */
  messageChars: { min: 0, max: 2000 },
} as const satisfies Readonly<Record<string, Bound>>;

export type PlausibleKey = keyof typeof PLAUSIBLE;
