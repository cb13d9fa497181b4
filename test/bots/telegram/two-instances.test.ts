/**
 * Two runloop processes on one PostgreSQL (two pools, two channels), Telegram's deliveries spread over
 * both as a load balancer would: every update is handled once and every reply sent once, each chat's
 * replies in the order the coach decided them (issue 12 §8).
 */
import { asc, eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramChannel } from '../../../bots/telegram/telegram-channel.js';
import { createDatabase, type DatabaseHandle } from '../../../db/client.js';
import { migrateDatabase } from '../../../db/migrate.js';
import { inbox } from '../../../db/schema/inbox.js';
import { outbox } from '../../../db/schema/outbox.js';
import { startFakeTelegram, type FakeTelegram } from '../../fakes/telegram-api.js';
import { coachDeps } from '../../helpers/app.js';
import { createScratchPostgres, engines } from '../../helpers/database.js';
import { TEST_BOT_INFO, TEST_BOT_TOKEN, textUpdate, type Runner } from '../../helpers/telegram.js';

const NOW = '2026-12-07T08:00:00Z';
const RUNNERS: Runner[] = [801, 802, 803, 804].map((id) => ({ id, firstName: `R${id}` }));
const TEXTS = ['/start', 'km', '/help', 'what can you do', '/paces'];

describe.runIf(engines().includes('postgres'))('two processes on one PostgreSQL', () => {
  let drop: () => Promise<void>;
  let handles: DatabaseHandle[];
  let fake: FakeTelegram;
  beforeAll(async () => {
    const scratch = await createScratchPostgres();
    drop = scratch.drop;
    handles = [
      await createDatabase({ url: scratch.url, maxConnections: 3 }),
      await createDatabase({ url: scratch.url, maxConnections: 3 }),
    ];
    await migrateDatabase(handles[0]!);
    fake = await startFakeTelegram({ token: TEST_BOT_TOKEN });
  });
  afterAll(async () => {
    await fake?.close();
    for (const h of handles ?? []) await h.close();
    await drop?.();
  });

  it('handle each update once and send each reply once, every chat in order (two lanes each)', async () => {
    const channels = handles.map((handle, i) =>
      createTelegramChannel({
        token: TEST_BOT_TOKEN,
        coach: coachDeps(handle, { now: () => new Date(NOW) }),
        logger: pino({ level: 'silent' }),
        botInfo: TEST_BOT_INFO,
        apiRoot: fake.url,
        workerId: `process-${i}`,
        // Two lanes each: four claimers per queue in all.
        lanes: 2,
        pollMs: 20,
      }),
    );
    // Every update reaches one of the two, alternating; a few arrive at both (Telegram re-sending).
    let n = 0;
    for (const text of TEXTS)
      for (const runner of RUNNERS) {
        const update = textUpdate(runner, text, NOW);
        const first = channels[n++ % 2]!;
        expect(await first.receive(update)).toBe('stored');
        if (n % 3 === 0) expect(await channels[n % 2]!.receive(update)).toBe('duplicate');
      }
    const db = handles[0]!.db;
    channels.forEach((c) => c.start());
    const settled = async () => {
      const rows = [...(await db.select().from(inbox)), ...(await db.select().from(outbox))];
      return rows.length > 0 && rows.every((r) => r.status === 'done' || r.status === 'sent');
    };
    for (let i = 0; i < 600 && !(await settled()); i++) await new Promise((r) => setTimeout(r, 50));
    await Promise.all(channels.map((c) => c.stop()));

    for (const runner of RUNNERS) {
      const queued = await db
        .select()
        .from(outbox)
        .where(eq(outbox.destination, String(runner.id)))
        .orderBy(asc(outbox.sequence));
      expect(queued.map((r) => r.status)).toEqual(queued.map(() => 'sent'));
      const sent = fake
        .accepted('sendMessage')
        .filter((c) => c.params.chat_id === runner.id)
        .map((c) => String(c.params.text));
      // What Telegram got is exactly the outbox, in its order: nothing twice, nothing missing.
      expect(sent).toEqual(queued.map((r) => (r.worded as { text: string }).text));
      expect(sent[0]).toMatch(new RegExp(`Hi ${runner.firstName}`));
      // Five updates, each answered: at least one reply per update.
      expect(sent.length).toBeGreaterThanOrEqual(TEXTS.length);
    }
  });
});
