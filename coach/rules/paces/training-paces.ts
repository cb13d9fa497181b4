import { paceColumnsAt } from './pace-columns.js';

/** Training paces for a VDOT, all in seconds per km. `easy.from` is the faster end of the easy range. */
export interface TrainingPaces {
  readonly vdot: number;
  readonly easy: { readonly from: number; readonly to: number };
  readonly marathon: number;
  readonly threshold: number;
  readonly interval: number;
  readonly repetition: number;
}

/**
 * Daniels training paces: Easy (a range), Marathon, Threshold, Interval and Repetition, per km. Inside VDOT
 * 30–85 these are *Daniels' Running Formula* (3rd ed.) Table 5.2, linear between integer VDOTs (I per km is
 * 2.5 × the 400 m time where the book prints no km time; R per km is 2.5 × the 400 m time, or 5 × the 200 m
 * time). Beyond 30–85: the Daniels–Gilbert speed at the edge's fraction of VDOT (see `paceColumnsAt`).
 *
 * @param vdot VDOT (ml/kg/min, fractional; runloop validates 20–90 at its edges)
 * @returns paces in seconds per km
 * @example
 * const p = trainingPaces(50);
 * p.easy;      // { from: 296, to: 334 }  (4:56–5:34/km)
 * p.threshold; // 255 (4:15/km)
 */
export function trainingPaces(vdot: number): TrainingPaces {
  const c = paceColumnsAt(vdot);
  return {
    vdot,
    easy: { from: c.easyFrom, to: c.easyTo },
    marathon: c.marathon,
    threshold: c.threshold,
    interval: c.interval,
    repetition: c.repetition,
  };
}
