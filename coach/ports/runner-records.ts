/**
 * The runner's rows in the delivery tables, read for their export only: the outbox (what the coach sent or
 * will send them) and the inbox (the Telegram updates received from their chat and not yet forgotten).
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

export interface RunnerRecords {
  /** Oldest first. */
  outbox(athleteId: string): Promise<OutboxRecord[]>;
  /** The updates of one chat on a channel (`telegram`, the chat id as text), oldest first. */
  inbox(source: string, chat: string): Promise<InboxRecord[]>;
}
