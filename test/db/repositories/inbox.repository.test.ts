/** Contract of the inbox repository on PGlite and PostgreSQL: dedupe, order per chat, leases, forgetting. */
import { expect, it } from 'vitest';
import type { InboundUpdate } from '../../../coach/ports/inbox.js';
import { createRepositories, createUnitOfWork } from '../../../db/repositories/index.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { claimWhileFirstHeld } from '../../helpers/delivery.js';

const T0 = new Date('2026-12-01T08:00:00.000Z');
const LEASE_MS = 60_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

function update(key: number, chat: string | null, when = T0): InboundUpdate {
  return {
    source: 'telegram',
    key: String(key),
    chat,
    payload: { update_id: key, message: { text: `message ${key}` } },
    at: when,
  };
}

describeEachDatabase('inbox repository contract', (ctx) => {
  const inbox = () => createRepositories(ctx.handle.db).inbox;

  it('stores an update once: a repeated (source, key) is a duplicate, whatever its status', async () => {
    expect(await inbox().receive(update(1, '42'))).toBe('stored');
    expect(await inbox().receive({ ...update(1, '42'), payload: { other: true } })).toBe('duplicate');
    // The same key on another source is another update.
    expect(await inbox().receive({ ...update(1, '42'), source: 'other' })).toBe('stored');
    const stored = await inbox().findByKey('telegram', '1');
    expect(stored).toMatchObject({
      source: 'telegram',
      key: '1',
      chat: '42',
      status: 'pending',
      attempts: 0,
      lastError: null,
      claimedBy: null,
      handledAt: null,
      payload: { update_id: 1, message: { text: 'message 1' } },
    });
    expect(stored!.at).toEqual(T0);
    const claimed = await inbox().claimNext('w1', at(1), LEASE_MS);
    expect(await inbox().markDone(claimed!.id, 'w1', at(2))).toBe(true);
    expect(await inbox().receive(update(1, '42'))).toBe('duplicate');
    expect(await inbox().findByKey('telegram', '1')).toMatchObject({ status: 'done', attempts: 1 });
    expect(await inbox().findByKey('telegram', 'nope')).toBeUndefined();
  });

  it('a duplicate inside a unit of work does not abort it', async () => {
    await inbox().receive(update(1, '42'));
    const outcome = await createUnitOfWork(ctx.handle.db).run(async (r) => {
      const first = await r.inbox.receive(update(1, '42'));
      const second = await r.inbox.receive(update(2, '42'));
      return [first, second];
    });
    expect(outcome).toEqual(['duplicate', 'stored']);
    expect(await inbox().findByKey('telegram', '2')).toMatchObject({ status: 'pending' });
  });

  it('concurrent receives of the same update store it once', async () => {
    const repos = [inbox(), inbox(), inbox(), inbox()];
    // With a chat (receives of one chat take turns) and without one (the unique constraint alone decides).
    for (const u of [update(7, '42'), update(8, null)]) {
      const outcomes = await Promise.all(repos.map((r) => r.receive(u)));
      expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(3);
    }
    expect((await inbox().claimNext('w1', at(1), LEASE_MS))?.key).toBe('7');
    expect((await inbox().claimNext('w1', at(1), LEASE_MS))?.key).toBe('8');
    expect(await inbox().claimNext('w1', at(1), LEASE_MS)).toBeUndefined();
  });

  it("claims a chat's updates in receive order, one at a time; another chat goes meanwhile", async () => {
    const r = inbox();
    await r.receive(update(10, 'A'));
    await r.receive(update(11, 'B', at(5)));
    await r.receive(update(3, 'A', at(10))); // keys need not be ordered: receive order is
    await r.receive(update(12, null, at(20)));
    const a1 = await r.claimNext('w1', at(100), LEASE_MS);
    expect(a1).toMatchObject({ key: '10', status: 'handling', claimedBy: 'w1', attempts: 1 });
    expect(a1!.claimedUntil).toEqual(at(100 + LEASE_MS));
    expect((await r.claimNext('w2', at(100), LEASE_MS))?.key).toBe('11');
    // A's second waits for its first; the update without a chat waits for nobody.
    expect((await r.claimNext('w2', at(100), LEASE_MS))?.key).toBe('12');
    expect(await r.claimNext('w2', at(100), LEASE_MS)).toBeUndefined();
    expect(await r.markDone(a1!.id, 'w1', at(101))).toBe(true);
    const a2 = await r.claimNext('w2', at(102), LEASE_MS);
    expect(a2?.key).toBe('3');
    expect(a2!.sequence).toBeGreaterThan(a1!.sequence);
  });

  it("a failing update holds back its chat only: a later chat's update is not blocked", async () => {
    const r = inbox();
    await r.receive(update(1, 'A'));
    await r.receive(update(2, 'A'));
    await r.receive(update(3, 'B', at(1)));
    const a1 = await r.claimNext('w1', at(10), LEASE_MS);
    expect(await r.markRetry(a1!.id, 'w1', at(5000), 'TypeError')).toBe(true);
    expect(await r.findByKey('telegram', '1')).toMatchObject({
      status: 'failed',
      lastError: 'TypeError',
      claimedBy: null,
    });
    expect((await r.claimNext('w1', at(20), LEASE_MS))?.key).toBe('3');
    expect(await r.claimNext('w1', at(20), LEASE_MS)).toBeUndefined();
    const again = await r.claimNext('w1', at(5000), LEASE_MS);
    expect(again).toMatchObject({ key: '1', attempts: 2 });
    expect(await r.markDead(again!.id, 'w1', 'TypeError')).toBe(true);
    expect(await r.findByKey('telegram', '1')).toMatchObject({ status: 'dead', payload: null });
    // Given up, it no longer holds the chat back.
    expect((await r.claimNext('w1', at(5001), LEASE_MS))?.key).toBe('2');
  });

  it("a crashed worker's claim expires with its lease; the late worker can no longer mark it", async () => {
    const r = inbox();
    await r.receive(update(1, 'A'));
    const row = await r.claimNext('crashed', at(0), LEASE_MS);
    expect(await r.claimNext('w2', at(LEASE_MS - 1), LEASE_MS)).toBeUndefined();
    const again = await r.claimNext('w2', at(LEASE_MS), LEASE_MS);
    expect(again).toMatchObject({ id: row!.id, claimedBy: 'w2', attempts: 2 });
    expect(await r.markDone(row!.id, 'crashed', at(LEASE_MS + 1))).toBe(false);
    expect(await r.markRetry(row!.id, 'crashed', at(LEASE_MS + 1), 'X')).toBe(false);
    expect(await r.markDead(row!.id, 'crashed', 'X')).toBe(false);
    expect(await r.markDone('not-a-uuid', 'w2', at(1))).toBe(false);
    expect(await r.markDone(row!.id, 'w2', at(LEASE_MS + 1))).toBe(true);
  });

  it('done drops the payload and keeps the key', async () => {
    const r = inbox();
    await r.receive(update(1, 'A'));
    const row = await r.claimNext('w1', at(0), LEASE_MS);
    expect(row!.payload).toEqual({ update_id: 1, message: { text: 'message 1' } });
    await r.markDone(row!.id, 'w1', at(3));
    const done = await r.findByKey('telegram', '1');
    expect(done).toMatchObject({ status: 'done', payload: null, claimedBy: null, claimedUntil: null });
    expect(done!.handledAt).toEqual(at(3));
  });

  it("forgetChat drops a chat's payloads and chat, gives up its unhandled updates, keeps the keys", async () => {
    const r = inbox();
    await r.receive(update(1, 'A'));
    await r.receive(update(2, 'A'));
    await r.receive(update(3, 'A'));
    await r.receive(update(4, 'B'));
    const done = await r.claimNext('w1', at(0), LEASE_MS);
    await r.markDone(done!.id, 'w1', at(1));
    const handling = await r.claimNext('w1', at(2), LEASE_MS); // e.g. the runner's "delete me"
    expect(handling?.key).toBe('2');
    await r.forgetChat('telegram', 'A');
    expect(await r.findByKey('telegram', '1')).toMatchObject({ status: 'done', chat: null, payload: null });
    expect(await r.findByKey('telegram', '2')).toMatchObject({
      status: 'handling',
      chat: null,
      payload: null,
      claimedBy: 'w1',
    });
    expect(await r.findByKey('telegram', '3')).toMatchObject({
      status: 'dead',
      chat: null,
      payload: null,
      lastError: 'FORGOTTEN',
    });
    // The one being handled can still be marked done; a redelivery is still a duplicate.
    expect(await r.markDone(handling!.id, 'w1', at(3))).toBe(true);
    expect(await r.receive(update(3, 'A'))).toBe('duplicate');
    // Other chats untouched; new updates of the chat are handled.
    expect(await r.findByKey('telegram', '4')).toMatchObject({ chat: 'B', payload: { update_id: 4 } });
    await r.receive(update(5, 'A', at(4)));
    expect((await r.claimNext('w1', at(5), LEASE_MS))?.key).toBe('4');
    expect((await r.claimNext('w1', at(5), LEASE_MS))?.key).toBe('5');
  });

  it("deleting a runner forgets their Telegram chat's updates", async () => {
    const repos = createRepositories(ctx.handle.db);
    const created = await repos.athletes.create({ name: 'Ana', telegramChatId: 4242 });
    if (!created.ok) throw new Error(created.code);
    await repos.inbox.receive(update(1, '4242'));
    await repos.inbox.receive(update(2, '7'));
    expect(await repos.athletes.delete(created.value.id)).toBe(true);
    expect(await repos.inbox.findByKey('telegram', '1')).toMatchObject({ chat: null, payload: null });
    expect(await repos.inbox.findByKey('telegram', '2')).toMatchObject({ chat: '7' });
    expect(await repos.athletes.delete(created.value.id)).toBe(false);
  });

  it('concurrent claimers never get the same row (PostgreSQL: two open transactions; PGlite: in turn)', async () => {
    const r = inbox();
    await r.receive(update(1, 'A'));
    await r.receive(update(2, 'A'));
    await r.receive(update(3, 'B'));
    const claims = await claimWhileFirstHeld(createUnitOfWork(ctx.handle.db), ctx.engine, (tx, w) =>
      tx.inbox.claimNext(w, at(0), LEASE_MS),
    );
    const keys = claims.map((c) => c?.key);
    // PostgreSQL: the held claim is chat A's first; SKIP LOCKED passes over it to B, and A's second waits.
    if (ctx.engine === 'postgres') expect(keys).toEqual(['1', '3', undefined]);
    else expect(keys.filter((k) => k !== undefined).sort()).toEqual(['1', '3']);
  });
});
