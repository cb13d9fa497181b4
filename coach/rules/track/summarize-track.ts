/**
 * A recorded run summarised from its samples and the device's laps: start, distance, moving time, heart
 * rate, cadence, elevation gain, laps or splits. Pure: the file readers (`coach/activity-files`) parse the
 * bytes, this decides the numbers. Refuses a file with no timed track or no distance with a code.
 */
import { refusal, ok, type Result } from '../result.js';
import { elevationGainMeters } from './elevation-gain.js';
import { fileLaps, kmSplits, type LapSummary } from './laps.js';
import { movingSeconds, segments, trackMeters } from './segments.js';
import type { FileLap, TrackPoint } from './track-point.js';

export interface TrackSummary {
  /** First sample (or first lap start), ms since the Unix epoch. */
  readonly startMs: number;
  /** metres */
  readonly distanceMeters: number;
  /** Moving time, seconds (pauses excluded, `MOVING_MIN_SPEED_MPS`). */
  readonly durationSeconds: number;
  /** First to last sample, seconds (pauses included). */
  readonly elapsedSeconds: number;
  /** Mean of the heart-rate samples, bpm (whole). */
  readonly avgHr?: number;
  /** Highest heart-rate sample (or lap maximum), bpm. */
  readonly maxHr?: number;
  /** Mean cadence while moving, steps per minute (whole). */
  readonly cadence?: number;
  /** metres, with the `ELEVATION_HYSTERESIS_M` dead band */
  readonly elevationGainMeters?: number;
  /** The device's laps, or whole-kilometre splits when it recorded none. */
  readonly laps: readonly LapSummary[];
}

export type TrackRefusal = 'ACTIVITY_FILE_NO_TRACK';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Summarises a run. The device's totals are used only when the samples cannot give them (a treadmill run
 * with lap totals but no distance per sample).
 *
 * @example
 * summarizeTrack(points, []);
 * // ok({ startMs, distanceMeters: 2000, durationSeconds: 600, elapsedSeconds: 660, avgHr: 150, laps: [...] })
 */
export function summarizeTrack(
  unsorted: readonly TrackPoint[],
  laps: readonly FileLap[],
): Result<TrackSummary, TrackRefusal> {
  const points = unsorted
    .filter((p) => Number.isFinite(p.timeMs))
    .slice()
    .sort((a, b) => a.timeMs - b.timeMs);
  const all = segments(points);
  const lapMeters = laps.every((l) => l.distanceM !== undefined) ? sum(laps.map((l) => l.distanceM!)) : 0;
  const lapSeconds = laps.every((l) => l.durationS !== undefined) ? sum(laps.map((l) => l.durationS!)) : 0;
  const distanceMeters = trackMeters(all) || (laps.length > 0 ? lapMeters : 0);
  const moving = movingSeconds(all);
  const durationSeconds = moving > 0 ? moving : lapSeconds;
  const startMs = points[0]?.timeMs ?? laps.find((l) => l.startMs !== undefined)?.startMs;
  if (startMs === undefined || !(distanceMeters > 0) || !(durationSeconds > 0)) {
    return refusal('ACTIVITY_FILE_NO_TRACK', { points: points.length, laps: laps.length });
  }
  const hr = points.map((p) => p.hrBpm).filter((v): v is number => v !== undefined && v > 0);
  const lapMax = laps.map((l) => l.maxHrBpm).filter((v): v is number => v !== undefined);
  const cad = points
    .filter((p, i) => i > 0 && all[i - 1]!.moving)
    .map((p) => p.cadenceSpm)
    .filter((v): v is number => v !== undefined && v > 0);
  const gain = elevationGainMeters(
    points.map((p) => p.altitudeM).filter((v): v is number => v !== undefined),
  );
  const maxHr = hr.length + lapMax.length > 0 ? Math.max(...hr, ...lapMax) : undefined;
  const last = points[points.length - 1];
  return ok({
    startMs,
    distanceMeters,
    durationSeconds,
    elapsedSeconds: last ? (last.timeMs - startMs) / 1000 : durationSeconds,
    ...(hr.length > 0 ? { avgHr: Math.round(sum(hr) / hr.length) } : {}),
    ...(maxHr !== undefined ? { maxHr: Math.round(maxHr) } : {}),
    ...(cad.length > 0 ? { cadence: Math.round(sum(cad) / cad.length) } : {}),
    ...(gain !== undefined ? { elevationGainMeters: gain } : {}),
    laps: laps.length > 0 ? fileLaps(laps) : points.length > 1 ? kmSplits(points, all) : [],
  });
}
