/** The inbox worker over a real inbox (PGlite and PostgreSQL) and a scripted handler, on an injected clock. */
import { expect, it } from 'vitest';
import { createInboxWorker, type InboxWorkerDeps } from '../../../coach/delivery/inbox-worker.js';
import type { InboundUpdate, StoredUpdate } from '../../../coach/ports/inbox.js';
import { createRepositories } from '../../../db/repositories/index.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { manualClock, recordingLogger } from '../../helpers/delivery.js';

const T0 = new Date('2026-12-01T08:00:00.000Z');

function update(key: number, chat: string | null): InboundUpdate {
  return { source: 'telegram', key: String(key), chat, payload: { text: `secret ${key}` }, at: T0 };
}

/** Fails the update `key`'s calls with its scripted errors in turn (then succeeds), recording the keys handled. */
function scriptedHandler(failures: Record<string, Error[]> = {}) {
  const handled: string[] = [];
  const calls: string[] = [];
  const handle = (u: StoredUpdate): Promise<void> => {
    calls.push(u.key);
    const error = failures[u.key]?.shift();
    if (error) return Promise.reject(error);
    handled.push(u.key);
    return Promise.resolve();
  };
  return { handle, handled, calls };
}

/** An error with a stable code, as the database driver and HTTP clients throw them. */
function coded(code: string): Error {
  return Object.assign(new Error('text of the runner 4915112345678'), { code });
}

describeEachDatabase('inbox worker', (ctx) => {
  const inbox = () => createRepositories(ctx.handle.db).inbox;
  function worker(
    handle: InboxWorkerDeps['handle'],
    clock: { now(): Date },
    extra: Partial<InboxWorkerDeps> = {},
  ) {
    return createInboxWorker({ inbox: inbox(), handle, clock, workerId: 'worker-1', ...extra });
  }

  it("handles each chat's updates in receive order, marks them done and drops their payloads", async () => {
    const { handle, handled } = scriptedHandler();
    for (const [key, chat] of [
      [5, 'A'],
      [2, 'B'],
      [9, 'A'],
      [1, null],
      [3, 'A'],
    ] as const)
      await inbox().receive(update(key, chat));
    const pass = await worker(handle, manualClock(T0)).runOnce();
    expect(pass).toEqual({ handled: 5, retried: 0, dead: 0 });
    expect(handled.filter((k) => ['5', '9', '3'].includes(k))).toEqual(['5', '9', '3']);
    expect(handled).toHaveLength(5);
    const done = await inbox().findByKey('telegram', '9');
    expect(done).toMatchObject({ status: 'done', payload: null, attempts: 1 });
    expect(done!.handledAt).toEqual(T0);
  });

  it('the handler gets the stored update with its payload', async () => {
    const seen: StoredUpdate[] = [];
    await inbox().receive(update(1, 'A'));
    await worker((u) => Promise.resolve(void seen.push(u)), manualClock(T0)).runOnce();
    expect(seen).toMatchObject([{ key: '1', chat: 'A', payload: { text: 'secret 1' }, status: 'handling' }]);
  });

  it('a throwing handler is retried after a growing backoff; the chat waits, other chats go', async () => {
    const clock = manualClock(T0);
    const { handle, handled, calls } = scriptedHandler({ 1: [coded('ECONNRESET'), new TypeError('boom')] });
    await inbox().receive(update(1, 'A'));
    await inbox().receive(update(2, 'A'));
    await inbox().receive(update(3, 'B'));
    const w = worker(handle, clock);
    expect(await w.runOnce()).toEqual({ handled: 1, retried: 1, dead: 0 });
    expect(handled).toEqual(['3']);
    const first = await inbox().findByKey('telegram', '1');
    expect(first).toMatchObject({ status: 'failed', lastError: 'ECONNRESET', attempts: 1 });
    const firstDelay = first!.nextAttemptAt.getTime() - clock.now().getTime();
    expect(firstDelay).toBeGreaterThan(0);
    expect(await w.runOnce()).toEqual({ handled: 0, retried: 0, dead: 0 }); // not due yet
    clock.set(first!.nextAttemptAt);
    expect(await w.runOnce()).toEqual({ handled: 0, retried: 1, dead: 0 });
    const second = await inbox().findByKey('telegram', '1');
    expect(second).toMatchObject({ status: 'failed', lastError: 'TypeError', attempts: 2 });
    expect(second!.nextAttemptAt.getTime() - clock.now().getTime()).toBeGreaterThan(firstDelay);
    clock.set(second!.nextAttemptAt);
    expect(await w.runOnce()).toEqual({ handled: 2, retried: 0, dead: 0 });
    expect(calls).toEqual(['1', '3', '1', '1', '2']);
    expect(handled).toEqual(['3', '1', '2']);
  });

  it('after maxAttempts failures the update is given up (logged by code, never its payload); the chat goes on', async () => {
    const clock = manualClock(T0);
    const { logger, lines } = recordingLogger();
    const { handle, handled } = scriptedHandler({ 1: [1, 2, 3].map(() => coded('HTTP_502')) });
    await inbox().receive(update(1, '4915112345678'));
    await inbox().receive(update(2, '4915112345678'));
    const w = worker(handle, clock, { maxAttempts: 3, logger });
    const passes = [];
    for (let i = 0; i < 3; i++) {
      passes.push(await w.runOnce());
      clock.advance(3_600_000);
    }
    // Retried twice; the third failure gives it up, and the chat's next update goes in the same pass.
    expect(passes).toEqual([
      { handled: 0, retried: 1, dead: 0 },
      { handled: 0, retried: 1, dead: 0 },
      { handled: 1, retried: 0, dead: 1 },
    ]);
    expect(await inbox().findByKey('telegram', '1')).toMatchObject({
      status: 'dead',
      lastError: 'HTTP_502',
      attempts: 3,
      payload: null,
    });
    expect(handled).toEqual(['2']);
    const logged = JSON.stringify(lines);
    expect(logged).toContain('HTTP_502');
    expect(logged).not.toContain('secret');
    expect(logged).not.toContain('4915112345678');
  });

  it('an update whose workers kept dying is given up without handling once past maxAttempts', async () => {
    const clock = manualClock(T0);
    const leaseMs = 1000;
    await inbox().receive(update(1, 'A'));
    // Two workers claimed it and died (their leases ran out).
    for (const dead of ['crashed-1', 'crashed-2']) {
      await inbox().claimNext(dead, clock.now(), leaseMs);
      clock.advance(leaseMs);
    }
    const { handle, calls } = scriptedHandler();
    expect(await worker(handle, clock, { maxAttempts: 2, leaseMs }).runOnce()).toEqual({
      handled: 0,
      retried: 0,
      dead: 1,
    });
    expect(calls).toEqual([]);
    expect(await inbox().findByKey('telegram', '1')).toMatchObject({
      status: 'dead',
      lastError: 'TOO_MANY_ATTEMPTS',
    });
  });

  it('a handler that outlasts its lease does not overwrite the new claimer: logged LEASE_LOST', async () => {
    const clock = manualClock(T0);
    const leaseMs = 10_000;
    const { logger, lines } = recordingLogger();
    await inbox().receive(update(1, 'A'));
    let otherClaim: StoredUpdate | undefined;
    const slow = async () => {
      clock.advance(leaseMs);
      otherClaim = await inbox().claimNext('other', clock.now(), leaseMs);
    };
    await worker(slow, clock, { leaseMs, logger }).runOnce();
    expect(otherClaim?.key).toBe('1');
    expect(await inbox().findByKey('telegram', '1')).toMatchObject({
      status: 'handling',
      claimedBy: 'other',
    });
    expect(JSON.stringify(lines)).toContain('LEASE_LOST');
  });

  it('start() handles what notify() announces, and stop() ends the loop', async () => {
    let arrived!: (key: string) => void;
    const handledKey = new Promise<string>((resolve) => (arrived = resolve));
    const w = worker((u) => Promise.resolve(arrived(u.key)), manualClock(T0), { pollMs: 3_600_000 });
    w.start();
    await inbox().receive(update(1, 'A'));
    w.notify();
    expect(await handledKey).toBe('1');
    await w.stop();
    expect(await inbox().findByKey('telegram', '1')).toMatchObject({ status: 'done' });
  });
});
