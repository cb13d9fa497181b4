/**
 * Dead band for elevation gain, metres. GPS altitude wanders by several metres at a standstill and a
 * barometric altimeter by about a metre, so summing every rise counts noise as climbing (a flat hour can
 * "gain" 100 m). A rise counts only once it is at least 3 m above the lowest point since the last counted
 * climb (hysteresis); smaller wiggles count nothing. 3 m is our choice, about the vertical noise of
 * consumer GPS with barometric help; tests pin that ±1 m noise on a flat gives 0 and a 30 m hill gives 30.
 */
export const ELEVATION_HYSTERESIS_M = 3;

/**
 * Total climb of an altitude series, metres, with a dead band of `hysteresisM`; absent with fewer than
 * two altitudes. A climb starts once the altitude is `hysteresisM` above the lowest point since the last
 * climb (that rise counts whole); while climbing every new high counts; the climb ends when the altitude
 * falls `hysteresisM` below its top.
 *
 * @example
 * elevationGainMeters([100, 101, 100, 101, 110, 120, 119, 130]); // 30 (100 → 130; the 1 m dips are noise)
 */
export function elevationGainMeters(
  altitudesM: readonly number[],
  hysteresisM: number = ELEVATION_HYSTERESIS_M,
): number | undefined {
  const alts = altitudesM.filter(Number.isFinite);
  if (alts.length < 2) return undefined;
  let low = alts[0]!;
  let top: number | undefined;
  let gain = 0;
  for (const alt of alts.slice(1)) {
    if (top !== undefined) {
      if (alt > top) {
        gain += alt - top;
        top = alt;
      } else if (top - alt >= hysteresisM) {
        top = undefined;
        low = alt;
      }
    } else if (alt < low) low = alt;
    else if (alt - low >= hysteresisM) {
      gain += alt - low;
      top = alt;
    }
  }
  return gain;
}
