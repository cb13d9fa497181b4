/**
 * The outbox port: every message the coach decided to send is a row, written in the same unit of work as
 * the facts it reports, and delivered later by the outbox sender (`coach/delivery/outbox-sender.ts`). A
 * process kill between commit and send loses nothing; a row is claimed under a lease so two senders never
 * send it at the same time, and a destination's rows go out in their order.
 */
import type { Reply, WordingRequest } from '../prompts/coach-message.js';

/** The channels the outbox delivers on (another channel is one more name here and a transport). */
export type DeliveryChannel = 'telegram';

/** Where a message goes: the channel and the address on it (a Telegram chat id, as a string). */
export interface Destination {
  readonly channel: DeliveryChannel;
  readonly destination: string;
}

/**
 * `pending` never tried; `sending` claimed by a sender (until its lease ends); `sent`; `failed` tried and
 * due again at `nextAttemptAt`; `dead` given up (refused, too many attempts, or the destination blocked us).
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'dead';

/**
 * What the sender words: the decided message with the runner's persona, units, name and the turn's tone,
 * taken when it was enqueued, so wording never reads the runner again (they may be gone by then).
 */
export type OutboxPayload = WordingRequest;

export interface NewOutboxMessage extends Destination {
  /** The runner it is for; null when they deleted themselves in the same turn (the goodbye still goes). */
  readonly athleteId: string | null;
  readonly payload: OutboxPayload;
  /** When it was decided: created and first due then (the coach's clock, not the database's). */
  readonly at: Date;
}

export interface OutboxMessage extends Destination {
  readonly id: string;
  readonly athleteId: string | null;
  /** Order within the destination: 1, 2, 3… in the order the rows were enqueued. */
  readonly sequence: number;
  readonly payload: OutboxPayload;
  /** The words, stored the first time they are made, so a retry resends the same words. */
  readonly worded: Reply | null;
  readonly status: OutboxStatus;
  /** Claims so far (a claim is an attempt, even when the sender dies before sending). */
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  /** The last failure's stable code (e.g. `HTTP_429`, `HTTP_502`, `NETWORK`, `DESTINATION_INACTIVE`). */
  readonly lastError: string | null;
  readonly claimedBy: string | null;
  readonly claimedUntil: Date | null;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
}

/**
 * The outbox. `enqueue` is meant to be called on the repositories of a unit of work, so the rows commit or
 * roll back with the facts; the `mark…` calls take the claimer's id and change nothing (false) when the
 * row is no longer claimed by it (its lease ran out and another sender took it).
 */
export interface OutboxRepository {
  /**
   * Adds messages, each after the destination's last one. A message for a destination that blocked us is
   * stored `dead` (`DESTINATION_INACTIVE`) and never sent.
   */
  enqueue(messages: readonly NewOutboxMessage[]): Promise<readonly OutboxMessage[]>;
  /**
   * Claims the oldest due message whose destination has nothing earlier still unsent (`pending`,
   * `sending`, `failed`), or a `sending` one whose lease ended before `now` (its sender died). Marks it
   * `sending` by `workerId` until `now + leaseMs`, counts the attempt. Concurrent claimers never get the
   * same row (`FOR UPDATE SKIP LOCKED`).
   */
  claimNext(workerId: string, now: Date, leaseMs: number): Promise<OutboxMessage | undefined>;
  /** Stores the words for a claimed message. */
  saveWorded(id: string, workerId: string, worded: Reply): Promise<boolean>;
  markSent(id: string, workerId: string, at: Date): Promise<boolean>;
  /** Due again at `nextAt` after the failure `error`. */
  markRetry(id: string, workerId: string, nextAt: Date, error: string): Promise<boolean>;
  markDead(id: string, workerId: string, error: string): Promise<boolean>;
  /**
   * The destination blocked us (Telegram 403): remembered as inactive, and its unsent messages are marked
   * `dead` with `error`. Until `reactivate`, messages enqueued for it are stored dead.
   */
  markDestinationInactive(destination: Destination, at: Date, error: string): Promise<void>;
  /** The runner wrote from the destination again: it is reachable, new messages go out. */
  reactivate(destination: Destination): Promise<void>;
  isInactive(destination: Destination): Promise<boolean>;
  findById(id: string): Promise<OutboxMessage | undefined>;
}
