/**
 * Safety: the red-flag vocabulary, classification of a check-in or report, and the "stop" outcomes with
 * reason codes. runloop is not a medical provider: it never diagnoses, it stops and refers.
 */
export { RED_FLAGS, RED_FLAG_PHRASES, classifyRedFlags, isRedFlag, redFlagsInText } from './red-flags.js';
export type { RedFlag } from './red-flags.js';
export { assessSafety } from './assess-safety.js';
export type { PainReport, SafetyCheckIn } from './assess-safety.js';
export { PAIN_PERSISTENT_DAYS, PAIN_STOP_SCORE, PAIN_WORSENING_LOOKBACK_DAYS } from './pain-thresholds.js';
export { SAFETY_LEVEL_RANK, stopsRunning, stricterLevel } from './safety-outcome.js';
export type { SafetyLevel, SafetyOutcome, SafetyReason, SafetyReasonCode } from './safety-outcome.js';
