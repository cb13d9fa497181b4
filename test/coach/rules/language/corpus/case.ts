import type { Intent, ParseContext, ProblemCode, Slots } from '../../../../../coach/rules/language/index.js';

/** The day every corpus message is sent on unless a case says otherwise: Tuesday 24 November 2026. */
export const TODAY = '2026-11-24';

export const KM_RUNNER: ParseContext = { today: TODAY, units: 'km' };
export const MILE_RUNNER: ParseContext = { today: TODAY, units: 'mi' };

/**
 * One realistic message and what a coach should understand from it: the exact intents, the exact
 * slots (every slot the parser sets must be listed) and the codes of the problems it must raise.
 */
export interface CorpusCase {
  readonly text: string;
  readonly intents: readonly Intent[];
  readonly slots: Slots;
  readonly problems?: readonly ProblemCode[];
  readonly context?: ParseContext;
}

/** Miles → metres, rounded to 0.1 m as the parser stores them (1 mi = 1609.344 m). */
export function mi(miles: number): number {
  return Math.round(miles * 1609.344 * 10) / 10;
}

/** A per-mile pace `m:ss` → seconds per km, rounded to 0.1 s. */
export function perMile(clock: string): number {
  const [m, s] = clock.split(':').map(Number);
  return Math.round((((m ?? 0) * 60 + (s ?? 0)) / 1.609344) * 10) / 10;
}
