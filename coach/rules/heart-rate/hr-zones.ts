import { refusal, ok, type Result } from '../result.js';
import type { MaxHr } from './estimate-max-hr.js';
import { checkHrInput, type HrInput, type HrInputError } from './hr-limits.js';
import { karvonen } from './karvonen.js';
import { resolveMaxHr } from './resolve-max-hr.js';
import { FIVE_ZONE_TABLE, FRIEL_RUN_ZONE_TABLE, type ZoneTable } from './zone-tables.js';

/** How zones were built: % of LTHR (Friel), % of heart-rate reserve (Karvonen) or % of HRmax. */
export type HrZoneMethod = 'lthr' | 'karvonen' | 'percent-max';

/**
 * One zone, [fromBpm, toBpm) in whole bpm (the last zone includes its top). Percentages are of the
 * method's reference: LTHR, heart-rate reserve or HRmax. `null` marks an open end (Friel Z1 without a
 * resting HR, Z5c without a measured HRmax).
 */
export interface HrZone {
  readonly name: string;
  readonly label: string;
  readonly fromPct: number | null;
  readonly toPct: number | null;
  readonly fromBpm: number | null;
  readonly toBpm: number | null;
}

export interface HrZones {
  readonly method: HrZoneMethod;
  /** The HRmax used (absent for LTHR zones without a measured max); `estimated` when from age. */
  readonly maxHr?: MaxHr;
  readonly zones: readonly HrZone[];
}

export type HrZonesError = HrInputError | 'HR_MAX_UNKNOWN';

function buildZones(table: ZoneTable, toBpm: (pct: number) => number): HrZone[] {
  const edges = [table.bottomPct, ...table.boundariesPct, table.topPct];
  return table.names.map((name, i) => {
    const fromPct = edges[i] ?? null;
    const toPct = edges[i + 1] ?? null;
    return {
      name,
      label: table.labels[i] ?? name,
      fromPct,
      toPct,
      fromBpm: fromPct === null ? null : Math.round(toBpm(fromPct)),
      toBpm: toPct === null ? null : Math.round(toBpm(toPct)),
    };
  });
}

function frielZones(lthr: number, restingHr: number | undefined, maxHr: number | undefined): HrZone[] {
  const zones = buildZones(FRIEL_RUN_ZONE_TABLE, (pct) => (lthr * pct) / 100);
  const first = zones[0];
  const last = zones[zones.length - 1];
  if (first === undefined || last === undefined) throw new Error('Friel table has no zones');
  // Close the open ends with what the runner measured, when it fits inside them.
  if (restingHr !== undefined && first.toBpm !== null && restingHr < first.toBpm) {
    zones[0] = { ...first, fromBpm: restingHr };
  }
  if (maxHr !== undefined && last.fromBpm !== null && maxHr > last.fromBpm) {
    zones[zones.length - 1] = { ...last, toBpm: maxHr };
  }
  return zones;
}

/**
 * Heart-rate zones in whole bpm, contiguous (each zone's `toBpm` is the next zone's `fromBpm`) and
 * ascending. The method follows what is known, best first:
 * 1. LTHR known → Friel run zones (% LTHR, seven zones Z1–Z5c; Z1 starts at resting HR and Z5c ends at
 *    a measured HRmax when those fit, else they stay open);
 * 2. resting HR known → five zones of 50–100 % heart-rate reserve (Karvonen);
 * 3. otherwise → five zones of 50–100 % HRmax.
 * HRmax is the measured one, else Tanaka's estimate from age (`maxHr.estimated: true`). Errors:
 * implausible inputs (`checkHrInput` codes) and `HR_MAX_UNKNOWN` (no LTHR, no HRmax, no age).
 *
 * @example
 * hrZones({ maxHr: 190, restingHr: 50 }).value.zones[1];
 * // { name: 'Z2', label: 'endurance', fromPct: 60, toPct: 70, fromBpm: 134, toBpm: 148 }
 * hrZones({ lthr: 170 }).value.zones[1]; // Z2 85–90 % LTHR: { fromBpm: 145, toBpm: 153, … }
 */
export function hrZones(input: HrInput): Result<HrZones, HrZonesError> {
  const checked = checkHrInput(input);
  if (!checked.ok) return checked;
  const { lthr, restingHr } = input;
  if (lthr !== undefined) {
    const maxHr: MaxHr | undefined =
      input.maxHr === undefined ? undefined : { bpm: input.maxHr, estimated: false };
    const zones = frielZones(lthr, restingHr, maxHr?.bpm);
    return ok(maxHr === undefined ? { method: 'lthr', zones } : { method: 'lthr', maxHr, zones });
  }
  const max = resolveMaxHr(input);
  if (!max.ok) return max;
  const maxHr = max.value;
  if (restingHr !== undefined) {
    // An estimated HRmax must still sit plausibly above the measured resting HR.
    const again = checkHrInput({ restingHr, maxHr: maxHr.bpm });
    if (!again.ok) return refusal(again.code, { ...again.facts, maxHrEstimated: maxHr.estimated });
    const zones = buildZones(FIVE_ZONE_TABLE, (pct) => karvonen(maxHr.bpm, restingHr, pct / 100));
    return ok({ method: 'karvonen', maxHr, zones });
  }
  const zones = buildZones(FIVE_ZONE_TABLE, (pct) => (maxHr.bpm * pct) / 100);
  return ok({ method: 'percent-max', maxHr, zones });
}
