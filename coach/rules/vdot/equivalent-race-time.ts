import type { RaceKey } from '../units/race-distance.js';
import { RACE_DISTANCE_METERS, RACE_KEYS } from '../units/race-distance.js';
import { equationRaceTime } from './daniels-gilbert.js';
import { DANIELS_RACE_TABLE, TABLE_MAX_VDOT, TABLE_MIN_VDOT } from './daniels-race-table.js';
import { lerpColumn, tableEdge } from './table-lookup.js';

/** Named distances in table order, each with its Table 5.1 column (seconds per integer VDOT 30–85). */
const NAMED = RACE_KEYS.map((key, i) => ({
  key,
  meters: RACE_DISTANCE_METERS[key],
  column: DANIELS_RACE_TABLE.map((row) => {
    const t = row[i + 1];
    if (t === undefined) throw new Error(`race table row ${row[0]} lacks ${key}`);
    return t;
  }),
}));

/** table ÷ equations at the two printed edges, per named distance. */
const EDGE_RATIO = NAMED.map((n) => ({
  low: lerpColumn(n.column, TABLE_MIN_VDOT) / equationRaceTime(TABLE_MIN_VDOT, n.meters),
  high: lerpColumn(n.column, TABLE_MAX_VDOT) / equationRaceTime(TABLE_MAX_VDOT, n.meters),
}));

/** Published-table time ÷ bare-equation time for named distance `i` at `vdot` (1 far outside the table). */
function correction(i: number, vdot: number): number {
  const n = NAMED[i];
  const edges = EDGE_RATIO[i];
  if (n === undefined || edges === undefined) throw new RangeError(`no named distance ${i}`);
  const { edge, weight } = tableEdge(vdot);
  if (weight === 1) return lerpColumn(n.column, vdot) / equationRaceTime(vdot, n.meters);
  const r = edge === TABLE_MIN_VDOT ? edges.low : edges.high;
  return 1 + (r - 1) * weight;
}

/**
 * Equivalent race time for a VDOT over any distance. Inside VDOT 30–85 the named distances follow *Daniels'
 * Running Formula* Table 5.1 exactly (interpolated linearly between integer VDOTs); other distances take the
 * Daniels–Gilbert time scaled by the table's correction at the neighbouring named distances (interpolated in
 * log-distance). Beyond 30–85 the correction fades into the bare equations over 5 VDOT.
 *
 * @param vdot VDOT (ml/kg/min, fractional)
 * @param distanceMeters race distance in metres
 * @returns race time in seconds
 * @example
 * equivalentRaceTime(50, 5000);  // 1197 (19:57, Table 5.1)
 * equivalentRaceTime(50, 8000);  // ≈ 1961 (32:41)
 */
export function equivalentRaceTime(vdot: number, distanceMeters: number): number {
  if (!Number.isFinite(vdot) || !(vdot > 0) || !Number.isFinite(distanceMeters) || !(distanceMeters > 0)) {
    throw new RangeError(
      `equivalentRaceTime needs a positive VDOT and distance (got ${vdot}, ${distanceMeters})`,
    );
  }
  const inTable = vdot >= TABLE_MIN_VDOT && vdot <= TABLE_MAX_VDOT;
  const last = NAMED.length - 1;
  let upper = NAMED.findIndex((n) => n.meters >= distanceMeters - 1e-9);
  if (upper === -1) upper = last;
  const hit = NAMED[upper];
  if (hit !== undefined && Math.abs(hit.meters - distanceMeters) < 1e-9 && inTable) {
    return lerpColumn(hit.column, vdot);
  }
  const base = equationRaceTime(vdot, distanceMeters);
  if (upper === 0 || distanceMeters >= NAMED[last]!.meters) return base * correction(upper, vdot);
  const a = NAMED[upper - 1]!;
  const b = NAMED[upper]!;
  const w = Math.log(distanceMeters / a.meters) / Math.log(b.meters / a.meters);
  return base * ((1 - w) * correction(upper - 1, vdot) + w * correction(upper, vdot));
}

/**
 * Equivalent times for every named race distance (Table 5.1 inside VDOT 30–85).
 *
 * @param vdot VDOT (ml/kg/min, fractional)
 * @returns seconds per race key
 * @example
 * raceEquivalents(50).marathon; // 11449 (3:10:49)
 */
export function raceEquivalents(vdot: number): Record<RaceKey, number> {
  const out = {} as Record<RaceKey, number>;
  for (const key of RACE_KEYS) out[key] = equivalentRaceTime(vdot, RACE_DISTANCE_METERS[key]);
  return out;
}
