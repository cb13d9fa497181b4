/**
 * The coach loop's dependencies over one database, for the process (`server/main.ts`) and the terminal
 * chat alike: repositories, unit of work, the system clock, and wording (templates, or an LLM under
 * guards when configured, which then also reads messages the parser cannot).
 */
import type { CoachDeps } from '../coach/coach-deps.js';
import type { Repositories } from '../coach/ports/repositories.js';
import { systemClock } from '../coach/ports/clock.js';
import { createReadingTerms } from '../coach/conversation/reading-terms.js';
import { createRunnerQueue } from '../coach/conversation/runner-queue.js';
import { createExtractor, createWording } from '../coach/prompts/create-wording.js';
import type { WordingEvent } from '../coach/prompts/llm/llm-wording.js';
import type { DatabaseHandle } from '../db/client.js';
import { createPlanCache, DEFAULT_PLAN_CACHE_ENTRIES } from '../db/plan-cache.js';
import { createRepositories, createUnitOfWork } from '../db/repositories/index.js';
import type { LlmConfig } from './config.js';

/** `repos` whose athlete delete asks for the deleted bytes to be purged once it succeeded. */
function purgingAfterDelete(
  repos: Repositories,
  database: Pick<DatabaseHandle, 'purgeDeleted'>,
): Repositories {
  const athletes = repos.athletes;
  return {
    ...repos,
    athletes: {
      ...athletes,
      async delete(id) {
        const deleted = await athletes.delete(id);
        if (deleted) database.purgeDeleted();
        return deleted;
      },
    },
  };
}

/** What the service sets beyond the database and the model; the terminal tools take the defaults. */
export interface CoachOptions {
  /** Hears how each reply was worded (the service logs it at debug). */
  readonly onWordingEvent?: (event: WordingEvent) => void;
  /** Runners' active plans the process keeps (`PLAN_CACHE_ENTRIES`, default 256). */
  readonly planCacheEntries?: number;
}

/** The coach over `database`; `llm` words replies when set. */
export function createCoachDeps(
  database: DatabaseHandle,
  llm: LlmConfig | undefined,
  { onWordingEvent, planCacheEntries = DEFAULT_PLAN_CACHE_ENTRIES }: CoachOptions = {},
): CoachDeps {
  const planCache = createPlanCache({ maxEntries: planCacheEntries });
  const repositories = createRepositories(database.db, { planCache });
  const unitOfWork = createUnitOfWork(database.db, { planCache });
  return {
    repositories: purgingAfterDelete(repositories, database),
    // A delete inside a unit of work (the chat's "delete everything") is purged once the work committed.
    unitOfWork: {
      async run(work) {
        let deleted = false;
        const result = await unitOfWork.run((repos) =>
          work(purgingAfterDelete(repos, { purgeDeleted: () => (deleted = true) })),
        );
        if (deleted) database.purgeDeleted();
        return result;
      },
    },
    wording: createWording({
      ...(llm ? { llm } : {}),
      ...(onWordingEvent ? { onEvent: onWordingEvent } : {}),
    }),
    clock: systemClock,
    turns: createRunnerQueue(),
    readingTerms: createReadingTerms(),
    ...(llm ? { extractor: createExtractor(llm) } : {}),
  };
}
