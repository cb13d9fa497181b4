import { METERS_PER_MILE } from '../units/race-distance.js';
import { oxygenCost, velocityForOxygenCost } from '../vdot/daniels-gilbert.js';
import { TABLE_MAX_VDOT, TABLE_MIN_VDOT } from '../vdot/daniels-race-table.js';
import { lerpColumn } from '../vdot/table-lookup.js';
import type { PaceTableRow } from './daniels-pace-table.js';
import { DANIELS_PACE_TABLE } from './daniels-pace-table.js';

/** Every time runloop reads from Table 5.2, with the distance it is run over (metres). */
export const PACE_COLUMNS = Object.freeze({
  easyFrom: 1000,
  easyTo: 1000,
  marathon: 1000,
  threshold: 1000,
  interval: 1000,
  repetition: 1000,
  i400: 400,
  i1000: 1000,
  i1200: 1200,
  iMile: METERS_PER_MILE,
  r200: 200,
  r300: 300,
  r400: 400,
  r600: 600,
  r800: 800,
});

export type PaceColumn = keyof typeof PACE_COLUMNS;

/** Seconds over each column's distance. */
export type PaceColumnValues = Readonly<Record<PaceColumn, number>>;

/**
 * One printed row made complete. Where the book leaves a cell blank the time comes from the row's own pace:
 * I pace per km is the printed km time, else 2.5 × the 400 m time; R pace per km is 2.5 × the 400 m time,
 * else 5 × the 200 m time; a blank rep is that pace times its distance.
 */
function resolveRow(row: PaceTableRow): PaceColumnValues {
  const [, easyFast, easySlow, marathon, threshold, i400, iKm, i1200, iMile, r200, r300, r400, r600, r800] =
    row;
  const interval = iKm ?? i400 * 2.5;
  const repetition = r400 === null ? r200 * 5 : r400 * 2.5;
  return {
    easyFrom: easyFast,
    easyTo: easySlow,
    marathon,
    threshold,
    interval,
    repetition,
    i400,
    i1000: interval,
    i1200: i1200 ?? interval * 1.2,
    iMile: iMile ?? (interval * METERS_PER_MILE) / 1000,
    r200,
    r300,
    r400: r400 ?? r200 * 2,
    r600: r600 ?? repetition * 0.6,
    r800: r800 ?? repetition * 0.8,
  };
}

const NAMES = Object.keys(PACE_COLUMNS) as PaceColumn[];
const RESOLVED = DANIELS_PACE_TABLE.map(resolveRow);

/** Each column as one value per integer VDOT 30–85. */
const COLUMNS = {} as Record<PaceColumn, readonly number[]>;
for (const n of NAMES) COLUMNS[n] = RESOLVED.map((r) => r[n]);

/** Fraction of VDOT (VO2 ÷ VDOT) each column's speed costs at the printed edges, for paces beyond 30–85. */
function edgeFractions(vdot: number): Record<PaceColumn, number> {
  const out = {} as Record<PaceColumn, number>;
  for (const n of NAMES) {
    const seconds = lerpColumn(COLUMNS[n], vdot);
    out[n] = oxygenCost(PACE_COLUMNS[n] / (seconds / 60)) / vdot;
  }
  return out;
}
const LOW_EDGE = edgeFractions(TABLE_MIN_VDOT);
const HIGH_EDGE = edgeFractions(TABLE_MAX_VDOT);

/**
 * Table 5.2 times for a VDOT. Inside 30–85: the printed values (blanks completed from the row's pace),
 * linear between integer VDOTs. Beyond: the Daniels–Gilbert speed at the same fraction of VDOT as the nearest
 * printed edge, so every column is continuous at 30 and 85 and keeps getting faster as VDOT rises.
 *
 * @param vdot VDOT (ml/kg/min, fractional, > 0)
 * @returns seconds over each column's distance (`PACE_COLUMNS`)
 * @example
 * paceColumnsAt(50).threshold; // 255 (4:15/km)
 * paceColumnsAt(50).r400;      // 87
 */
export function paceColumnsAt(vdot: number): PaceColumnValues {
  if (!Number.isFinite(vdot) || !(vdot > 0))
    throw new RangeError(`paceColumnsAt needs a positive VDOT (got ${vdot})`);
  const out = {} as Record<PaceColumn, number>;
  if (vdot >= TABLE_MIN_VDOT && vdot <= TABLE_MAX_VDOT) {
    for (const n of NAMES) out[n] = lerpColumn(COLUMNS[n], vdot);
    return out;
  }
  const fractions = vdot < TABLE_MIN_VDOT ? LOW_EDGE : HIGH_EDGE;
  for (const n of NAMES) out[n] = (PACE_COLUMNS[n] / velocityForOxygenCost(vdot * fractions[n])) * 60;
  return out;
}
