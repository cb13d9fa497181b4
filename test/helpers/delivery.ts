/**
 * What the delivery tests share (outbox and inbox): a clock moved by hand, a logger that records, two
 * processes on one PostgreSQL, and concurrent claims.
 */
import { afterAll, beforeAll } from 'vitest';
import type { DeliveryLogger } from '../../coach/delivery/poll-loop.js';
import type { Repositories, UnitOfWork } from '../../coach/ports/repositories.js';
import { createDatabase, type DatabaseHandle } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { createScratchPostgres, type Engine } from './database.js';

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

/**
 * Two processes on one PostgreSQL: a fresh database migrated once, opened through two pools (two
 * connections each), for the suite's tests; closed and dropped after.
 */
export function useTwoProcesses(): { readonly handles: () => readonly [DatabaseHandle, DatabaseHandle] } {
  let drop: (() => Promise<void>) | undefined;
  let pair: [DatabaseHandle, DatabaseHandle] | undefined;
  beforeAll(async () => {
    const scratch = await createScratchPostgres();
    drop = scratch.drop;
    pair = [
      await createDatabase({ url: scratch.url, maxConnections: 2 }),
      await createDatabase({ url: scratch.url, maxConnections: 2 }),
    ];
    await migrateDatabase(pair[0]);
  });
  afterAll(async () => {
    for (const handle of pair ?? []) await handle.close();
    await drop?.();
  });
  return {
    handles() {
      if (!pair) throw new Error('databases not open yet: use them inside a test');
      return pair;
    },
  };
}

/**
 * Three claims while the first is held: the first claimer's transaction stays open (its row locked) until
 * the second and third have claimed in theirs. On PGlite (one connection) the three simply take turns.
 */
export async function claimWhileFirstHeld<T>(
  unit: UnitOfWork,
  engine: Engine,
  claim: (repos: Repositories, workerId: string) => Promise<T>,
): Promise<readonly T[]> {
  if (engine !== 'postgres') return Promise.all(['w1', 'w2', 'w3'].map((w) => unit.run((r) => claim(r, w))));
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let claimedFirst!: () => void;
  const firstClaimed = new Promise<void>((resolve) => (claimedFirst = resolve));
  const first = unit.run(async (r) => {
    const row = await claim(r, 'w1');
    claimedFirst();
    await held;
    return row;
  });
  await firstClaimed;
  const second = await unit.run((r) => claim(r, 'w2'));
  const third = await unit.run((r) => claim(r, 'w3'));
  release();
  return [await first, second, third];
}
