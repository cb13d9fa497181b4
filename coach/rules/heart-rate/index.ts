/** Heart rate: HRmax (measured or Tanaka-estimated), zones (Friel LTHR, Karvonen, %HRmax), Daniels HR targets. */
export {
  estimateMaxHr,
  TANAKA_INTERCEPT_BPM,
  TANAKA_SLOPE_BPM_PER_YEAR,
  AGE_HRMAX_SD_BPM,
} from './estimate-max-hr.js';
export type { MaxHr } from './estimate-max-hr.js';
export { checkHrInput } from './hr-limits.js';
export type { HrInput, HrInputError } from './hr-limits.js';
export { karvonen, heartRateReserveFraction } from './karvonen.js';
export { resolveMaxHr } from './resolve-max-hr.js';
export { hrZones } from './hr-zones.js';
export type { HrZone, HrZones, HrZoneMethod, HrZonesError } from './hr-zones.js';
export { hrTargets, DANIELS_HR_BANDS_PCT } from './hr-targets.js';
export type { HrTargets, HrTargetIntensity } from './hr-targets.js';
export { zoneOf } from './zone-of.js';
export type { ZoneFit } from './zone-of.js';
export { FIVE_ZONE_TABLE, FRIEL_RUN_ZONE_TABLE } from './zone-tables.js';
export type { ZoneTable } from './zone-tables.js';
