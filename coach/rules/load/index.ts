/**
 * Training load: per-session loads (session RPE, TRIMP, rTSS), day-by-day series, weekly volume and ramp,
 * ACWR, the performance management chart, monotony/strain and the intensity distribution. Missing data
 * is missing (`undefined`), never 0; days without activity are rest days (0).
 */
export { checkActivity, durationMinutes, distanceKm, validRpe } from './activity-load-input.js';
export type { ActivityLoadInput, ActivityInputError, DeclaredIntensity } from './activity-load-input.js';
export { sessionRpeLoad } from './session-rpe-load.js';
export { trimp, TRIMP_WEIGHTING, TRIMP_DEFAULT_SEX } from './trimp.js';
export type { TrimpPhysiology, TrimpSex } from './trimp.js';
export { rtss, intensityTss } from './rtss.js';
export { dailySeries, earliestDate } from './daily-series.js';
export type { DayValue, SeriesRange } from './daily-series.js';
export { windowTotal, weeklyTotal, WEEK_DAYS } from './window-total.js';
export type { WindowTotal } from './window-total.js';
export { dailyVolume, weeklyVolume } from './volume.js';
export type { DayVolume, WeekVolume } from './volume.js';
export { weeklyRamp, TEN_PERCENT_RULE, NIELSEN_TWO_WEEK_LIMIT } from './ramp.js';
export type { Ramp } from './ramp.js';
export { acwr, acwrBand, ewmaLambda, ACUTE_DAYS, CHRONIC_DAYS, ACWR_BANDS } from './acwr.js';
export type { Acwr, AcwrForm, AcwrBand } from './acwr.js';
export { pmc, pmcDecay, CTL_DAYS, ATL_DAYS } from './pmc.js';
export type { PmcDay, PmcSeed } from './pmc.js';
export { monotonyStrain, MONOTONY_HIGH, STRAIN_CAUTION_AU, STRAIN_RISK_AU } from './monotony-strain.js';
export type { MonotonyStrain, MonotonyStatus } from './monotony-strain.js';
export { classifyIntensity } from './classify-intensity.js';
export type { IntensityClass, IntensitySource } from './classify-intensity.js';
export { intensityDistribution, EASY_SHARE_TARGET } from './intensity-distribution.js';
export type { IntensityDistribution, IntensityWindow } from './intensity-distribution.js';
