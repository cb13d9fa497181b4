/** Laps and splits of a run: the device's laps when the file has them, else whole-kilometre splits. */
import type { Segment } from './segments.js';
import type { FileLap, TrackPoint } from './track-point.js';

/** A lap or split summary. Units in the names: metres, seconds (moving), bpm, steps per minute. */
export interface LapSummary {
  readonly distanceMeters?: number;
  readonly durationSeconds?: number;
  readonly avgHr?: number;
  readonly cadence?: number;
}

/** Length of an automatic split when the file has no laps, metres (a kilometre, as watches auto-lap). */
export const SPLIT_METERS = 1000;

const mean = (xs: readonly number[]): number | undefined =>
  xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length;

function summary(meters: number, seconds: number, hr: number[], cad: number[]): LapSummary {
  const avgHr = mean(hr);
  const cadence = mean(cad);
  return {
    distanceMeters: meters,
    durationSeconds: seconds,
    ...(avgHr !== undefined ? { avgHr: Math.round(avgHr) } : {}),
    ...(cadence !== undefined ? { cadence: Math.round(cadence) } : {}),
  };
}

/**
 * Whole-kilometre splits of a track (moving time per split, pauses excluded), the last one shorter; the
 * samples' HR and cadence are averaged per split. `all` are `segments(points)`.
 *
 * @example
 * kmSplits(points, segments(points)); // [{ distanceMeters: 1000, durationSeconds: 300, avgHr: 142 }, …]
 */
export function kmSplits(points: readonly TrackPoint[], all: readonly Segment[]): LapSummary[] {
  const out: LapSummary[] = [];
  let meters = 0;
  let seconds = 0;
  let hr: number[] = [];
  let cad: number[] = [];
  all.forEach((s, i) => {
    const p = points[i + 1]!;
    meters += s.meters ?? 0;
    if (s.moving) seconds += s.seconds;
    if (p.hrBpm !== undefined) hr.push(p.hrBpm);
    if (p.cadenceSpm !== undefined && p.cadenceSpm > 0) cad.push(p.cadenceSpm);
    if (meters >= SPLIT_METERS) {
      out.push(summary(meters, seconds, hr, cad));
      meters = 0;
      seconds = 0;
      hr = [];
      cad = [];
    }
  });
  if (meters > 0) out.push(summary(meters, seconds, hr, cad));
  return out;
}

/**
 * The file's own laps as lap summaries (HR and cadence rounded to whole numbers).
 *
 * @example
 * fileLaps([{ distanceM: 1000, durationS: 290, avgHrBpm: 151.4 }]); // [{ distanceMeters: 1000, durationSeconds: 290, avgHr: 151 }]
 */
export function fileLaps(laps: readonly FileLap[]): LapSummary[] {
  return laps.map((l) => ({
    ...(l.distanceM !== undefined ? { distanceMeters: l.distanceM } : {}),
    ...(l.durationS !== undefined ? { durationSeconds: l.durationS } : {}),
    ...(l.avgHrBpm !== undefined ? { avgHr: Math.round(l.avgHrBpm) } : {}),
    ...(l.cadenceSpm !== undefined ? { cadence: Math.round(l.cadenceSpm) } : {}),
  }));
}
