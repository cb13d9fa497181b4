/**
 * The loop the outbox sender and the inbox worker share: runs `pass` every `pollMs`, at once after
 * `notify()`, until `stop()`. A pass that throws is logged (the error's name only) and the loop goes on.
 *
 * @example
 * const loop = createPollLoop(runOnce, { pollMs: 1000, logger, name: 'outbox' });
 * loop.start();
 * loop.notify(); // something new: run a pass now (or right after the one under way)
 * await loop.stop();
 */

/** A pino-compatible logger (fields first, then the message). */
export interface DeliveryLogger {
  info(fields: object, msg: string): void;
  warn(fields: object, msg: string): void;
  error(fields: object, msg: string): void;
}

export const silentLogger: DeliveryLogger = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * Defaults shared by the claimers (inbox worker, outbox sender): a claim holds 5 minutes (far longer than
 * one handling or send), a loop looks every second without a `notify()`, a pass takes at most 100 rows.
 */
export const CLAIM_DEFAULTS = { leaseMs: 5 * 60_000, pollMs: 1000, batch: 100 } as const;

export interface PollLoopOptions {
  /** Time between passes without a `notify()`, ms. */
  readonly pollMs: number;
  readonly logger: DeliveryLogger;
  /** What the loop runs, for the log line of a failed pass (`outbox`, `inbox`). */
  readonly name: string;
}

export interface PollLoop {
  /** Runs passes until `stop()`: every `pollMs`, and at once after `notify()`. */
  start(): void;
  /** Run a pass now (or right after the one under way). */
  notify(): void;
  /** Ends the loop after the pass under way; resolves when it has ended. */
  stop(): Promise<void>;
}

export function createPollLoop(pass: () => Promise<unknown>, options: PollLoopOptions): PollLoop {
  const { pollMs, logger, name } = options;
  let running = false;
  let again = false;
  let wake: (() => void) | undefined;
  let loop: Promise<void> | undefined;

  async function run(): Promise<void> {
    while (running) {
      again = false;
      try {
        await pass();
      } catch (error) {
        logger.error({ error: error instanceof Error ? error.name : 'unknown' }, `${name} pass failed`);
      }
      if (!running || again) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        timer.unref?.();
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    notify() {
      again = true;
      wake?.();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = undefined;
    },
  };
}
