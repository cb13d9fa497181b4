/**
 * Adaptation: `adapt(plan, history, today)` changes tomorrow because of today. Decisions carry the rule
 * ids of `ADAPT_RULE_IDS`; every threshold is a named constant in the file of its rule.
 */
export { adapt, ADAPT_RULES } from './adapt.js';
export { ADAPT_RULE_IDS } from './rule-ids.js';
export type { AdaptRuleId } from './rule-ids.js';
export type { Activity, AdaptResult, CheckIn, History, Lap, RecoveryBaseline } from './history.js';
export type { SessionSummary } from './rule.js';
export { assessReadiness, isBadNight } from './readiness.js';
export type { Readiness } from './readiness.js';
export { hrvTrend, restingHrTrend } from './trend-recovery.js';
export { assessDay } from './day-readiness.js';
export type { DayReadiness, ReadinessLevel } from './day-readiness.js';
export { EXPECTED_RPE, RPE_MISMATCH_MARGIN, rpeExcess } from './expected-rpe.js';
export { detrainingFactor, returnLadder } from './detraining.js';
export { repacePlan } from './repace.js';
