import { isIsoDate } from '../calendar/epoch-day.js';
import { err, ok, type Result } from '../result.js';
import { PLAUSIBLE } from '../plausibility.js';

/** A runner's own label for how hard a session was, when no RPE or HR is known. */
export type DeclaredIntensity = 'easy' | 'moderate' | 'hard';

/**
 * One logged activity as the load models see it. Every measurement is optional and **missing means
 * unknown, never zero**: a run without an RPE has an unknown session-RPE load, not a load of 0. A day
 * with no activity at all is a rest day (load 0).
 */
export interface ActivityLoadInput {
  /** Local calendar day of the activity, `YYYY-MM-DD`. */
  readonly date: string;
  /** Moving time, seconds. */
  readonly durationSeconds?: number;
  /** Distance, metres. */
  readonly distanceMeters?: number;
  /** Session RPE on Borg's CR-10 scale (0–10), asked ~30 min after the session (Foster 2001). */
  readonly rpe?: number;
  /** Average heart rate over the session, bpm. */
  readonly avgHr?: number;
  /** The runner's own label, used only when neither RPE nor HR classifies the session. */
  readonly intensity?: DeclaredIntensity;
}

export type ActivityInputError =
  | 'ACTIVITY_DATE_INVALID'
  | 'ACTIVITY_DURATION_INVALID'
  | 'ACTIVITY_DISTANCE_INVALID'
  | 'ACTIVITY_RPE_INVALID'
  | 'ACTIVITY_HR_INVALID';

/** Longest single activity accepted, seconds (`PLAUSIBLE.runSeconds`: multi-day ultras are split by day). */
export const MAX_ACTIVITY_SECONDS = PLAUSIBLE.runSeconds.max;
/**
 * CR-10 RPE scale bounds (Borg 1982; Foster et al. 2001). The load models also take the scale's 0 (rest)
 * as zero load; the top is the runner's `PLAUSIBLE.rpe.max`.
 */
export const RPE_MIN = 0;
export const RPE_MAX = PLAUSIBLE.rpe.max;
/** Plausible average-HR bounds of a run, bpm (`PLAUSIBLE.runHrBpm`). */
export const AVG_HR_MIN_BPM = PLAUSIBLE.runHrBpm.min;
export const AVG_HR_MAX_BPM = PLAUSIBLE.runHrBpm.max;

const isNonNegative = (v: number): boolean => Number.isFinite(v) && v >= 0;

/**
 * Checks an activity before it enters the load models: a real ISO date, a non-negative duration up to
 * 48 h, a non-negative distance, RPE within CR-10 (0–10), average HR within 40–230 bpm. Absent fields
 * are fine (they are unknown). The models themselves treat an out-of-range value as unknown.
 *
 * @example
 * checkActivity({ date: '2027-03-01', rpe: 12 }); // { ok: false, code: 'ACTIVITY_RPE_INVALID', … }
 */
export function checkActivity(a: ActivityLoadInput): Result<ActivityLoadInput, ActivityInputError> {
  if (!isIsoDate(a.date))
    return err('ACTIVITY_DATE_INVALID', `Not a YYYY-MM-DD date: ${a.date}`, { date: a.date });
  const { durationSeconds: s, distanceMeters: m, rpe, avgHr } = a;
  if (s !== undefined && !(isNonNegative(s) && s <= MAX_ACTIVITY_SECONDS)) {
    return err('ACTIVITY_DURATION_INVALID', `Duration ${s} s is not between 0 and 48 h.`, {
      durationSeconds: s,
    });
  }
  if (m !== undefined && !isNonNegative(m)) {
    return err('ACTIVITY_DISTANCE_INVALID', `Distance ${m} m is not a non-negative number.`, {
      distanceMeters: m,
    });
  }
  if (rpe !== undefined && !validRpe(rpe)) {
    return err('ACTIVITY_RPE_INVALID', `RPE ${rpe} is outside the 0–10 scale.`, { rpe });
  }
  if (
    avgHr !== undefined &&
    !(Number.isFinite(avgHr) && avgHr >= AVG_HR_MIN_BPM && avgHr <= AVG_HR_MAX_BPM)
  ) {
    return err('ACTIVITY_HR_INVALID', `Average HR ${avgHr} bpm is implausible.`, { avgHrBpm: avgHr });
  }
  return ok(a);
}

/**
 * Whether `rpe` is on the CR-10 scale (0–10, fractions allowed).
 *
 * @example
 * validRpe(7); // true
 */
export function validRpe(rpe: number): boolean {
  return Number.isFinite(rpe) && rpe >= RPE_MIN && rpe <= RPE_MAX;
}

/**
 * Duration in minutes, or `undefined` when unknown or invalid.
 *
 * @example
 * durationMinutes({ date: '2027-03-01', durationSeconds: 3600 }); // 60
 */
export function durationMinutes(a: ActivityLoadInput): number | undefined {
  const s = a.durationSeconds;
  return s !== undefined && isNonNegative(s) ? s / 60 : undefined;
}

/**
 * Distance in km, or `undefined` when unknown or invalid.
 *
 * @example
 * distanceKm({ date: '2027-03-01', distanceMeters: 10_000 }); // 10
 */
export function distanceKm(a: ActivityLoadInput): number | undefined {
  const m = a.distanceMeters;
  return m !== undefined && isNonNegative(m) ? m / 1000 : undefined;
}
