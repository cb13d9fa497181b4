/**
 * The outbox sender: claims due messages (`OutboxRepository.claimNext`, one destination's in order), words
 * each once (the words are stored, so a retry resends the same text: no second LLM call), hands it to the
 * channel's transport and records what came of it through `rules/delivery/retry-policy.ts`: sent, due
 * again later (429 `retry_after`, 5xx and network errors with backoff), given up (400), or the destination
 * stopped (403: marked inactive, its queue dropped).
 *
 * Delivery is at least once: a sender that dies after the transport accepted a message but before
 * `markSent` leaves it to be sent again when its lease ends. The lease must outlast a send by far.
 * Logs carry the row id, attempt and codes, never the text, the destination or anything of the transport.
 *
 * @example
 * const sender = createOutboxSender({ outbox: repos.outbox, transport, word: wordOutboxMessage(wording), clock });
 * sender.start();            // polls every `pollMs`
 * sender.notify();           // after a unit of work enqueued messages: look now
 * await sender.stop();
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../ports/clock.js';
import type { OutboxMessage, OutboxRepository } from '../ports/outbox.js';
import type { Reply } from '../prompts/coach-message.js';
import { nextDeliveryStep, type TransportOutcome } from '../rules/delivery/retry-policy.js';
import {
  createPollLoop,
  CLAIM_DEFAULTS,
  silentLogger,
  type DeliveryLogger,
  type PollLoop,
} from './poll-loop.js';

export type { TransportOutcome } from '../rules/delivery/retry-policy.js';

export type { DeliveryLogger } from './poll-loop.js';

/** A claimed message with its words, as the transport gets it. */
export type WordedOutboxMessage = OutboxMessage & { readonly worded: Reply };

export interface OutboxSenderDeps {
  readonly outbox: OutboxRepository;
  /**
   * Sends one message on its channel and says how it went (a plain function: the Telegram bot passes a
   * `sendMessage` call mapped to an outcome). A thrown error counts as a network error.
   */
  readonly transport: (message: WordedOutboxMessage) => Promise<TransportOutcome>;
  /** Words a message that has no words yet (`wordOutboxMessage(wording)`). */
  readonly word: (message: OutboxMessage) => Promise<Reply>;
  readonly clock: Clock;
  readonly logger?: DeliveryLogger;
  /** Who claims (default: a random id per sender). */
  readonly workerId?: string;
  /** How long a claim holds, ms (default 5 minutes). */
  readonly leaseMs?: number;
  /** How often `start()` looks for due messages without a `notify()`, ms (default 1 s). */
  readonly pollMs?: number;
  /** Most messages one `runOnce` handles, count (default 100), so one pass always ends. */
  readonly batch?: number;
}

/** What one pass did, counted by outcome. */
export interface SenderPass {
  readonly sent: number;
  readonly retried: number;
  readonly dead: number;
  readonly stopped: number;
}

export interface OutboxSender extends PollLoop {
  /** Sends every due message (up to `batch`), then returns what happened. */
  runOnce(): Promise<SenderPass>;
}

export function createOutboxSender(deps: OutboxSenderDeps): OutboxSender {
  const { outbox, clock } = deps;
  const logger = deps.logger ?? silentLogger;
  const workerId = deps.workerId ?? `sender-${randomUUID()}`;
  const leaseMs = deps.leaseMs ?? CLAIM_DEFAULTS.leaseMs;
  const pollMs = deps.pollMs ?? CLAIM_DEFAULTS.pollMs;
  const batch = deps.batch ?? CLAIM_DEFAULTS.batch;

  async function send(message: OutboxMessage): Promise<TransportOutcome> {
    try {
      return await deps.transport(message as WordedOutboxMessage);
    } catch {
      return { kind: 'network-error' };
    }
  }

  /** The stored words, or new ones stored now; undefined when wording failed (retried like a 5xx). */
  async function wordsOf(message: OutboxMessage): Promise<Reply | undefined> {
    if (message.worded) return message.worded;
    try {
      const worded = await deps.word(message);
      await outbox.saveWorded(message.id, workerId, worded);
      return worded;
    } catch {
      return undefined;
    }
  }

  /** The lease ended before the outcome was recorded: another sender has the row (it may send it again). */
  function leaseLost(fields: object): void {
    logger.warn({ ...fields, error: 'LEASE_LOST' }, 'outbox claim lost before its outcome was recorded');
  }

  async function deliver(claimed: OutboxMessage): Promise<keyof SenderPass> {
    const fields = { outboxId: claimed.id, channel: claimed.channel, attempt: claimed.attempts };
    const worded = await wordsOf(claimed);
    const outcome: TransportOutcome = worded
      ? await send({ ...claimed, worded })
      : { kind: 'server-error', status: 500 };
    const next = nextDeliveryStep({ attempts: claimed.attempts, outcome, key: claimed.id });
    const now = clock.now();
    switch (next.step) {
      case 'sent':
        if (!(await outbox.markSent(claimed.id, workerId, now))) leaseLost(fields);
        else logger.info(fields, 'outbox message sent');
        return 'sent';
      case 'retry': {
        const error = worded ? next.error : 'WORDING_FAILED';
        const nextAt = new Date(now.getTime() + next.delayMs);
        if (!(await outbox.markRetry(claimed.id, workerId, nextAt, error))) leaseLost(fields);
        logger.warn({ ...fields, error, delayMs: next.delayMs }, 'outbox message retried later');
        return 'retried';
      }
      case 'dead':
        if (!(await outbox.markDead(claimed.id, workerId, next.error))) leaseLost(fields);
        logger.error({ ...fields, error: next.error }, 'outbox message given up');
        return 'dead';
      case 'stop-destination':
        await outbox.markDestinationInactive(claimed, now, next.error);
        logger.warn({ ...fields, error: next.error }, 'outbox destination stopped: marked inactive');
        return 'stopped';
    }
  }

  async function runOnce(): Promise<SenderPass> {
    const pass = { sent: 0, retried: 0, dead: 0, stopped: 0 };
    for (let i = 0; i < batch; i++) {
      const claimed = await outbox.claimNext(workerId, clock.now(), leaseMs);
      if (!claimed) break;
      pass[await deliver(claimed)]++;
    }
    return pass;
  }

  return { runOnce, ...createPollLoop(runOnce, { pollMs, logger, name: 'outbox' }) };
}
