/** Two sender processes on one PostgreSQL (two pools): every message is delivered once, each chat in order. */
import { describe, expect, it } from 'vitest';
import { createOutboxSender } from '../../../coach/delivery/outbox-sender.js';
import type { OutboxMessage } from '../../../coach/ports/outbox.js';
import type { TransportOutcome } from '../../../coach/rules/delivery/retry-policy.js';
import { createRepositories } from '../../../db/repositories/index.js';
import { engines } from '../../helpers/database.js';
import { useTwoProcesses } from '../../helpers/delivery.js';

const T0 = new Date('2026-12-01T08:00:00.000Z');
const CHATS = ['1', '2', '3', '4', '5'];
const PER_CHAT = 8;

describe.runIf(engines().includes('postgres'))('two senders on one PostgreSQL', () => {
  const processes = useTwoProcesses();

  it('deliver each row exactly once, each chat in its order', async () => {
    const outbox = createRepositories(processes.handles()[0].db).outbox;
    for (let i = 0; i < PER_CHAT; i++)
      await outbox.enqueue(
        CHATS.map((destination) => ({
          athleteId: null,
          channel: 'telegram' as const,
          destination,
          payload: {
            message: { kind: 'help' as const },
            persona: 'neutral' as const,
            channel: 'telegram' as const,
          },
          at: T0,
        })),
      );
    const delivered: { by: string; destination: string; sequence: number; id: string }[] = [];
    const transportFor =
      (by: string) =>
      async (m: OutboxMessage): Promise<TransportOutcome> => {
        // Yield so the two senders interleave.
        await new Promise((resolve) => setImmediate(resolve));
        delivered.push({ by, destination: m.destination, sequence: m.sequence, id: m.id });
        return { kind: 'ok' };
      };
    const senders = processes.handles().map((handle, i) =>
      createOutboxSender({
        outbox: createRepositories(handle.db).outbox,
        transport: transportFor(`s${i}`),
        word: () => Promise.resolve({ text: 'hi', options: [], source: 'template' }),
        clock: { now: () => T0 },
        workerId: `s${i}`,
      }),
    );
    // Each pass stops when nothing is claimable (a chat's next row waits while the other sender has the
    // earlier one), so run passes on both until every row is out.
    for (let round = 0; round < 100 && delivered.length < CHATS.length * PER_CHAT; round++)
      await Promise.all(senders.map((s) => s.runOnce()));
    const ids = delivered.map((d) => d.id);
    expect(ids).toHaveLength(CHATS.length * PER_CHAT);
    expect(new Set(ids).size).toBe(ids.length);
    for (const chat of CHATS)
      expect(delivered.filter((d) => d.destination === chat).map((d) => d.sequence)).toEqual(
        Array.from({ length: PER_CHAT }, (_, i) => i + 1),
      );
    // Both took part (two claimers really raced).
    expect(new Set(delivered.map((d) => d.by)).size).toBe(2);
  });
});
