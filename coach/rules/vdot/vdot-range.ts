/** Lowest VDOT runloop computes with (ml/kg/min): below this the equations describe walking, not running. */
export const MIN_VDOT = 20;
/** Highest VDOT runloop computes with (ml/kg/min): above the men's world records (≈ 85–87). */
export const MAX_VDOT = 90;
/** Shortest race a VDOT is taken from, in metres (the equations are fitted 1500 m – marathon). */
export const MIN_RACE_METERS = 1500;
/** Longest race a VDOT is taken from, in metres (the marathon). */
export const MAX_RACE_METERS = 42195;
