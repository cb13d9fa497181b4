/**
 * One runner sending many messages at once holds one pooled connection, not the pool: their messages
 * take turns in the process (`runner-queue.ts`) before they open a transaction, so another runner's
 * message is answered beside them instead of behind them. Questions take their turn too, so each message is
 * answered after the ones sent before it. PostgreSQL only (PGlite has one connection:
 * every message takes its turn there anyway).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleMessage } from '../../../coach/conversation/handle-message.js';
import { onboard } from '../../../coach/onboarding/onboard.js';
import { createDatabase, type DatabaseHandle } from '../../../db/client.js';
import { migrateDatabase } from '../../../db/migrate.js';
import { coachDeps, SAMPLE_ONBOARDING_PROFILE } from '../../helpers/app.js';
import { createScratchPostgres, engines } from '../../helpers/database.js';

const POOL = 2;
const FLOOD = 8;

describe.runIf(engines().includes('postgres'))('one runner’s flood of messages', () => {
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    scratch = await createScratchPostgres('runloop_turns');
    handle = await createDatabase({ url: scratch.url, maxConnections: POOL });
    await migrateDatabase(handle);
  });
  afterAll(async () => {
    await handle.close();
    await scratch.drop();
  });

  it('leaves a connection for another runner: their message is answered before the flood’s fourth', async () => {
    const deps = coachDeps(handle, { now: () => new Date('2026-12-08T18:00:00Z') });
    const runner = async (name: string) => {
      const made = await onboard(
        deps.unitOfWork,
        { name, timezone: 'UTC' },
        SAMPLE_ONBOARDING_PROFILE,
        '2026-12-08',
      );
      if (!made.ok) throw new Error(made.code);
      return made.value.athlete.id;
    };
    const flooding = await runner('Ana');
    const other = await runner('Bo');
    const order: string[] = [];
    const send = (athleteId: string, name: string, text: string) =>
      handleMessage(deps, { athleteId, channel: 'chat', text }).then((r) => {
        expect(r.ok).toBe(true);
        order.push(name);
      });
    // Both pooled connections opened and used first: a cold one (connecting, preparing each statement)
    // would make the other runner slow for reasons of its own.
    await Promise.all([send(flooding, 'warm-ana', 'slept 7h'), send(other, 'warm-bo', 'slept 7h')]);
    order.length = 0;
    const flood = Array.from({ length: FLOOD }, (_, i) =>
      send(flooding, `ana${i + 1}`, `slept ${6 + (i % 3)}h resting hr ${50 + i}`),
    );
    await new Promise((resolve) => setImmediate(resolve));
    await Promise.all([...flood, send(other, 'bo', 'slept 7h resting hr 52')]);
    expect(order).toHaveLength(FLOOD + 1);
    expect(order.indexOf('bo')).toBeLessThan(order.indexOf('ana4'));
  });

  it('answers a runner’s questions in their turn: each after the messages sent before it', async () => {
    const deps = coachDeps(handle, { now: () => new Date('2026-12-08T18:00:00Z') });
    const made = await onboard(
      deps.unitOfWork,
      { name: 'Cy', timezone: 'UTC' },
      SAMPLE_ONBOARDING_PROFILE,
      '2026-12-08',
    );
    if (!made.ok) throw new Error(made.code);
    const athleteId = made.value.athlete.id;
    const sent = [
      'slept 7h resting hr 52',
      'slept 6h resting hr 53',
      'ran 5k in 30:00 rpe 3',
      'what is today?',
      'slept 8h resting hr 51',
      'my paces',
      'what is this week?',
    ];
    const answered: string[] = [];
    await Promise.all(
      sent.map((text) =>
        handleMessage(deps, { athleteId, channel: 'chat', text }).then((r) => {
          expect(r.ok).toBe(true);
          answered.push(text);
        }),
      ),
    );
    // Unqueued, the questions (read-only, no lock) were answered before the check-ins sent ahead of them.
    expect(answered).toEqual(sent);
  });
});
