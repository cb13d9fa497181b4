/**
 * What speech recognition should expect on a call (Twilio's `hints`): the words of a mid-run report and
 * today's numbers as a runner says them. Vocabulary for the recogniser, never said to the runner.
 */
import type { Session } from '../../rules/plan/types.js';
import type { Units } from '../persona.js';
import { sayPace } from './call-phrases.js';

const WORDS: readonly string[] = [
  'pace',
  'heart rate',
  'minutes in',
  'k in',
  'rep',
  'feeling heavy',
  'feeling good',
  'easy',
  'hard',
  'how long left',
  "what's next",
  'repeat',
  'chest pain',
  'dizzy',
  'sharp pain',
  "can't breathe",
  'stop',
];

/**
 * The hints for a call: the fixed words, then today's target paces and heart-rate limits.
 *
 * @example
 * callHints(tempo, 'km'); // ['pace', …, '5:12', '5:20', '154']
 */
export function callHints(session: Session | undefined, units: Units): string[] {
  const numbers = new Set<string>();
  for (const step of session?.steps ?? []) {
    if (step.pace !== undefined) {
      numbers.add(sayPace(step.pace.from, units).split(' ')[0]!);
      numbers.add(sayPace(step.pace.to, units).split(' ')[0]!);
    }
    if (step.hr !== undefined) numbers.add(String(Math.round(step.hr.to)));
  }
  return [...WORDS, ...numbers];
}
