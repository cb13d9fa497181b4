/**
 * One sample of a recorded run, as the file readers (`coach/activity-files`) hand it to the track rules.
 * Units are in the names: ms since the Unix epoch, degrees, metres, bpm, steps per minute (both feet).
 */
export interface TrackPoint {
  /** When the sample was taken, ms since the Unix epoch (UTC). */
  readonly timeMs: number;
  /** Latitude, degrees (WGS 84). */
  readonly lat?: number;
  /** Longitude, degrees (WGS 84). */
  readonly lon?: number;
  /** Altitude, metres. */
  readonly altitudeM?: number;
  /** Distance from the start as the device measured it (cumulative), metres. */
  readonly distanceM?: number;
  /** Heart rate, bpm. */
  readonly hrBpm?: number;
  /** Cadence, steps per minute (both feet: readers double per-leg cadence, see `stepsPerMinute`). */
  readonly cadenceSpm?: number;
  /**
   * The device stopped recording before this sample (a new GPX `trkseg`, a new TCX `Track`): the interval
   * before it is a pause, counted neither as moving time nor as distance.
   */
  readonly afterPause?: boolean;
}

/** A lap as the file recorded it (the device's own totals); absent fields were not recorded. */
export interface FileLap {
  /** Lap start, ms since the Unix epoch. */
  readonly startMs?: number;
  /** metres */
  readonly distanceM?: number;
  /** Timer time (pauses excluded), seconds. */
  readonly durationS?: number;
  /** bpm */
  readonly avgHrBpm?: number;
  /** bpm */
  readonly maxHrBpm?: number;
  /** steps per minute (both feet) */
  readonly cadenceSpm?: number;
}
