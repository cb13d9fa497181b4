/**
 * The inbox port: every update a channel receives (a Telegram webhook call, a polled update) is stored
 * once, durably, before it is answered, and handed to the bot later by the inbox worker
 * (`coach/delivery/inbox-worker.ts`). A slow LLM never holds the channel's request open, a repeated
 * delivery changes nothing (dedupe on `(source, key)`), a process kill between answer and handling loses
 * nothing, and one chat's updates are handled one at a time in the order they were received.
 */

/** An update as a channel received it. */
export interface InboundUpdate {
  /** The channel it came on (`telegram`). */
  readonly source: string;
  /** Its identity on the channel, for dedupe (Telegram: `String(update_id)`). */
  readonly key: string;
  /** The chat it belongs to, as text, for ordering; null when it has none (handled in no order). */
  readonly chat: string | null;
  /** The update as received (JSON); dropped once handled or given up. */
  readonly payload: unknown;
  /** When it was received (the coach's clock): stored then, and first due then. */
  readonly at: Date;
}

/**
 * `pending` never tried; `handling` claimed by a worker (until its lease ends); `done`; `failed` tried and
 * due again later; `dead` given up (too many attempts, or the chat was forgotten).
 */
export type InboxStatus = 'pending' | 'handling' | 'done' | 'failed' | 'dead';

export interface StoredUpdate extends InboundUpdate {
  readonly id: string;
  /** Receive order (one counter for the table): a chat's updates are handled in this order. */
  readonly sequence: number;
  readonly status: InboxStatus;
  /** Claims so far (a claim is an attempt, even when the worker dies before handling it). */
  readonly attempts: number;
  /** When it is due (again): its receive time, or after a failure the retry's time. */
  readonly nextAttemptAt: Date;
  /** The last failure's stable code (the handler's error name, `FORGOTTEN`…). */
  readonly lastError: string | null;
  readonly claimedBy: string | null;
  readonly claimedUntil: Date | null;
  readonly handledAt: Date | null;
}

/**
 * The inbox. The `mark…` calls take the claimer's id and change nothing (false) when the row is no longer
 * claimed by it (its lease ran out and another worker took it).
 */
export interface InboxRepository {
  /**
   * Stores an update once: `stored`, or `duplicate` when `(source, key)` is already there (whatever its
   * status). Safe when two processes receive the same update at once (one stores it).
   */
  receive(update: InboundUpdate): Promise<'stored' | 'duplicate'>;
  /**
   * Claims the oldest due update whose chat has nothing earlier unfinished (`pending`, `handling`,
   * `failed`), or a `handling` one whose lease ended before `now` (its worker died). Marks it `handling` by
   * `workerId` until `now + leaseMs` and counts the attempt. Concurrent claimers never get the same row.
   */
  claimNext(workerId: string, now: Date, leaseMs: number): Promise<StoredUpdate | undefined>;
  /** Handled at `at`: the payload is dropped (the message is not kept once handled; the key stays for dedupe). */
  markDone(id: string, workerId: string, at: Date): Promise<boolean>;
  /** Due again at `nextAt` after the failure `error` (a stable code). */
  markRetry(id: string, workerId: string, nextAt: Date, error: string): Promise<boolean>;
  /** Given up after the failure `error`: the payload is dropped too. */
  markDead(id: string, workerId: string, error: string): Promise<boolean>;
  findByKey(source: string, key: string): Promise<StoredUpdate | undefined>;
  /**
   * Removes what is stored for a chat (a runner's delete): every update of it loses its payload and its
   * chat; the unhandled ones are given up (`dead`, `FORGOTTEN`). The keys stay, so a repeated delivery is
   * still a duplicate; an update being handled stays claimed, so its worker can still mark it done.
   */
  forgetChat(source: string, chat: string): Promise<void>;
}
