/**
 * Running cadence in steps per minute from what a file records. FIT's `cadence` for running, TCX's
 * `RunCadence` (Garmin's ActivityExtension v2) and GPX's `gpxtpx:cad` (Garmin's TrackPointExtension v1)
 * count one foot (strides or revolutions per minute: a runner at 170 spm records 85), so they are doubled;
 * FIT's `fractional_cadence` adds the fraction of a stride. Coach numbers are both feet (`PLAUSIBLE.cadenceSpm`).
 *
 * @example
 * stepsPerMinute(85); // 170
 * stepsPerMinute(85, 0.5); // 171
 */
export function stepsPerMinute(perLeg: number, fraction = 0): number {
  return (perLeg + fraction) * 2;
}
