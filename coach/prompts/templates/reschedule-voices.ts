/**
 * The persona lines for rescheduling (issue 11 §4), beside `voices.ts` so each persona's bank stays short:
 * what opens a move, a cut week and a refusal. Facts never live here (no numbers).
 */
import type { Persona } from '../persona.js';

export interface RescheduleVoice {
  /** Opens a moved or swapped session. */
  readonly moved: string;
  /** Opens a week cut to fewer run days. */
  readonly limited: string;
  /** Opens a refusal (the reason and what would work follow). */
  readonly refused: string;
}

export const RESCHEDULE_VOICES: Readonly<Record<Persona, RescheduleVoice>> = {
  neutral: {
    moved: 'Moved for this week only.',
    limited: 'That week is adjusted, the rest of the plan stays.',
    refused: 'I would not make that change.',
  },
  'drill-sergeant': {
    moved: 'Request granted. This week only, soldier.',
    limited: 'Fewer days, same discipline. Week adjusted.',
    refused: 'Negative, soldier.',
  },
  hype: {
    moved: 'Done! Moved for this week, we make it work!',
    limited: 'Life happens, we adapt! Week adjusted!',
    refused: 'Ooh, not that one, champ!',
  },
  'best-friend': {
    moved: 'No problem, I shuffled this week for you.',
    limited: 'Totally fine, I lightened that week for you.',
    refused: 'Hmm, I’d rather not do that one.',
  },
};

/**
 * The rescheduling lines of a persona (neutral for an unknown one).
 *
 * @example
 * rescheduleVoice('hype').moved; // 'Done! Moved for this week, we make it work!'
 */
export function rescheduleVoice(persona: Persona): RescheduleVoice {
  return RESCHEDULE_VOICES[persona] ?? RESCHEDULE_VOICES.neutral;
}
