/** What the delivery loops' tests share (outbox sender, inbox worker): a clock moved by hand, a logger that records. */
import type { DeliveryLogger } from '../../coach/delivery/poll-loop.js';

/** A clock the test moves by hand, starting at `start`. */
export function manualClock(start: Date) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    set: (at: Date) => (now = at.getTime()),
    advance: (ms: number) => (now += ms),
  };
}

/** A logger keeping every line (fields and message), to check what is and is not logged. */
export function recordingLogger() {
  const lines: unknown[] = [];
  const log = (fields: object, msg: string) => lines.push({ ...fields, msg });
  const logger: DeliveryLogger = { info: log, warn: log, error: log };
  return { logger, lines };
}
