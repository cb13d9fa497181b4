/**
 * The inbox worker: claims stored updates (`InboxRepository.claimNext`: one chat's in the order they were
 * received, under a lease), hands each to `handle` (the bot's `handleUpdate`) and marks it done, which
 * drops its payload. A handler that throws is tried again after a backoff (`rules/delivery/retry-policy.ts`'s
 * `backoffMs`) until `maxAttempts`, then given up (`dead`); the chat's later updates wait meanwhile.
 *
 * Handling is at least once: a worker that dies mid-handling leaves the update to be handled again when its
 * lease ends (the handler dedupes what must not happen twice: the outbox, processed events). An update
 * claimed more than `maxAttempts` times (its workers kept dying) is given up without handling.
 * Logs carry the row id, attempt and codes, never the payload or the chat.
 *
 * @example
 * const worker = createInboxWorker({ inbox: repos.inbox, handle: (u) => bot.handleUpdate(u.payload), clock });
 * worker.start();            // polls every `pollMs`
 * worker.notify();           // after a webhook stored an update: look now
 * await worker.stop();
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../ports/clock.js';
import type { InboxRepository, StoredUpdate } from '../ports/inbox.js';
import { backoffMs } from '../rules/delivery/retry-policy.js';
import {
  createPollLoop,
  CLAIM_DEFAULTS,
  silentLogger,
  type DeliveryLogger,
  type PollLoop,
} from './poll-loop.js';

export interface InboxWorkerDeps {
  readonly inbox: InboxRepository;
  /** Handles one update (resolves when done); a throw is a failure, retried later. */
  readonly handle: (update: StoredUpdate) => Promise<void>;
  readonly clock: Clock;
  readonly logger?: DeliveryLogger;
  /** Who claims (default: a random id per worker). */
  readonly workerId?: string;
  /** How long a claim holds, ms (default 5 minutes): it must outlast a handler by far. */
  readonly leaseMs?: number;
  /** How often `start()` looks for due updates without a `notify()`, ms (default 1 s). */
  readonly pollMs?: number;
  /** Most updates one `runOnce` handles, count (default 100), so one pass always ends. */
  readonly batch?: number;
  /** Attempts before a failing update is given up, count (default 5: about 15 s of backoff). */
  readonly maxAttempts?: number;
}

/** What one pass did, counted by outcome. */
export interface WorkerPass {
  readonly handled: number;
  readonly retried: number;
  readonly dead: number;
}

export interface InboxWorker extends PollLoop {
  /** Handles every due update (up to `batch`), then returns what happened. */
  runOnce(): Promise<WorkerPass>;
}

const DEFAULT_MAX_ATTEMPTS = 5;

const STABLE_CODE = /^[A-Z][A-Z0-9_]*$/;

/** A failure's stable code: the error's own `code` when it is one, else its class name (never its message). */
function failureCode(error: unknown): string {
  if (!(error instanceof Error)) return 'HANDLER_FAILED';
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && STABLE_CODE.test(code) ? code : error.name;
}

export function createInboxWorker(deps: InboxWorkerDeps): InboxWorker {
  const { inbox, clock } = deps;
  const logger = deps.logger ?? silentLogger;
  const workerId = deps.workerId ?? `inbox-${randomUUID()}`;
  const leaseMs = deps.leaseMs ?? CLAIM_DEFAULTS.leaseMs;
  const pollMs = deps.pollMs ?? CLAIM_DEFAULTS.pollMs;
  const batch = deps.batch ?? CLAIM_DEFAULTS.batch;
  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;

  /** The lease ended before the outcome was recorded: another worker has the row (it may handle it again). */
  function leaseLost(fields: object): void {
    logger.warn({ ...fields, error: 'LEASE_LOST' }, 'inbox claim lost before its outcome was recorded');
  }

  async function giveUp(claimed: StoredUpdate, fields: object, error: string): Promise<'dead'> {
    if (!(await inbox.markDead(claimed.id, workerId, error))) leaseLost(fields);
    logger.error({ ...fields, error }, 'inbox update given up');
    return 'dead';
  }

  async function handleOne(claimed: StoredUpdate): Promise<keyof WorkerPass> {
    const fields = { inboxId: claimed.id, source: claimed.source, attempt: claimed.attempts };
    if (claimed.attempts > maxAttempts) return giveUp(claimed, fields, 'TOO_MANY_ATTEMPTS');
    let failure: string | undefined;
    try {
      await deps.handle(claimed);
    } catch (error) {
      failure = failureCode(error);
    }
    const now = clock.now();
    if (failure === undefined) {
      if (!(await inbox.markDone(claimed.id, workerId, now))) leaseLost(fields);
      else logger.info(fields, 'inbox update handled');
      return 'handled';
    }
    if (claimed.attempts >= maxAttempts) return giveUp(claimed, fields, failure);
    const delayMs = backoffMs(claimed.attempts, claimed.id);
    if (!(await inbox.markRetry(claimed.id, workerId, new Date(now.getTime() + delayMs), failure)))
      leaseLost(fields);
    logger.warn({ ...fields, error: failure, delayMs }, 'inbox update retried later');
    return 'retried';
  }

  async function runOnce(): Promise<WorkerPass> {
    const pass = { handled: 0, retried: 0, dead: 0 };
    for (let i = 0; i < batch; i++) {
      const claimed = await inbox.claimNext(workerId, clock.now(), leaseMs);
      if (!claimed) break;
      pass[await handleOne(claimed)]++;
    }
    return pass;
  }

  return { runOnce, ...createPollLoop(runOnce, { pollMs, logger, name: 'inbox' }) };
}
