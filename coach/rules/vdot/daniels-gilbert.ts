/**
 * The Daniels–Gilbert running equations (J. Daniels & J. Gilbert, *Oxygen Power*, 1979), the model behind
 * VDOT. Velocities in metres per minute, times in minutes, oxygen cost in ml/kg/min.
 */

/** Oxygen-cost polynomial coefficients, ml/kg/min as a function of v in m/min (Daniels & Gilbert 1979). */
export const OXYGEN_COST = Object.freeze({ c0: -4.6, c1: 0.182258, c2: 0.000104 });

/** Fraction-of-VO2max-sustainable curve coefficients, t in minutes (Daniels & Gilbert 1979). */
export const SUSTAINABLE_FRACTION = Object.freeze({
  base: 0.8,
  a1: 0.1894393,
  k1: 0.012778,
  a2: 0.2989558,
  k2: 0.1932605,
});

/**
 * Oxygen cost of running at a velocity.
 *
 * @param metersPerMinute running velocity in m/min
 * @returns VO2 in ml/kg/min
 * @example
 * oxygenCost(250); // ≈ 47.47
 */
export function oxygenCost(metersPerMinute: number): number {
  const v = metersPerMinute;
  return OXYGEN_COST.c0 + OXYGEN_COST.c1 * v + OXYGEN_COST.c2 * v * v;
}

/**
 * Velocity whose oxygen cost is a given VO2 (the positive root of the oxygen-cost polynomial).
 *
 * @param vo2 ml/kg/min
 * @returns velocity in m/min
 * @example
 * velocityForOxygenCost(oxygenCost(250)); // 250
 */
export function velocityForOxygenCost(vo2: number): number {
  const { c0, c1, c2 } = OXYGEN_COST;
  return (-c1 + Math.sqrt(c1 * c1 - 4 * c2 * (c0 - vo2))) / (2 * c2);
}

/**
 * Fraction of VO2max a runner can sustain for a race lasting `minutes`.
 *
 * @param minutes race duration in minutes
 * @returns a fraction (≈ 1.0 at 11 min, ≈ 0.8 for very long races)
 * @example
 * sustainableFraction(20); // ≈ 0.9582
 */
export function sustainableFraction(minutes: number): number {
  const f = SUSTAINABLE_FRACTION;
  return f.base + f.a1 * Math.exp(-f.k1 * minutes) + f.a2 * Math.exp(-f.k2 * minutes);
}

/**
 * VDOT by the bare equations: VO2(d/t) ÷ %max(t). No validation; see `vdotFromRace` for the checked entry point.
 *
 * @param distanceMeters race distance in metres
 * @param timeSeconds race time in seconds
 * @returns VDOT (ml/kg/min, fractional)
 * @example
 * equationVdot(5000, 24 * 60 + 34); // ≈ 39.11
 * equationVdot(10000, 40 * 60);     // ≈ 51.94
 */
export function equationVdot(distanceMeters: number, timeSeconds: number): number {
  const minutes = timeSeconds / 60;
  return oxygenCost(distanceMeters / minutes) / sustainableFraction(minutes);
}

/**
 * Race time at which the equations give `vdot` over `distanceMeters`: safeguarded Newton iteration on
 * `equationVdot(distance, t) = vdot` (the left side falls strictly as t grows, so a bracket always holds the root).
 *
 * @param vdot VDOT (ml/kg/min)
 * @param distanceMeters race distance in metres
 * @returns race time in seconds
 * @example
 * equationRaceTime(50, 5000); // ≈ 1196 (19:56)
 */
export function equationRaceTime(vdot: number, distanceMeters: number): number {
  if (!(vdot > 0) || !(distanceMeters > 0) || !Number.isFinite(vdot) || !Number.isFinite(distanceMeters)) {
    throw new RangeError(
      `equationRaceTime needs a positive VDOT and distance (got ${vdot}, ${distanceMeters})`,
    );
  }
  const d = distanceMeters;
  // Bracket in minutes: 0.5 m/s .. 12 m/s covers every VDOT 5–120 at every distance runloop handles.
  let lo = d / 720;
  let hi = d / 30;
  let t = d / velocityForOxygenCost(vdot * 0.9);
  if (!(t > lo && t < hi)) t = (lo + hi) / 2;
  const f = SUSTAINABLE_FRACTION;
  const { c1, c2 } = OXYGEN_COST;
  for (let i = 0; i < 60; i++) {
    const v = d / t;
    const e1 = Math.exp(-f.k1 * t);
    const e2 = Math.exp(-f.k2 * t);
    const frac = f.base + f.a1 * e1 + f.a2 * e2;
    const vo2 = oxygenCost(v);
    const g = vo2 / frac - vdot;
    if (g > 0) lo = t;
    else hi = t;
    const dVo2 = (c1 + 2 * c2 * v) * (-d / (t * t));
    const dFrac = -f.a1 * f.k1 * e1 - f.a2 * f.k2 * e2;
    const dg = (dVo2 * frac - vo2 * dFrac) / (frac * frac);
    let next = t - g / dg;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) < 1e-10) return next * 60;
    t = next;
  }
  return t * 60;
}
