/** What every use case of the coach loop needs, passed in explicitly (wired in the composition roots). */
import type { Clock } from './ports/clock.js';
import type { ReadingTerms } from './ports/reading-terms.js';
import type { RunnerQueue } from './ports/runner-queue.js';
import type { Repositories, UnitOfWork } from './ports/repositories.js';
import type { IntentExtractor } from './prompts/llm/extract-intent.js';
import type { Wording } from './prompts/wording.js';

export type { Wording };

export interface CoachDeps {
  /** Reads outside a transaction. */
  readonly repositories: Repositories;
  /** Writes: every message's changes land together or not at all. */
  readonly unitOfWork: UnitOfWork;
  readonly wording: Wording;
  readonly clock: Clock;
  /** When an LLM is configured: reads messages the parser cannot classify (it extracts, never decides). */
  readonly extractor?: IntentExtractor;
  /**
   * Where one runner's messages wait for each other before they open a transaction (one pooled
   * connection per runner, `runner-queue.ts`); without it they wait on the runner's row lock only.
   */
  readonly turns?: RunnerQueue;
  /**
   * Each runner's timezone and units as last read, so a message is first read in their terms before the
   * runner is (`reading-terms.ts`); without it the first reading is in UTC and km.
   */
  readonly readingTerms?: ReadingTerms;
}
