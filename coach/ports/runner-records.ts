/**
 * The runner's rows in the delivery tables, read for their export only: the outbox (what the coach sent or
 * will send them), the inbox (the Telegram updates received from their chat and not yet forgotten) and
 * the nightly adaptation's runs for them, and their chat when it blocked the bot.
 */
export interface OutboxRecord {
  readonly id: string;
  readonly channel: string;
  readonly destination: string;
  readonly sequence: number;
  readonly payload: unknown;
  readonly worded: unknown;
  readonly status: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly sentAt: Date | null;
}

export interface InboxRecord {
  readonly id: string;
  readonly source: string;
  readonly key: string;
  readonly chat: string | null;
  readonly sequence: number;
  readonly payload: unknown;
  readonly status: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly receivedAt: Date;
  readonly handledAt: Date | null;
}

/** One night's adaptation run for the runner: the local date it settled and what it came to. */
export interface NightlyRunRecord {
  readonly id: string;
  readonly localDate: string;
  readonly status: string;
  readonly attempts: number;
  /** Decisions it stored (null until done). */
  readonly decisions: number | null;
  readonly lastError: string | null;
  readonly createdAt: Date;
  readonly doneAt: Date | null;
}

/** A chat of theirs that blocked the bot (Telegram 403): nothing is sent there until they write again. */
export interface InactiveDestinationRecord {
  readonly channel: string;
  readonly destination: string;
  readonly since: Date;
  /** The code that made it inactive (e.g. HTTP_403). */
  readonly reason: string;
}

export interface RunnerRecords {
  /** Oldest first. */
  outbox(athleteId: string): Promise<OutboxRecord[]>;
  /** The updates of one chat on a channel (`telegram`, the chat id as text), oldest first. */
  inbox(source: string, chat: string): Promise<InboxRecord[]>;
  /** The chat on a channel (`telegram`, the chat id as text) as kept inactive: none or one. */
  inactiveDestination(channel: string, destination: string): Promise<InactiveDestinationRecord[]>;
  /** The nightly adaptation's runs for the runner, oldest date first. */
  nightlyRuns(athleteId: string): Promise<NightlyRunRecord[]>;
}
