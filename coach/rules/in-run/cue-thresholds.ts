/** Named thresholds of in-run guidance, each with its source. */
import type { Intensity, Range } from '../plan/types.js';
import type { Feel } from './run-report.js';

/**
 * Dead band around the target pace range, s/km: inside `range ± band` the cue is "hold", so GPS and lap
 * noise never make the coach nag. Source: runloop's choice, about the spread of lap-average pace from
 * GPS watches over 1 km (≈ 1–2 %, Gløersen et al. 2018 on GNSS speed error) at 4–6 min/km.
 */
export const PACE_HYSTERESIS_S_PER_KM = 5;

/**
 * Once a correction was cued, it stays until the pace is back inside the range itself (not the band):
 * the other half of the hysteresis. No constant: the range edges are the thresholds.
 */

/** Expected RPE (CR-10) while running each intensity. Source: Foster et al. 2001 anchors; Seiler 2010 zone mapping. */
export const STEP_EXPECTED_RPE: Readonly<Record<Intensity, Range>> = Object.freeze({
  walk: { from: 1, to: 2 },
  E: { from: 2, to: 4 },
  M: { from: 5, to: 6 },
  T: { from: 6, to: 7 },
  I: { from: 7, to: 9 },
  R: { from: 8, to: 10 },
});

/** A feel this many RPE points above the step's expected range means "too hard". Source: as `RPE_MISMATCH_MARGIN` in adaptation. */
export const FEEL_MISMATCH_MARGIN = 2;

/** The runner's words mapped to CR-10 RPE. Source: Borg CR-10 verbal anchors (Foster et al. 2001). */
export const FEEL_RPE: Readonly<Record<Feel, number>> = Object.freeze({
  easy: 2,
  comfortable: 3,
  ok: 4,
  hard: 7,
  very_hard: 9,
  max: 10,
});

/**
 * Pace change per bpm of HR above the easy ceiling, s/km per bpm, for the "slow down" size on easy runs.
 * Source: runloop heuristic — at easy speeds HR rises ≈ 1 bpm per 2–4 s/km (linear HR–speed relation,
 * e.g. Vesterinen et al. 2016); bounded below.
 */
export const SECONDS_PER_KM_PER_BPM = 3;
/** Smallest and largest easy-run slow-down cue, s/km. */
export const HR_CORRECTION_BOUNDS = Object.freeze({ min: 10, max: 60 });
/** HR this many bpm above the easy ceiling calls for a walk break rather than a slower jog. */
export const WALK_BREAK_HR_ABOVE_CEILING_BPM = 15;
/** Largest pace correction ever cued at once, s/km. */
export const MAX_CORRECTION_S_PER_KM = 60;
/** A repeat of this many km or less gets half the heat adjustment (Hadley: repeats of a mile or less). */
export const SHORT_REPEAT_KM = 1.609;
