/** What the file readers produce and the codes they refuse with (stable: channels and tests match on them). */
import type { LapSummary } from '../rules/track/laps.js';
import type { FileLap, TrackPoint } from '../rules/track/track-point.js';

export const ACTIVITY_FILE_FORMATS = ['gpx', 'tcx', 'fit'] as const;
export type ActivityFileFormat = (typeof ACTIVITY_FILE_FORMATS)[number];

export {
  ACTIVITY_FILE_REFUSALS,
  MAX_ACTIVITY_FILE_BYTES,
  type ActivityFileRefusal,
} from '../rules/track/activity-file-limits.js';

/** A parsed file before the track rules summarise it. */
export interface ParsedTrack {
  readonly points: readonly TrackPoint[];
  readonly laps: readonly FileLap[];
  /** The sport the file names, when it names one (FIT session `sport`, TCX `Activity/@Sport`). */
  readonly sport?: string;
}

/** A file read and summarised: what `importActivity` stores. */
export interface ActivityFileRead {
  readonly format: ActivityFileFormat;
  /** `sha256:<hex>` of the bytes: the same file twice is the same run. */
  readonly contentHash: string;
  /** ISO timestamp of the first sample. */
  readonly startedAt: string;
  /** metres */
  readonly distanceMeters: number;
  /** Moving time, seconds. */
  readonly durationSeconds: number;
  /** bpm */
  readonly avgHr?: number;
  /** bpm */
  readonly maxHr?: number;
  /** steps per minute (both feet) */
  readonly cadence?: number;
  /** metres */
  readonly elevationGainMeters?: number;
  readonly laps: readonly LapSummary[];
}
