import { paceColumnsAt } from './pace-columns.js';

/** Rep times in seconds for interval (I) and repetition (R) work. */
export interface RepTimes {
  readonly interval: { '400m': number; '1000m': number; '1200m': number; mile: number };
  readonly repetition: { '200m': number; '300m': number; '400m': number; '600m': number; '800m': number };
}

/**
 * Times for I reps (400 m, 1000 m, 1200 m, mile) and R reps (200–800 m). Inside VDOT 30–85 these are the
 * times printed in *Daniels' Running Formula* (3rd ed.) Table 5.2; where the book leaves a cell blank (a rep it
 * thinks too long for the intensity) the time is the row's I or R pace over the distance.
 *
 * @param vdot VDOT (ml/kg/min, fractional)
 * @returns seconds per rep
 * @example
 * repTimes(50).interval['400m'];   // 93
 * repTimes(50).repetition['200m']; // 43
 */
export function repTimes(vdot: number): RepTimes {
  const c = paceColumnsAt(vdot);
  return {
    interval: { '400m': c.i400, '1000m': c.i1000, '1200m': c.i1200, mile: c.iMile },
    repetition: { '200m': c.r200, '300m': c.r300, '400m': c.r400, '600m': c.r600, '800m': c.r800 },
  };
}
