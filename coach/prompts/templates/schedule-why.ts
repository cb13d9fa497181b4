/**
 * Why a runner-asked schedule change was made (issue 11 §4), for the decision templates and "why?": one
 * sentence per rule, spread into `RULE_WHY` / `RULE_SPOKEN` of `decision-reasons.ts`.
 */
import type { Decision } from '../../rules/decision.js';
import type { Why } from './reason-words.js';

const swapped = (d: Decision) => d.action === 'swap_sessions';

export const SCHEDULE_WHY: Readonly<Record<string, Why>> = Object.freeze({
  'schedule.move-session': (d) =>
    swapped(d)
      ? 'You asked to move it, and swapping the two days keeps an easy day between your hard days.'
      : 'You asked to move it, and your hard days still have an easy day between them.',
  'schedule.limit-days': () =>
    'You have fewer days that week: the long run and the key session stay and easy runs go first; the dropped minutes are not piled onto the other days, a lower week is fine.',
});

export const SCHEDULE_SPOKEN: Readonly<Record<string, Why>> = Object.freeze({
  'schedule.move-session': () => 'You asked, and your hard days keep an easy day between them.',
  'schedule.limit-days': () => 'Fewer days that week: the key sessions stay and easy runs go.',
});
