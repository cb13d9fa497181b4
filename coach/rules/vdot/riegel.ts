/** Riegel's fatigue exponent (P. Riegel, "Athletic records and human endurance", American Scientist 1981). */
export const RIEGEL_EXPONENT = 1.06;

/**
 * Riegel's race-time prediction `T2 = T1 · (D2 / D1)^1.06`: a cross-check for VDOT equivalents, not runloop's
 * model.
 *
 * @param knownMeters distance of the known race, metres
 * @param knownSeconds its time, seconds
 * @param targetMeters distance to predict, metres
 * @returns predicted time in seconds
 * @example
 * riegelTime(5000, 1500, 10000); // ≈ 3127 (52:07)
 */
export function riegelTime(knownMeters: number, knownSeconds: number, targetMeters: number): number {
  return knownSeconds * Math.pow(targetMeters / knownMeters, RIEGEL_EXPONENT);
}
