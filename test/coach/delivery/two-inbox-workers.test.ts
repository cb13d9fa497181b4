/** Two inbox workers in two processes on one PostgreSQL (two pools): every update handled once, each chat in order. */
import { describe, expect, it } from 'vitest';
import { createInboxWorker } from '../../../coach/delivery/inbox-worker.js';
import type { StoredUpdate } from '../../../coach/ports/inbox.js';
import { createRepositories } from '../../../db/repositories/index.js';
import { engines } from '../../helpers/database.js';
import { useTwoProcesses } from '../../helpers/delivery.js';

const T0 = new Date('2026-12-01T08:00:00.000Z');
const CHATS = ['1', '2', '3', '4', '5'];
const PER_CHAT = 8;

describe.runIf(engines().includes('postgres'))('two inbox workers on one PostgreSQL', () => {
  const processes = useTwoProcesses();

  it('receive the same updates twice, handle each once, each chat in its receive order', async () => {
    const handles = processes.handles();
    // Both processes receive every update (a repeated webhook delivery): one stores it.
    let key = 0;
    const received: string[][] = [];
    for (let i = 0; i < PER_CHAT; i++)
      for (const chat of CHATS) {
        const u = { source: 'telegram', key: String(++key), chat, payload: { n: i }, at: T0 };
        const outcomes = await Promise.all(handles.map((h) => createRepositories(h.db).inbox.receive(u)));
        received.push([...outcomes].sort());
      }
    expect(received.every((o) => o.join() === 'duplicate,stored')).toBe(true);
    const handled: { by: string; chat: string; n: number; id: string }[] = [];
    const handlerFor = (by: string) => async (u: StoredUpdate) => {
      // Yield so the two workers interleave.
      await new Promise((resolve) => setImmediate(resolve));
      handled.push({ by, chat: u.chat!, n: (u.payload as { n: number }).n, id: u.id });
    };
    const workers = handles.map((handle, i) =>
      createInboxWorker({
        inbox: createRepositories(handle.db).inbox,
        handle: handlerFor(`w${i}`),
        clock: { now: () => T0 },
        workerId: `w${i}`,
      }),
    );
    // A pass stops when nothing is claimable (a chat's next update waits while the other worker has the
    // earlier one), so run passes on both until every update is handled.
    for (let round = 0; round < 100 && handled.length < CHATS.length * PER_CHAT; round++)
      await Promise.all(workers.map((w) => w.runOnce()));
    const ids = handled.map((h) => h.id);
    expect(ids).toHaveLength(CHATS.length * PER_CHAT);
    expect(new Set(ids).size).toBe(ids.length);
    for (const chat of CHATS)
      expect(handled.filter((h) => h.chat === chat).map((h) => h.n)).toEqual(
        Array.from({ length: PER_CHAT }, (_, i) => i),
      );
    expect(new Set(handled.map((h) => h.by)).size).toBe(2);
  });
});
