import type { Result } from '../result.js';
import { err, ok } from '../result.js';

/** Lowest VDOT runloop computes with (ml/kg/min): below this the equations describe walking, not running. */
export const MIN_VDOT = 20;
/** Highest VDOT runloop computes with (ml/kg/min): above the men's world records (≈ 85–87). */
export const MAX_VDOT = 90;
/** Shortest race a VDOT is taken from, in metres (the equations are fitted 1500 m – marathon). */
export const MIN_RACE_METERS = 1500;
/** Longest race a VDOT is taken from, in metres (the marathon). */
export const MAX_RACE_METERS = 42195;

/**
 * Checks that a VDOT someone typed is one runloop computes with (20–90).
 *
 * @param vdot a VDOT (ml/kg/min)
 * @returns the VDOT, or `VDOT_OUT_OF_RANGE`
 * @example
 * checkVdot(52); // ok(52)
 * checkVdot(95); // err('VDOT_OUT_OF_RANGE')
 */
export function checkVdot(vdot: number): Result<number, 'VDOT_OUT_OF_RANGE'> {
  if (Number.isFinite(vdot) && vdot >= MIN_VDOT && vdot <= MAX_VDOT) return ok(vdot);
  return err('VDOT_OUT_OF_RANGE', `VDOT must be a number from ${MIN_VDOT} to ${MAX_VDOT}.`, { vdot });
}
