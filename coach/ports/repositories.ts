import type { AuditLog } from './audit-log.js';
import type { CallRepository } from './call-repository.js';
import type { AthleteRepository } from './athlete-repository.js';
import type {
  ActivityRepository,
  CheckinRepository,
  DecisionRepository,
  FitnessRepository,
  GoalRepository,
  ProcessedEventRepository,
} from './history-repositories.js';
import type { InboxRepository } from './inbox.js';
import type { OutboxRepository } from './outbox.js';
import type { PlanRepository } from './plan-repository.js';
import type { RunnerRecords } from './runner-records.js';
import type { RunnerTokenRepository } from './runner-token-repository.js';

/** Every repository the coach loop uses, over one database (or one transaction of it). */
export interface Repositories {
  readonly athletes: AthleteRepository;
  readonly activities: ActivityRepository;
  readonly checkins: CheckinRepository;
  readonly decisions: DecisionRepository;
  readonly fitness: FitnessRepository;
  readonly goals: GoalRepository;
  readonly events: ProcessedEventRepository;
  readonly plans: PlanRepository;
  /** Messages to send, enqueued with the facts they report (`outbox.ts`). */
  readonly outbox: OutboxRepository;
  /** Updates received and not yet handled, deduplicated (`inbox.ts`). */
  readonly inbox: InboxRepository;
  /** Phone calls: place in the session, last cue, reports (`call-repository.ts`). */
  readonly calls: CallRepository;
  /** Runner-scoped API tokens, stored as hashes (`runner-token-repository.ts`). */
  readonly tokens: RunnerTokenRepository;
  /** Exports and deletes: who, what, which runner, when (`audit-log.ts`). */
  readonly audit: AuditLog;
  /** The runner's outbox and inbox rows, for their export (`runner-records.ts`). */
  readonly records: RunnerRecords;
}

/**
 * Runs a use case's writes as one unit: all of them land, or none does (a runner never ends up with half
 * a logged run). A thrown error rolls back. Inside the unit, calls run in the order they are made, awaited
 * or not: a read asked for right after a write (`Promise.all([add(x), list()])`) sees it, and both go to
 * the database together (`test/db/repositories/call-order.test.ts`).
 */
export interface UnitOfWork {
  run<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
}
