/** Messages about the runner's account: persona, pause and resume, export and delete. */
import type { Persona } from '../persona.js';

export type AccountMessage =
  | { readonly kind: 'persona-changed'; readonly persona: Persona }
  | {
      readonly kind: 'paused';
      readonly from: string;
      readonly reason: 'injury' | 'illness' | 'travel' | 'other';
    }
  | { readonly kind: 'resumed'; readonly date: string; readonly daysOff: number }
  | {
      readonly kind: 'export-ready';
      readonly activities: number;
      readonly checkins: number;
      readonly decisions: number;
      /** Where to fetch it (a path or URL), when the channel can link. */
      readonly location?: string;
    }
  | { readonly kind: 'delete-confirm' }
  /** "No" to "delete everything?": nothing was deleted. */
  | { readonly kind: 'delete-cancelled' }
  /** A quick reply that no longer applies (answered, superseded, from an earlier question): nothing stored. */
  | { readonly kind: 'deleted' };
