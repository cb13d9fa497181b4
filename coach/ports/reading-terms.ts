/**
 * The terms each runner's words were last read in (timezone, units), kept in this process so a message is
 * first read in them before the runner is (implemented by `coach/conversation/reading-terms.ts`).
 */
import type { Athlete } from '../model/athlete.js';

export type Terms = Pick<Athlete, 'timezone' | 'units'>;

export interface ReadingTerms {
  /** The runner's terms as last seen, if this process has seen them. */
  get(athleteId: string): Terms | undefined;
  /** Keeps the runner's terms as just read with the runner. */
  set(athleteId: string, terms: Terms): void;
  /** Runners kept now. */
  readonly size: number;
}
