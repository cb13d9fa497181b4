/** Small comparisons of a pace or an HR with its band, shared by the run and lap assessments. */
import type { Range } from '../plan/types.js';
import type { BandVerdict, HrCheck, PaceCheck } from './run-assessment.js';

/**
 * A pace (s/km) against its band: `offSPerKm` < 0 faster than `band.from`, > 0 slower than `band.to`.
 *
 * @example
 * paceCheck(320, { from: 369, to: 412 }); // { paceSPerKm: 320, band, offSPerKm: -49, verdict: 'faster' }
 */
export function paceCheck(paceSPerKm: number, band: Range): PaceCheck {
  const off =
    paceSPerKm < band.from ? paceSPerKm - band.from : paceSPerKm > band.to ? paceSPerKm - band.to : 0;
  return { paceSPerKm, band, offSPerKm: off, verdict: off < 0 ? 'faster' : off > 0 ? 'slower' : 'within' };
}

/**
 * An average HR against its band and/or the easy ceiling. With laps that carry HR, "above the ceiling"
 * means above it for more than `share` of the timed laps; without, the whole-run average decides.
 *
 * @example
 * hrCheck(158, undefined, 141, [], 0.5); // { avgHr: 158, ceilingBpm: 141, verdict: 'above' }
 */
export function hrCheck(
  avgHr: number,
  band: Range | undefined,
  ceilingBpm: number | undefined,
  laps: readonly { minutes: number; avgHr?: number }[],
  share: number,
): HrCheck {
  const withHr = laps.filter((l) => l.avgHr !== undefined);
  let above: number | undefined;
  if (ceilingBpm !== undefined && withHr.length > 0) {
    const total = withHr.reduce((t, l) => t + l.minutes, 0);
    const over = withHr.filter((l) => (l.avgHr ?? 0) > ceilingBpm).reduce((t, l) => t + l.minutes, 0);
    above = total > 0 ? Math.round((over / total) * 100) / 100 : undefined;
  }
  let verdict: BandVerdict = 'within';
  if (ceilingBpm !== undefined) {
    if (above !== undefined ? above > share : avgHr > ceilingBpm) verdict = 'above';
    else if (band !== undefined && avgHr < band.from) verdict = 'below';
  } else if (band !== undefined) verdict = avgHr < band.from ? 'below' : avgHr > band.to ? 'above' : 'within';
  return {
    avgHr,
    ...(band !== undefined ? { band } : {}),
    ...(ceilingBpm !== undefined ? { ceilingBpm } : {}),
    verdict,
    ...(above !== undefined ? { shareAboveCeiling: above } : {}),
  };
}

/**
 * One lap's HR against its step's band (or the easy ceiling for an E step).
 *
 * @example
 * lapHrCheck(178, { from: 165, to: 172 }, undefined).verdict; // 'above'
 */
export function lapHrCheck(
  avgHr: number,
  band: Range | undefined,
  ceilingBpm: number | undefined,
): HrCheck | undefined {
  if (band === undefined && ceilingBpm === undefined) return { avgHr, verdict: 'within' };
  return hrCheck(avgHr, band, ceilingBpm, [], 1);
}
