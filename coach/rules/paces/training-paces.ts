import { equivalentRaceTime } from '../vdot/equivalent-race-time.js';
import { velocityForOxygenCost } from '../vdot/daniels-gilbert.js';

/** Training paces for a VDOT, all in seconds per km. `easy.from` is the faster end of the easy range. */
export interface TrainingPaces {
  readonly vdot: number;
  readonly easy: { readonly from: number; readonly to: number };
  readonly marathon: number;
  readonly threshold: number;
  readonly interval: number;
  readonly repetition: number;
}

/** Marathon distance in metres (M pace is marathon race pace). */
const MARATHON_METERS = 42195;

/** Intensity as a fraction of VDOT (DRF ch. 4 bands): E 59–74 %, T 88 %, I 97.5 %. */
export const INTENSITY = Object.freeze({ easyFast: 0.74, easySlow: 0.59, threshold: 0.88, interval: 0.975 });

/** R pace is about 6 s per 400 m faster than I pace (DRF ch. 5): 15 s/km. */
export const REPETITION_FASTER_THAN_I_SECONDS_PER_KM = 15;

function paceAt(vdot: number, fraction: number): number {
  return 60000 / velocityForOxygenCost(vdot * fraction);
}

/**
 * Training paces (Daniels): easy range, marathon, threshold, interval and repetition.
 *
 * @param vdot VDOT (ml/kg/min, fractional)
 * @returns paces in seconds per km
 * @example
 * trainingPaces(50).threshold; // ≈ 255 (4:15/km)
 */
export function trainingPaces(vdot: number): TrainingPaces {
  const interval = paceAt(vdot, INTENSITY.interval);
  return {
    vdot,
    easy: { from: paceAt(vdot, INTENSITY.easyFast), to: paceAt(vdot, INTENSITY.easySlow) },
    marathon: equivalentRaceTime(vdot, MARATHON_METERS) / (MARATHON_METERS / 1000),
    threshold: paceAt(vdot, INTENSITY.threshold),
    interval,
    repetition: interval - REPETITION_FASTER_THAN_I_SECONDS_PER_KM,
  };
}
