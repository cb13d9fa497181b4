/**
 * The why of the pain rules (`safety.stop-prescriptions`, `safety.pain-no-intensity`,
 * `safety.see-professional`): where it hurts and how much (score out of 10) from the `PAIN_REPORTED` facts,
 * then the rule's own ending. A pain decision that also carries a red flag and no location says "a warning
 * symptom" instead.
 */
import type { Decision } from '../../rules/decision.js';
import { facts, num, str } from './reason-words.js';

/**
 * One sentence: the pain the runner reported, then `tail`.
 *
 * @example
 * painWhy(kneePain6, 'so no hard running while something hurts.');
 * // 'You reported pain in your knee (6/10), so no hard running while something hurts.'
 */
export function painWhy(d: Decision, tail: string): string {
  const f = facts(d, 'PAIN_REPORTED') ?? d.reasons[0]?.facts;
  const where = str(f, 'location');
  const score = num(f, 'score');
  if (facts(d, 'RED_FLAG') !== undefined && where === undefined)
    return `You reported a warning symptom, ${tail}`;
  return `You reported pain${where !== undefined ? ` in your ${where}` : ''}${score !== undefined ? ` (${score}/10)` : ''}, ${tail}`;
}
