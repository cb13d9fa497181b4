/**
 * The coach loop's dependencies over one database, for the process (`server/main.ts`) and the terminal
 * chat alike: repositories, unit of work, the system clock, and wording (templates, or an LLM under
 * guards when configured, which then also reads messages the parser cannot).
 */
import type { CoachDeps } from '../coach/coach-deps.js';
import { systemClock } from '../coach/ports/clock.js';
import { createExtractor, createWording } from '../coach/prompts/create-wording.js';
import type { WordingEvent } from '../coach/prompts/llm/llm-wording.js';
import type { DatabaseHandle } from '../db/client.js';
import { createRepositories, createUnitOfWork } from '../db/repositories/index.js';
import type { LlmConfig } from './config.js';

export function createCoachDeps(
  database: DatabaseHandle,
  llm: LlmConfig | undefined,
  onWordingEvent?: (event: WordingEvent) => void,
): CoachDeps {
  return {
    repositories: createRepositories(database.db),
    unitOfWork: createUnitOfWork(database.db),
    wording: createWording({
      ...(llm ? { llm } : {}),
      ...(onWordingEvent ? { onEvent: onWordingEvent } : {}),
    }),
    clock: systemClock,
    ...(llm ? { extractor: createExtractor(llm) } : {}),
  };
}
