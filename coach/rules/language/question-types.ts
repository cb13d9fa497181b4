/** The coaching questions the parser recognises (`coaching-questions.ts`), as data. */

/** Race distances the coach predicts a time for (the plan's goal distances). */
export type PredictedDistance = '5k' | '10k' | 'half' | 'marathon';

/** What the runner asked the coach, beyond today / this week / paces / why. */
export type CoachingQuestion =
  /** A bare day ("and tomorrow?", "saturday?"): read as `ask_today` for that day, never stored as a slot. */
  | { readonly kind: 'day' }
  | { readonly kind: 'long-run'; readonly weekOffset: 0 | 1 }
  | { readonly kind: 'progress' }
  | { readonly kind: 'prediction'; readonly distance?: PredictedDistance }
  | { readonly kind: 'too-fast' }
  | { readonly kind: 'mid-run' }
  | { readonly kind: 'outside'; readonly topic: OutsideTopic };

/** Topics the coach does not advise on (it has no rules or data for them). */
export type OutsideTopic = 'nutrition' | 'gear' | 'medical';
