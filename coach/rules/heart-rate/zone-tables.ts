/**
 * Zone boundary tables. Each table lists the boundaries between consecutive zones, low to high, in
 * percent of its reference (HRmax, heart-rate reserve or LTHR); `names`/`labels` have one entry per zone.
 * Zone i spans [lower, upper): the last zone includes its top.
 */

export interface ZoneTable {
  readonly names: readonly string[];
  readonly labels: readonly string[];
  /** Bottom of the first zone, percent; `null` when open (below the next boundary). */
  readonly bottomPct: number | null;
  /** Boundaries between consecutive zones, percent, ascending: one fewer than the zones. */
  readonly boundariesPct: readonly number[];
  /** Top of the last zone, percent; `null` when open. */
  readonly topPct: number | null;
}

/**
 * The common five-zone model in 10 % steps from 50 to 100 % (Edwards, *The Heart Rate Monitor Book*,
 * 1993; the default of most watches). Applied to HRmax (%HRmax) or, when resting HR is known, to the
 * heart-rate reserve via Karvonen — runloop's choice, so the same zone names mean the same effort.
 */
export const FIVE_ZONE_TABLE: ZoneTable = {
  names: ['Z1', 'Z2', 'Z3', 'Z4', 'Z5'],
  labels: ['recovery', 'endurance', 'tempo', 'threshold', 'maximum'],
  bottomPct: 50,
  boundariesPct: [60, 70, 80, 90],
  topPct: 100,
};

/**
 * Friel run zones in % of LTHR: Z1 < 85, Z2 85–89, Z3 90–94, Z4 95–99, Z5a 100–102, Z5b 103–106,
 * Z5c > 106 (Friel, *The Triathlete's Training Bible*; joefrielsblog.com "Quick guide to setting zones").
 * The published integer bands are read as half-open intervals on the next integer (Z2 = [85, 90) …
 * Z5b = [103, 107)), so the zones meet without gaps.
 */
export const FRIEL_RUN_ZONE_TABLE: ZoneTable = {
  names: ['Z1', 'Z2', 'Z3', 'Z4', 'Z5a', 'Z5b', 'Z5c'],
  labels: [
    'recovery',
    'aerobic',
    'tempo',
    'subthreshold',
    'superthreshold',
    'aerobic capacity',
    'anaerobic capacity',
  ],
  bottomPct: null,
  boundariesPct: [85, 90, 95, 100, 103, 107],
  topPct: null,
};
