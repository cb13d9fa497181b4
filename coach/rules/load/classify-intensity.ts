import { validRpe, type ActivityLoadInput, type DeclaredIntensity } from './activity-load-input.js';

/** Three-zone intensity class of a session, or unknown when nothing tells. */
export type IntensityClass = DeclaredIntensity | 'unknown';

/** What decided the class. */
export type IntensitySource = 'rpe' | 'hr' | 'declared' | 'none';

/**
 * Session-RPE cut-offs for the three-zone model: CR-10 ≤ 4 easy, 5–6 moderate, ≥ 7 hard (fractional RPE:
 * < 5 easy, < 7 moderate). runloop's convention, following the session-goal use of CR-10 session RPE in
 * intensity-distribution studies (Foster et al. 2001; Seiler & Kjerland 2006, *Scand J Med Sci Sports*
 * 16:49): "somewhat hard" (4) still counts as easy, "hard" (5) starts the middle zone.
 */
export const RPE_EASY_BELOW = 5;
export const RPE_HARD_FROM = 7;

/**
 * % HRmax cut-offs for the three-zone model (Seiler 2010, *Int J Sports Physiol Perform* 5:276, Table 1:
 * zone 1 < 82 %, zone 2 82–87 %, zone 3 ≥ 88 % HRmax). Applied to the session's average HR, which puts a
 * whole interval session in one zone (its recoveries pull the average down).
 */
export const HR_EASY_BELOW_PCT_MAX = 82;
export const HR_HARD_FROM_PCT_MAX = 88;

/**
 * Classifies a session easy / moderate / hard: by RPE when known, else by average HR as % of HRmax
 * (when both are known), else by the runner's declared intensity, else `unknown` (never guessed).
 *
 * @param maxHr the runner's HRmax, bpm, if known (measured or estimated)
 * @example
 * classifyIntensity({ date: '2027-03-01', rpe: 3, avgHr: 175 }, 190); // { intensity: 'easy', source: 'rpe' }
 * classifyIntensity({ date: '2027-03-01', avgHr: 175 }, 190);         // { intensity: 'hard', source: 'hr' }
 * classifyIntensity({ date: '2027-03-01' });                           // { intensity: 'unknown', source: 'none' }
 */
export function classifyIntensity(
  a: ActivityLoadInput,
  maxHr?: number,
): { intensity: IntensityClass; source: IntensitySource } {
  if (a.rpe !== undefined && validRpe(a.rpe)) {
    const intensity = a.rpe < RPE_EASY_BELOW ? 'easy' : a.rpe < RPE_HARD_FROM ? 'moderate' : 'hard';
    return { intensity, source: 'rpe' };
  }
  if (a.avgHr !== undefined && Number.isFinite(a.avgHr) && maxHr !== undefined && maxHr > 0) {
    const pct = (a.avgHr / maxHr) * 100;
    const intensity = pct < HR_EASY_BELOW_PCT_MAX ? 'easy' : pct < HR_HARD_FROM_PCT_MAX ? 'moderate' : 'hard';
    return { intensity, source: 'hr' };
  }
  if (a.intensity !== undefined) return { intensity: a.intensity, source: 'declared' };
  return { intensity: 'unknown', source: 'none' };
}
