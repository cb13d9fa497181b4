/** What the file readers produce and the codes they refuse with (stable: channels and tests match on them). */
import type { LapSummary } from '../rules/track/laps.js';
import type { FileLap, TrackPoint } from '../rules/track/track-point.js';

export const ACTIVITY_FILE_FORMATS = ['gpx', 'tcx', 'fit'] as const;
export type ActivityFileFormat = (typeof ACTIVITY_FILE_FORMATS)[number];

/**
 * Largest activity file read, bytes: 20 MB, Telegram's `getFile` limit for bots (a 4-hour FIT with 1 s
 * samples is about 2 MB, a GPX of it about 5 MB).
 */
export const MAX_ACTIVITY_FILE_BYTES = 20 * 1024 * 1024;

/** Why a file is not imported; nothing is stored for any of them. */
export const ACTIVITY_FILE_REFUSALS = [
  'ACTIVITY_FILE_EMPTY',
  'ACTIVITY_FILE_TOO_LARGE',
  'ACTIVITY_FILE_UNKNOWN_FORMAT',
  'ACTIVITY_FILE_CORRUPT',
  'ACTIVITY_FILE_NO_TRACK',
  'ACTIVITY_IMPLAUSIBLE',
  'ACTIVITY_IN_FUTURE',
  'ACTIVITY_ALREADY_IMPORTED',
] as const;
export type ActivityFileRefusal = (typeof ACTIVITY_FILE_REFUSALS)[number];

/** A parsed file before the track rules summarise it. */
export interface ParsedTrack {
  readonly points: readonly TrackPoint[];
  readonly laps: readonly FileLap[];
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
