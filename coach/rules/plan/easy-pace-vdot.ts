import { trainingPaces } from '../paces/training-paces.js';
import { MAX_VDOT, MIN_VDOT } from '../vdot/vdot-range.js';

/** Bisection steps: 40 halvings of a 70-VDOT bracket leave < 1e-10 VDOT. */
const BISECTION_STEPS = 40;

/**
 * A conservative VDOT for a runner who only knows their easy pace: the VDOT whose easy range starts
 * (fast end, DRF E = 74 % VO2max) at that pace. Treating the pace as the *top* of the easy range gives the
 * lowest VDOT it is consistent with, so quality paces err on the easy side. Returns `undefined` when the
 * pace is slower than the fast end of easy at VDOT 20 (no meaningful VDOT) and throws on a pace faster
 * than VDOT 90 allows (validate first).
 *
 * @param easyPaceSecondsPerKm the pace the runner calls easy, s/km
 * @example
 * vdotFromEasyPace(trainingPaces(45).easy.from); // ≈ 45
 */
export function vdotFromEasyPace(easyPaceSecondsPerKm: number): number | undefined {
  const fastEnd = (vdot: number): number => trainingPaces(vdot).easy.from;
  if (easyPaceSecondsPerKm > fastEnd(MIN_VDOT)) return undefined;
  if (easyPaceSecondsPerKm < fastEnd(MAX_VDOT))
    throw new Error(`easy pace too fast: ${easyPaceSecondsPerKm}`);
  let lo = MIN_VDOT;
  let hi = MAX_VDOT;
  for (let i = 0; i < BISECTION_STEPS; i++) {
    const mid = (lo + hi) / 2;
    // Higher VDOT → faster (smaller) pace.
    if (fastEnd(mid) > easyPaceSecondsPerKm) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The fastest easy pace runloop accepts, s/km (the fast end of easy at VDOT 90).
 *
 * @example
 * fastestEasyPace(); // ≈ 200 (3:20/km)
 */
export function fastestEasyPace(): number {
  return trainingPaces(MAX_VDOT).easy.from;
}
