import { TABLE_MAX_VDOT, TABLE_MIN_VDOT } from './daniels-race-table.js';

/**
 * Linear interpolation in a column of a per-integer-VDOT table (index 0 is VDOT 30), for a fractional VDOT
 * inside 30–85. Between two printed rows the value moves in a straight line, so a column that never rises
 * with VDOT in the book never rises here either.
 *
 * @param column one value per integer VDOT from 30 to 85
 * @param vdot a VDOT from 30 to 85
 * @returns the interpolated value, in the column's unit
 * @example
 * lerpColumn([100, 90, 80], 30.5); // 95
 */
export function lerpColumn(column: readonly number[], vdot: number): number {
  if (!(vdot >= TABLE_MIN_VDOT && vdot <= TABLE_MAX_VDOT)) {
    throw new RangeError(`lerpColumn: VDOT ${vdot} is outside the printed table`);
  }
  const offset = vdot - TABLE_MIN_VDOT;
  const i = Math.min(Math.floor(offset), column.length - 2);
  const w = offset - i;
  const a = column[i];
  const b = column[i + 1];
  if (a === undefined || b === undefined) throw new RangeError('lerpColumn: column shorter than the table');
  return a + (b - a) * w;
}

/** VDOT units over which the table's correction fades into the bare equations beyond 30–85. */
export const EQUATION_BLEND_VDOT = 5;

/**
 * Weight of the table's correction at a VDOT: 1 inside 30–85, falling linearly to 0 over
 * `EQUATION_BLEND_VDOT` beyond either edge (so values stay continuous where the printed table stops).
 *
 * @param vdot any VDOT
 * @returns the nearest printed VDOT (30 or 85, or `vdot` itself inside) and the correction's weight 0–1
 * @example
 * tableEdge(27.5); // { edge: 30, weight: 0.5 }
 */
export function tableEdge(vdot: number): { edge: number; weight: number } {
  if (vdot < TABLE_MIN_VDOT) {
    return { edge: TABLE_MIN_VDOT, weight: Math.max(0, 1 - (TABLE_MIN_VDOT - vdot) / EQUATION_BLEND_VDOT) };
  }
  if (vdot > TABLE_MAX_VDOT) {
    return { edge: TABLE_MAX_VDOT, weight: Math.max(0, 1 - (vdot - TABLE_MAX_VDOT) / EQUATION_BLEND_VDOT) };
  }
  return { edge: vdot, weight: 1 };
}
