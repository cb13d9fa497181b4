import { METERS_PER_MILE } from '../units/race-distance.js';
import { trainingPaces } from './training-paces.js';

/** Rep times in seconds for interval (I) and repetition (R) work. */
export interface RepTimes {
  readonly interval: { '400m': number; '1000m': number; '1200m': number; mile: number };
  readonly repetition: { '200m': number; '300m': number; '400m': number; '600m': number; '800m': number };
}

/**
 * Times for I reps (400 m, 1000 m, 1200 m, mile) and R reps (200–800 m) at a VDOT's I and R paces.
 *
 * @param vdot VDOT (ml/kg/min, fractional)
 * @returns seconds per rep
 * @example
 * repTimes(50).interval['400m']; // ≈ 92
 */
export function repTimes(vdot: number): RepTimes {
  const p = trainingPaces(vdot);
  const i = (meters: number) => (p.interval * meters) / 1000;
  const r = (meters: number) => (p.repetition * meters) / 1000;
  return {
    interval: { '400m': i(400), '1000m': i(1000), '1200m': i(1200), mile: i(METERS_PER_MILE) },
    repetition: { '200m': r(200), '300m': r(300), '400m': r(400), '600m': r(600), '800m': r(800) },
  };
}
