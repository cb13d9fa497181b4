import type { Repositories, UnitOfWork } from '../../coach/ports/repositories.js';
import type { Db } from '../client.js';
import { NO_PLAN_CACHE, type PlanCache, type PlanCacheView } from '../plan-cache.js';
import { createActivityRepository } from './activity.repository.js';
import { createAuditLogRepository } from './audit-log.repository.js';
import { createAthleteRepository } from './athlete.repository.js';
import { createCallRepository } from './call.repository.js';
import { createCheckinRepository } from './checkin.repository.js';
import { createDecisionRepository } from './decision.repository.js';
import { createFitnessRepository } from './fitness.repository.js';
import { createGoalRepository } from './goal.repository.js';
import { createInboxRepository } from './inbox.repository.js';
import { createOutboxRepository } from './outbox.repository.js';
import { createPlanRepository } from './plan.repository.js';
import { createProcessedEventRepository } from './processed-event.repository.js';
import { createRunnerRecords } from './runner-records.repository.js';
import { createRunnerTokenRepository } from './runner-token.repository.js';

export type { Repositories } from '../../coach/ports/repositories.js';

export interface RepositoriesOptions {
  /** `db` is a unit of work's transaction: writes of several statements need no savepoint of their own. */
  readonly inTransaction?: boolean;
  /** The plans the process keeps (`db/plan-cache.ts`; a transaction's staged view inside one); none by default. */
  readonly planCache?: PlanCacheView;
}

/** `athletes` whose delete also drops the runner's kept plan (nothing of a deleted runner stays). */
function forgettingPlanOnDelete(
  athletes: Repositories['athletes'],
  planCache: PlanCacheView | undefined,
): Repositories['athletes'] {
  if (!planCache) return athletes;
  return {
    ...athletes,
    async delete(id) {
      const deleted = await athletes.delete(id);
      planCache.forget(id);
      return deleted;
    },
  };
}

/** Every repository over one database handle or transaction. */
export function createRepositories(
  db: Db,
  { inTransaction = false, planCache }: RepositoriesOptions = {},
): Repositories {
  return {
    athletes: forgettingPlanOnDelete(createAthleteRepository(db), planCache),
    activities: createActivityRepository(db),
    checkins: createCheckinRepository(db),
    decisions: createDecisionRepository(db),
    fitness: createFitnessRepository(db),
    goals: createGoalRepository(db),
    events: createProcessedEventRepository(db),
    plans: createPlanRepository(db, { inTransaction, cache: planCache }),
    outbox: createOutboxRepository(db),
    inbox: createInboxRepository(db),
    calls: createCallRepository(db),
    tokens: createRunnerTokenRepository(db),
    audit: createAuditLogRepository(db),
    records: createRunnerRecords(db),
  };
}

/**
 * A unit of work over drizzle transactions: repositories bound to the transaction. What it reads and
 * writes of the kept plans reaches `planCache` once the transaction committed.
 */
export function createUnitOfWork(
  db: Db,
  { planCache = NO_PLAN_CACHE }: { planCache?: PlanCache } = {},
): UnitOfWork {
  return {
    async run(work) {
      const staged = planCache.staged();
      const result = await db.transaction(async (tx) =>
        work(createRepositories(tx as unknown as Db, { inTransaction: true, planCache: staged })),
      );
      staged.publish();
      return result;
    },
  };
}
