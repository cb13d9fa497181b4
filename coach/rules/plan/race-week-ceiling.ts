/**
 * The longest session of race week: `RACE_WEEK_SESSION_SHARE` = 60 % of a normal easy run of the build
 * (Daniels' final week: E runs of 30–40 min plus strides; Pfitzinger's race week: 4–8 mi days), never below
 * the runner's shortest session. Pure: minutes in, minutes out.
 */
import { RACE_WEEK_SESSION_SHARE } from './week-spec.js';

/**
 * Race week's session ceiling, minutes: the share of the mean easy run of the full build weeks (of their
 * other non-long sessions when they had no easy run), at least `minMinutes`; `undefined` before any run.
 *
 * @param easyRuns the easy runs of the full build weeks so far, minutes
 * @param otherRuns every non-long session of those weeks, minutes
 * @param minMinutes the runner's shortest session, minutes (`minSessionMinutes`)
 * @example
 * raceWeekCeiling([40, 50], [40, 50, 45], 30); // 30 (60 % of 45 is 27)
 * raceWeekCeiling([60, 70], [], 20); // 39
 */
export function raceWeekCeiling(
  easyRuns: readonly number[],
  otherRuns: readonly number[],
  minMinutes: number,
): number | undefined {
  const normal = mean(easyRuns.length > 0 ? easyRuns : otherRuns);
  return normal === undefined
    ? undefined
    : Math.max(minMinutes, Math.floor(normal * RACE_WEEK_SESSION_SHARE));
}

function mean(xs: readonly number[]): number | undefined {
  return xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;
}
