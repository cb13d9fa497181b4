import type { Repositories, UnitOfWork } from '../../coach/ports/repositories.js';
import type { Db } from '../client.js';
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

/**
 * Every repository over one database handle or transaction (`inTransaction`: a unit of work's, so writes
 * of several statements need no savepoint of their own).
 */
export function createRepositories(db: Db, { inTransaction = false } = {}): Repositories {
  return {
    athletes: createAthleteRepository(db),
    activities: createActivityRepository(db),
    checkins: createCheckinRepository(db),
    decisions: createDecisionRepository(db),
    fitness: createFitnessRepository(db),
    goals: createGoalRepository(db),
    events: createProcessedEventRepository(db),
    plans: createPlanRepository(db, { inTransaction }),
    outbox: createOutboxRepository(db),
    inbox: createInboxRepository(db),
    calls: createCallRepository(db),
    tokens: createRunnerTokenRepository(db),
    audit: createAuditLogRepository(db),
    records: createRunnerRecords(db),
  };
}

/** A unit of work over drizzle transactions: repositories bound to the transaction. */
export function createUnitOfWork(db: Db): UnitOfWork {
  return {
    run: (work) =>
      db.transaction(async (tx) => work(createRepositories(tx as unknown as Db, { inTransaction: true }))),
  };
}
