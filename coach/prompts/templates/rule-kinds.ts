/**
 * Kinds of rule by id, for the wording: the safety rules, worded only with the fixed safety text (never by
 * an LLM), and the rules after which the persona softens its tone.
 */

/** True for rules whose decisions are worded with the fixed safety text (never by an LLM). */
export function isSafetyRule(rule: string): boolean {
  return rule.startsWith('safety.');
}

/** True for rules after which the persona softens (recovery, illness, pain, red flags, breaks). */
export function isSofteningRule(rule: string): boolean {
  return (
    /^(safety|illness|readiness)\./.test(rule) ||
    rule === 'fitness.break-detraining' ||
    rule === 'fitness.break-rebuild'
  );
}
