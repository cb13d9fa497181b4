/** Contract of the outbox repository on PGlite and PostgreSQL: order per destination, leases, exclusive claims. */
import { expect, it } from 'vitest';
import type { NewOutboxMessage } from '../../../coach/ports/outbox.js';
import { createRepositories, createUnitOfWork } from '../../../db/repositories/index.js';
import { describeEachDatabase } from '../../helpers/database.js';
import { claimWhileFirstHeld } from '../../helpers/delivery.js';

const T0 = new Date('2026-12-01T08:00:00.000Z');
const LEASE_MS = 60_000;
const at = (ms: number) => new Date(T0.getTime() + ms);

function message(destination: string, athleteId: string | null = null, when = T0): NewOutboxMessage {
  return {
    athleteId,
    channel: 'telegram',
    destination,
    payload: { message: { kind: 'help' }, persona: 'neutral', channel: 'telegram' },
    at: when,
  };
}

describeEachDatabase('outbox repository contract', (ctx) => {
  const repos = () => createRepositories(ctx.handle.db);

  it('enqueue numbers each destination 1, 2, 3… and stores the payload pending, due at its time', async () => {
    const created = await repos().athletes.create({ name: 'Ana' });
    if (!created.ok) throw new Error(created.code);
    const rows = await createUnitOfWork(ctx.handle.db).run((r) =>
      r.outbox.enqueue([message('42', created.value.id), message('42'), message('7')]),
    );
    expect(rows.map((r) => [r.destination, r.sequence])).toEqual([
      ['42', 1],
      ['42', 2],
      ['7', 1],
    ]);
    expect(rows[0]).toMatchObject({
      athleteId: created.value.id,
      status: 'pending',
      attempts: 0,
      worded: null,
      nextAttemptAt: T0,
      payload: { message: { kind: 'help' }, persona: 'neutral', channel: 'telegram' },
    });
    const more = await repos().outbox.enqueue([message('42')]);
    expect(more[0]!.sequence).toBe(3);
  });

  it('an enqueue in a unit of work that rolls back leaves nothing to send', async () => {
    await expect(
      createUnitOfWork(ctx.handle.db).run(async (r) => {
        await r.outbox.enqueue([message('42')]);
        throw new Error('the facts failed');
      }),
    ).rejects.toThrow('the facts failed');
    expect(await repos().outbox.claimNext('w1', at(1000), LEASE_MS)).toBeUndefined();
  });

  it('claims a destination in order: the next row waits until the earlier one is sent or dead', async () => {
    const outbox = repos().outbox;
    const [a1, a2, a3] = await outbox.enqueue([message('A'), message('A'), message('A')]);
    const [b1] = await outbox.enqueue([message('B', null, at(10))]);
    const first = await outbox.claimNext('w1', at(100), LEASE_MS);
    expect(first).toMatchObject({ id: a1!.id, status: 'sending', claimedBy: 'w1', attempts: 1 });
    expect(first!.claimedUntil).toEqual(at(100 + LEASE_MS));
    // A's second row waits for the first; B's goes.
    expect((await outbox.claimNext('w2', at(100), LEASE_MS))?.id).toBe(b1!.id);
    expect(await outbox.claimNext('w2', at(100), LEASE_MS)).toBeUndefined();
    // A failed first row, waiting for its retry, still holds the destination back.
    expect(await outbox.markRetry(a1!.id, 'w1', at(5000), 'HTTP_502')).toBe(true);
    expect(await outbox.claimNext('w2', at(200), LEASE_MS)).toBeUndefined();
    expect((await outbox.claimNext('w2', at(5000), LEASE_MS))?.id).toBe(a1!.id);
    expect(await outbox.markSent(a1!.id, 'w2', at(5001))).toBe(true);
    expect((await outbox.claimNext('w1', at(5002), LEASE_MS))?.id).toBe(a2!.id);
    expect(await outbox.markDead(a2!.id, 'w1', 'HTTP_400')).toBe(true);
    expect((await outbox.claimNext('w1', at(5003), LEASE_MS))?.id).toBe(a3!.id);
    const sent = await outbox.findById(a1!.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, claimedBy: null, lastError: null });
    expect(sent!.sentAt).toEqual(at(5001));
    expect(await outbox.findById(a2!.id)).toMatchObject({ status: 'dead', lastError: 'HTTP_400' });
  });

  it("a crashed sender's claim expires with its lease; the late sender can no longer mark it", async () => {
    const outbox = repos().outbox;
    const [row] = await outbox.enqueue([message('A')]);
    expect((await outbox.claimNext('crashed', at(0), LEASE_MS))?.id).toBe(row!.id);
    expect(await outbox.claimNext('w2', at(LEASE_MS - 1), LEASE_MS)).toBeUndefined();
    const again = await outbox.claimNext('w2', at(LEASE_MS), LEASE_MS);
    expect(again).toMatchObject({ id: row!.id, claimedBy: 'w2', attempts: 2 });
    expect(await outbox.markSent(row!.id, 'crashed', at(LEASE_MS + 1))).toBe(false);
    expect(await outbox.saveWorded(row!.id, 'crashed', { text: 'x', options: [], source: 'template' })).toBe(
      false,
    );
    expect(await outbox.saveWorded(row!.id, 'w2', { text: 'Hi', options: [], source: 'template' })).toBe(
      true,
    );
    expect(await outbox.markSent(row!.id, 'w2', at(LEASE_MS + 1))).toBe(true);
    expect(await outbox.findById(row!.id)).toMatchObject({
      status: 'sent',
      worded: { text: 'Hi', options: [], source: 'template' },
    });
  });

  it('a destination that blocked us: its unsent rows die, new ones are stored dead until it is reactivated', async () => {
    const outbox = repos().outbox;
    const [a1, a2] = await outbox.enqueue([message('A'), message('A')]);
    const [b1] = await outbox.enqueue([message('B')]);
    await outbox.claimNext('w1', at(0), LEASE_MS);
    await outbox.markDestinationInactive({ channel: 'telegram', destination: 'A' }, at(1), 'HTTP_403');
    expect(await outbox.isInactive({ channel: 'telegram', destination: 'A' })).toBe(true);
    expect(await outbox.isInactive({ channel: 'telegram', destination: 'B' })).toBe(false);
    for (const id of [a1!.id, a2!.id])
      expect(await outbox.findById(id)).toMatchObject({ status: 'dead', lastError: 'HTTP_403' });
    const [late] = await outbox.enqueue([message('A', null, at(2))]);
    expect(late).toMatchObject({ status: 'dead', lastError: 'DESTINATION_INACTIVE' });
    expect((await outbox.claimNext('w1', at(3), LEASE_MS))?.id).toBe(b1!.id);
    await outbox.reactivate({ channel: 'telegram', destination: 'A' });
    const [back] = await outbox.enqueue([message('A', null, at(4))]);
    expect(back).toMatchObject({ status: 'pending', sequence: 4 });
    expect((await outbox.claimNext('w1', at(5), LEASE_MS))?.id).toBe(back!.id);
  });

  it("a deleted runner's rows go with them; their goodbye (enqueued without a runner) still goes", async () => {
    const created = await repos().athletes.create({ name: 'Ana' });
    if (!created.ok) throw new Error(created.code);
    const [row] = await repos().outbox.enqueue([message('A', created.value.id)]);
    await repos().athletes.delete(created.value.id);
    const [goodbye] = await repos().outbox.enqueue([message('A')]);
    expect(await repos().outbox.findById(row!.id)).toBeUndefined();
    expect(await repos().outbox.findById(goodbye!.id)).toMatchObject({ athleteId: null, status: 'pending' });
  });

  it('concurrent claimers never get the same row (PostgreSQL: two open transactions; PGlite: in turn)', async () => {
    const outbox = repos().outbox;
    await outbox.enqueue([message('A'), message('A')]);
    const [b1] = await outbox.enqueue([message('B')]);
    const claims = await claimWhileFirstHeld(createUnitOfWork(ctx.handle.db), ctx.engine, (r, w) =>
      r.outbox.claimNext(w, at(0), LEASE_MS),
    );
    if (ctx.engine === 'postgres') {
      // SKIP LOCKED passes over the held row, and A's second row is not due before A's first is sent.
      expect(claims.map((c) => c?.destination)).toEqual(['A', 'B', undefined]);
      expect(claims[1]?.id).toBe(b1!.id);
    } else {
      const ids = claims.filter((c) => c !== undefined).map((c) => c.id);
      expect(ids).toHaveLength(2);
      expect(new Set(ids).size).toBe(2);
    }
  });
});
