/**
 * The spoken forms of decisions: one short sentence for the rules whose written why (`decision-reasons.ts`)
 * is too long to say on the phone or in a two-sentence reply. Rules without one are spoken as the first
 * sentence of their written why (`spokenWhy`).
 */
import type { Decision } from '../../rules/decision.js';
import { formatDate } from '../format.js';
import type { Units } from '../persona.js';
import type { Why } from './reason-words.js';
import { facts, str } from './reason-words.js';
import { SCHEDULE_SPOKEN } from './schedule-why.js';

/** The short (spoken) why of a decision, one sentence: for rules whose why is too long to say. */
const RULE_SPOKEN: Readonly<Record<string, Why>> = Object.freeze({
  ...SCHEDULE_SPOKEN,
  'intensity.gray-zone': () =>
    'Your easy runs keep drifting too fast: slower is the point. Is your HR strap right, or was it hot?',
  'fitness.too-slow': () =>
    'Your quality paces were too hard to hold, so they come down a step. Was it hot, or are you ill or short on sleep?',
  'overshoot.run': () => 'Your last run went well beyond the plan, so the next session is lighter.',
  'overshoot.week': () => 'You ran far more than planned this week, so the coming days are lighter.',
  'cadence.drop': (d) => {
    const date = str(facts(d, 'CADENCE_DROP_IN_RUN') ?? facts(d, 'CADENCE_BELOW_USUAL'), 'date');
    return `Your cadence dropped${date !== undefined ? ` on ${formatDate(date)}` : ''}, often a sign of tired legs, so keep the next easy days easy.`;
  },
});

/**
 * The short spoken line for a decision, when its rule has one.
 *
 * @example
 * decisionSpoken({ rule: 'overshoot.week', … }, 'km'); // 'You ran far more than planned this week, so the coming days are lighter.'
 */
export function decisionSpoken(d: Decision, units: Units): string | undefined {
  return RULE_SPOKEN[d.rule]?.(d, units);
}
