/**
 * Karvonen target heart rate: `THR = (HRmax − HRrest)·intensity + HRrest` (Karvonen, Kentala & Mustala
 * 1957), i.e. a fraction of the heart-rate reserve added to resting HR. Unrounded bpm.
 *
 * @param maxHrBpm maximum heart rate, bpm
 * @param restingHrBpm resting heart rate, bpm
 * @param fraction intensity as a fraction of heart-rate reserve (0.7 = 70 %)
 * @example
 * karvonen(190, 50, 0.7); // 148
 */
export function karvonen(maxHrBpm: number, restingHrBpm: number, fraction: number): number {
  return (maxHrBpm - restingHrBpm) * fraction + restingHrBpm;
}

/**
 * The inverse of `karvonen`: where a heart rate sits in the reserve, as a fraction (0 at rest, 1 at max).
 *
 * @example
 * heartRateReserveFraction(148, 190, 50); // 0.7
 */
export function heartRateReserveFraction(hrBpm: number, maxHrBpm: number, restingHrBpm: number): number {
  return (hrBpm - restingHrBpm) / (maxHrBpm - restingHrBpm);
}
