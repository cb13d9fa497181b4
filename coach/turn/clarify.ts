import type { ClarifyProblem } from '../prompts/coach-message.js';
import type { Turn } from './turn.js';

/**
 * A question back to the runner instead of a guess: nothing is stored, the reply asks, and the
 * `clarification_needed` event names the codes.
 *
 * @example clarify({ code: 'RUN_DETAILS_MISSING', slot: 'distanceM', message: 'How far and how long did you run?' })
 */
export function clarify(...problems: ClarifyProblem[]): Turn {
  return {
    messages: [{ kind: 'clarify', problems }],
    events: [{ type: 'clarification_needed', codes: problems.map((p) => p.code) }],
  };
}
