/**
 * Telegram as a whole: the bot, a durable inbox in front of it and the outbox sender behind it.
 *
 * - `receive(update)` stores an update once (dedupe on `update_id`: a repeat is answered and changes
 *   nothing) and returns at once, so the webhook answers within Telegram's timeout however slow the turn
 *   or the wording is. Polling mode stores what `getUpdates` returns the same way (`run-bot.ts`).
 * - The inbox worker hands stored updates to the bot one chat at a time, in order; a process killed while
 *   handling one handles it again after restart (its replies are keyed on the update id, so none twice).
 * - The bot enqueues every reply in the outbox with the facts it reports; the sender words each once and
 *   sends it with an API client that retries nothing itself (429 `retry_after`, 5xx and network errors
 *   come back to the outbox's retry policy; 403 stops the chat).
 */
import { Api, Bot, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { ChartRenderer } from '../../coach/charts/render-png.js';
import type { CoachDeps } from '../../coach/coach-deps.js';
import { createInboxWorker, type InboxWorker } from '../../coach/delivery/inbox-worker.js';
import { createOutboxSender, type OutboxSender } from '../../coach/delivery/outbox-sender.js';
import { wordOutboxMessage } from '../../coach/delivery/word-outbox-message.js';
import type { Clock } from '../../coach/ports/clock.js';
import type { BotContext } from './context.js';
import type { BotDeps } from './deps.js';
import { createBot } from './index.js';
import { telegramTransport } from './outbox-transport.js';
import { chatOfUpdate, withoutNul } from './update-shape.js';

export interface TelegramChannelDeps {
  readonly token: string;
  readonly coach: CoachDeps;
  readonly logger: Logger;
  /** Bot API root; default https://api.telegram.org. */
  readonly apiRoot?: string;
  /** Known bot identity: skips `getMe` (tests). */
  readonly botInfo?: UserFromGetMe;
  /** The process's one chart renderer (shared with the HTTP route); default: one of its own. */
  readonly charts?: ChartRenderer;
  /** Installed on every Bot API client this channel makes (tests record calls this way). */
  readonly transformers?: readonly Transformer[];
  /** The delivery clock; default the coach's. */
  readonly clock?: Clock;
  /** How often the worker and the sender look without being told, ms (default 1 s). */
  readonly pollMs?: number;
  /** Names this process's claims in the inbox and outbox (default a random id each). */
  readonly workerId?: string;
  /**
   * Updates handled and messages sent at the same time, count (default 1): more lets one slow turn or
   * send not hold up other chats on PostgreSQL; one chat's updates and replies still go strictly in order
   * (the claims see to it). On PGlite (one connection) more lanes only contend: measured slower.
   */
  readonly lanes?: number;
  /** The browser call page's link maker, for `/call` (absent: not configured). */
  readonly callLink?: BotDeps['callLink'];
}

export interface TelegramChannel {
  readonly bot: Bot<BotContext>;
  readonly sender: OutboxSender;
  readonly worker: InboxWorker;
  /** Stores an update for handling: `duplicate` when this update id was stored before. */
  receive(update: { readonly update_id: number }): Promise<'stored' | 'duplicate'>;
  /** Handles what is stored and sends what is due until neither has anything left (tests, a last pass). */
  drain(): Promise<void>;
  /** Runs the workers and the senders (`lanes` of each) in the background. */
  start(): void;
  /** Stops both after the pass under way. */
  stop(): Promise<void>;
  /**
   * A bot that only receives, for long polling: grammY's polling loop with every update stored in the
   * inbox (`getUpdates` confirms an update only after its batch was stored, so a kill loses none).
   */
  pollingReceiver(): Bot<BotContext>;
}

/** Tries to store one polled update before polling stops: about a minute of waits (1, 2, 4, 8, 16, 16 s). */
const RECEIVE_ATTEMPTS = 7;

/** Lanes by default (see `lanes`). */
const DEFAULT_LANES = 1;

/** Wakes one loop per call, in turn: a busy one runs another pass when its current one ends. */
function roundRobin(loops: readonly { notify(): void }[]): { notify(): void } {
  let next = 0;
  return {
    notify() {
      loops[next]!.notify();
      next = (next + 1) % loops.length;
    },
  };
}

/** Passes `drain` makes at most (each handles up to a batch of updates and messages). */
const MAX_DRAIN_PASSES = 50;

export function createTelegramChannel(deps: TelegramChannelDeps): TelegramChannel {
  const clock = deps.clock ?? deps.coach.clock;
  const logger = deps.logger;
  const senderApi = new Api(deps.token, deps.apiRoot ? { apiRoot: deps.apiRoot } : undefined);
  for (const t of deps.transformers ?? []) senderApi.config.use(t);
  const lanes = Math.max(1, deps.lanes ?? DEFAULT_LANES);
  const lane = (part: string, i: number) =>
    deps.workerId === undefined ? {} : { workerId: `${deps.workerId}:${part}${i === 0 ? '' : `:${i}`}` };
  const senders = Array.from({ length: lanes }, (_, i) =>
    createOutboxSender({
      outbox: deps.coach.repositories.outbox,
      transport: telegramTransport(senderApi),
      word: wordOutboxMessage(deps.coach.wording),
      clock,
      logger: logger.child({ part: 'outbox' }),
      ...(deps.pollMs !== undefined ? { pollMs: deps.pollMs } : {}),
      ...lane('outbox', i),
    }),
  );
  const sender = senders[0]!;
  const bot = createBot({
    token: deps.token,
    coach: deps.coach,
    logger,
    outbox: roundRobin(senders),
    ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}),
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    ...(deps.charts ? { charts: deps.charts } : {}),
    ...(deps.callLink ? { callLink: deps.callLink } : {}),
  });
  for (const t of deps.transformers ?? []) bot.api.config.use(t);
  const inbox = deps.coach.repositories.inbox;
  const workers = Array.from({ length: lanes }, (_, i) =>
    createInboxWorker({
      inbox,
      handle: (stored) => bot.handleUpdate(stored.payload as Parameters<typeof bot.handleUpdate>[0]),
      clock,
      logger: logger.child({ part: 'inbox' }),
      ...(deps.pollMs !== undefined ? { pollMs: deps.pollMs } : {}),
      ...lane('inbox', i),
    }),
  );
  const worker = workers[0]!;
  const wakeWorker = roundRobin(workers);

  async function receive(update: { readonly update_id: number }): Promise<'stored' | 'duplicate'> {
    const chat = chatOfUpdate(update);
    const stored = await inbox.receive({
      source: 'telegram',
      key: String(update.update_id),
      chat: chat === undefined ? null : String(chat),
      payload: withoutNul(update),
      at: clock.now(),
    });
    if (stored === 'stored') wakeWorker.notify();
    return stored;
  }

  return {
    bot,
    sender,
    worker,
    receive,
    async drain() {
      for (let i = 0; i < MAX_DRAIN_PASSES; i++) {
        const handled = await worker.runOnce();
        const sent = await sender.runOnce();
        const did = handled.handled + handled.retried + handled.dead;
        if (did + sent.sent + sent.retried + sent.dead + sent.stopped === 0) return;
      }
    },
    start() {
      for (const loop of [...workers, ...senders]) loop.start();
    },
    async stop() {
      await Promise.all(workers.map((w) => w.stop()));
      await Promise.all(senders.map((s) => s.stop()));
    },
    pollingReceiver() {
      const receiver = new Bot<BotContext>(deps.token, {
        botInfo: bot.botInfo,
        ...(deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {}),
      });
      for (const t of deps.transformers ?? []) receiver.api.config.use(t);
      receiver.use(async (ctx) => {
        // The batch is confirmed only after this resolves: while the database is away, wait and try again
        // rather than let grammY skip the update; after about a minute give up (polling stops, logged).
        for (let attempt = 1; ; attempt++) {
          try {
            await receive(ctx.update);
            return;
          } catch (error) {
            if (attempt >= RECEIVE_ATTEMPTS) throw error;
            logger.warn({ updateId: ctx.update.update_id, attempt }, 'could not store an update: retrying');
            await new Promise((resolve) => setTimeout(resolve, Math.min(16_000, 500 * 2 ** attempt)));
          }
        }
      });
      return receiver;
    },
  };
}
