import { durationMinutes, validRpe, type ActivityLoadInput } from './activity-load-input.js';

/**
 * Session-RPE load (Foster et al. 2001, *J Strength Cond Res* 15:109): CR-10 session RPE × duration in
 * minutes, in arbitrary units (AU). `undefined` when the RPE or the duration is unknown (or invalid) —
 * never 0, so an unrated run does not look like a rest day.
 *
 * @returns load in AU, or `undefined` when unknown
 * @example
 * sessionRpeLoad({ date: '2027-03-01', durationSeconds: 3600, rpe: 7 }); // 420
 * sessionRpeLoad({ date: '2027-03-01', durationSeconds: 3600 });         // undefined (no RPE)
 */
export function sessionRpeLoad(a: ActivityLoadInput): number | undefined {
  const minutes = durationMinutes(a);
  if (minutes === undefined || a.rpe === undefined || !validRpe(a.rpe)) return undefined;
  return a.rpe * minutes;
}
