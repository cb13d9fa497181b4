/**
 * Race-day pace from CURRENT fitness: the Daniels equivalent for the distance at today's VDOT, shown as a
 * range whose slow end is the conservative one. The equivalents assume adequate training for the
 * distance, and recreational runners on low mileage race slower than they predict (Vickers & Vertosick
 * 2016, "An empirical study of race times in recreational endurance runners", BMC Sports Science, Medicine
 * and Rehabilitation 8:26), so a low-volume build races from the conservative end. Predicted gains never
 * enter a prescribed pace: they are said in words only (see `feasibility.ts`).
 */
import type { Result } from '../result.js';
import { ok, refusal } from '../result.js';
import { equivalentRaceTime } from '../vdot/equivalent-race-time.js';
import { MEN_WORLD_RECORDS, worldRecordTime } from '../vdot/world-records.js';
import type { GoalDistance, Range, Session, Week } from './types.js';

export type RaceGoal = Exclude<GoalDistance, 'fitness'>;

/**
 * How far the slow (conservative) end of the race range lies beyond the equivalent pace, as a fraction of
 * it, for a runner trained adequately for the distance. The fast end is the equivalent itself. Wider for
 * the longer races, where the equivalents err most (Vickers & Vertosick 2016; Daniels, DRF ch. 5: the
 * marathon equivalent assumes marathon training). Values are runloop's choice.
 */
export const RACE_RANGE_FRACTION: Readonly<Record<RaceGoal, number>> = {
  '5k': 0.02,
  '10k': 0.02,
  half: 0.03,
  marathon: 0.04,
};

/**
 * Extra slowing for a low-volume build, fraction of the equivalent pace: the range then runs from the
 * normal range's slow end to this much further (Vickers & Vertosick 2016: low weekly mileage ran
 * markedly slower than equivalent-time predictions, most in the marathon). Values are runloop's choice.
 */
export const LOW_VOLUME_EXTRA_FRACTION: Readonly<Record<RaceGoal, number>> = {
  '5k': 0.02,
  '10k': 0.03,
  half: 0.04,
  marathon: 0.06,
};

/**
 * Peak planned training week (km, race excluded) below which a runner counts as low-volume for the
 * distance: roughly the peak weeks of Hal Higdon's novice programmes (5K ≈ 10 mi, 10K ≈ 15 mi, half ≈
 * 22 mi, marathon ≈ 35–40 mi), the least training the equivalents can be trusted on.
 */
export const ADEQUATE_PEAK_WEEK_KM: Readonly<Record<RaceGoal, number>> = {
  '5k': 16,
  '10k': 25,
  half: 35,
  marathon: 55,
};

/** Half-width of the band around a target pace the runner chose slower than the equivalent, s/km. */
export const TARGET_PACE_BAND_SECONDS_PER_KM = 2;

export interface RacePace {
  /** Pace range, whole s/km; `from` (the faster end) is never faster than the current equivalent. */
  readonly pace: Range;
  /** The time the race step is planned at, seconds: the range's fast end (whole s/km), or a slower target. */
  readonly seconds: number;
  /** The current Daniels equivalent time for the distance, seconds. */
  readonly equivalentSeconds: number;
  readonly lowVolume: boolean;
}

/**
 * Whether a build is low-volume for the goal (peak planned week under `ADEQUATE_PEAK_WEEK_KM`).
 *
 * @example
 * isLowVolume('marathon', 40); // true
 */
export function isLowVolume(goal: RaceGoal, peakWeekKm: number | undefined): boolean {
  return peakWeekKm !== undefined && peakWeekKm < ADEQUATE_PEAK_WEEK_KM[goal];
}

/**
 * The race step's pace from current fitness. A target slower than the range's fast end may be the pace
 * (banded ±2 s/km, never faster than the fast end); a faster target never is.
 *
 * @param peakWeekKm the build's peak planned training week, km (absent: treated as adequate)
 * @example
 * racePace('half', 21097.5, 38.3, 40).pace; // { from: 330, to: 340 } (≈ equivalent 5:30/km … +3 %)
 */
export function racePace(
  goal: RaceGoal,
  meters: number,
  vdot: number,
  peakWeekKm?: number,
  targetTime?: number,
): RacePace {
  const km = meters / 1000;
  const equivalentSeconds = equivalentRaceTime(vdot, meters);
  const e = equivalentSeconds / km;
  const lowVolume = isLowVolume(goal, peakWeekKm);
  const fast = lowVolume ? e * (1 + RACE_RANGE_FRACTION[goal]) : e;
  const slow = fast + e * (lowVolume ? LOW_VOLUME_EXTRA_FRACTION[goal] : RACE_RANGE_FRACTION[goal]);
  // Whole seconds, rounded towards slower so rounding never makes the range faster than the equivalent.
  const from = Math.ceil(fast);
  if (targetTime !== undefined && targetTime / km >= from) {
    const t = targetTime / km;
    const pace = {
      from: Math.max(from, Math.round(t - TARGET_PACE_BAND_SECONDS_PER_KM)),
      to: Math.round(t + TARGET_PACE_BAND_SECONDS_PER_KM),
    };
    return { pace, seconds: targetTime, equivalentSeconds, lowVolume };
  }
  // The planned time is the range's fast end as shown (whole s/km), so the time never reads faster than
  // the pace printed beside it.
  return {
    pace: { from, to: Math.max(from, Math.ceil(slow)) },
    seconds: from * km,
    equivalentSeconds,
    lowVolume,
  };
}

/**
 * The peak planned training week, km: each week's sessions but the race, counting the original of an
 * adapted session (what was planned, not what adaptation lightened), rounded to 0.1 km.
 *
 * @example
 * peakTrainingWeekKm(plan.weeks); // 52.4
 */
export function peakTrainingWeekKm(weeks: readonly Pick<Week, 'sessions'>[]): number {
  const planned = (s: Session): number => (s.replaces ?? s).km;
  const totals = weeks.map((w) =>
    w.sessions.filter((s) => (s.replaces ?? s).kind !== 'race').reduce((sum, s) => sum + planned(s), 0),
  );
  return Math.round(Math.max(0, ...totals) * 10) / 10;
}

/**
 * Refuses a target faster than the men's world record for the distance: no plan can promise it, so it is
 * an error, never "a stretch". Records: World Athletics record lists as of 2025 (see
 * `vdot/world-records.ts`, which names each record holder); between record distances a power-law
 * interpolation.
 *
 * @example
 * checkTargetTime(5000, 700); // refusal('TARGET_BEYOND_WORLD_RECORD', { worldRecordSeconds: 755.36, … })
 */
export function checkTargetTime(
  meters: number,
  targetTime: number | undefined,
): Result<undefined, 'TARGET_BEYOND_WORLD_RECORD'> {
  if (targetTime === undefined || meters < (MEN_WORLD_RECORDS[0]?.meters ?? 0)) return ok(undefined);
  const record = worldRecordTime(meters);
  if (targetTime >= record) return ok(undefined);
  return refusal('TARGET_BEYOND_WORLD_RECORD', {
    targetTime,
    worldRecordSeconds: record,
    distanceMeters: meters,
  });
}
