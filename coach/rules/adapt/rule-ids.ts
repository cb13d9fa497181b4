/**
 * The stable ids of every adaptation rule, in the order the rules run. Decisions carry them (`rule`), the
 * wording layer keys its templates on them, and stored decisions keep them: never rename one.
 */
export const ADAPT_RULE_IDS = [
  'safety.red-flag',
  'safety.stop-prescriptions',
  'safety.pain-no-intensity',
  'safety.see-professional',
  'illness.rest',
  'illness.graded-return',
  'fitness.break-detraining',
  'fitness.break-rebuild',
  'fitness.race-result',
  'fitness.quality-evidence',
  'fitness.too-slow',
  'recovery.post-race',
  'missed.mark',
  'missed.keep-key-sessions',
  'readiness.two-bad-nights',
  'readiness.under-recovered',
  'readiness.resting-hr-trend',
  'readiness.hrv-trend',
  'rpe.mismatch',
  'rpe.repeated',
  'intensity.gray-zone',
  'load.acwr-caution',
  'load.monotony',
  'load.ramp',
  'overshoot.run',
  'overshoot.week',
  'cadence.drop',
] as const;

export type AdaptRuleId = (typeof ADAPT_RULE_IDS)[number];
