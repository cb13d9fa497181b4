/**
 * An idempotent repeat replays the first reply (issue 14 §10): a repeat of an Idempotency-Key answers 200
 * with the first answer's very words and events and `Idempotent-Replayed: true`, storing nothing again,
 * even when wording would now say it differently; a repeat while the first is still being worded is 409
 * MESSAGE_IN_PROGRESS; a first answer that was never kept is 409 REPLY_NOT_KEPT.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTemplateWording, type Wording } from '../../../coach/prompts/wording.js';
import { rows } from '../../../db/migrate.js';
import { buildTestApp, coachDeps, SAMPLE_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

/** Template wording that never says the same thing twice (as an LLM may not). */
function changingWording(): Wording {
  const templates = createTemplateWording();
  let n = 0;
  return {
    async word(request) {
      const reply = await templates.word(request);
      n += 1;
      return { ...reply, text: `${reply.text} (#${n})` };
    },
  };
}

describeEachDatabase('idempotent repeats over HTTP', (ctx) => {
  let app: FastifyInstance;
  const now = new Date('2026-12-08T07:30:00Z');
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle, {
      coach: { ...coachDeps(ctx.handle, { now: () => now }), wording: changingWording() },
    });
  });
  afterAll(async () => app.close());

  async function onboard(name: string): Promise<string> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name, timezone: 'UTC', ...SAMPLE_PROFILE },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  const send = (id: string, key: string, text = 'ran 5k in 27:00, rpe 4') =>
    app.inject({
      method: 'POST',
      url: `/api/athletes/${id}/messages`,
      headers: { 'idempotency-key': key },
      payload: { text, at: now.toISOString() },
    });
  const count = async (table: string, id: string) =>
    rows<{ n: number }>(
      await ctx.handle.db.execute(
        sql.raw(`select count(*)::int as n from ${table} where athlete_id = '${id}'`),
      ),
    )[0]?.n;

  it('a repeat answers 200 with the first reply word for word, marked replayed, storing nothing again', async () => {
    const id = await onboard('Gus');
    const first = await send(id, 'msg-1');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(first.json().events.map((e: { type: string }) => e.type)).toContain('activity_logged');

    for (const repeat of [await send(id, 'msg-1'), await send(id, 'msg-1', 'something else entirely')]) {
      expect(repeat.statusCode, repeat.body).toBe(200);
      expect(repeat.headers['idempotent-replayed']).toBe('true');
      expect(repeat.json()).toEqual(first.json());
    }
    // The same key through the id in capitals is still the same runner's repeat.
    const shouted = await app.inject({
      method: 'POST',
      url: `/api/athletes/${id.toUpperCase()}/messages`,
      headers: { 'idempotency-key': 'msg-1' },
      payload: { text: 'ran 5k in 27:00, rpe 4', at: now.toISOString() },
    });
    expect(shouted.headers['idempotent-replayed']).toBe('true');
    expect(shouted.json()).toEqual(first.json());
    expect(await count('activities', id)).toBe(1);

    // A new key is a new message, worded anew.
    const second = await send(id, 'msg-2');
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(second.json().replies[0].text).not.toBe(first.json().replies[0].text);
    expect(await count('activities', id)).toBe(2);
  });

  it('concurrent deliveries of one key: one handled, the rest the same reply or MESSAGE_IN_PROGRESS', async () => {
    const id = await onboard('Kai');
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(id, 'burst')));
    const ok = answers.filter((r) => r.statusCode === 200);
    const waiting = answers.filter((r) => r.statusCode !== 200);
    expect(ok.length).toBeGreaterThan(0);
    for (const r of ok) expect(r.json()).toEqual(ok[0]!.json());
    for (const r of waiting) expect(r.json().error.code).toBe('MESSAGE_IN_PROGRESS');
    expect(ok.filter((r) => r.headers['idempotent-replayed'] === undefined)).toHaveLength(1);
    expect(await count('activities', id)).toBe(1);
  });

  it('a key is the runner’s own: the same key for another runner is a message of theirs', async () => {
    const ana = await onboard('Ana');
    const ben = await onboard('Ben');
    expect((await send(ana, 'shared')).statusCode).toBe(200);
    const other = await send(ben, 'shared');
    expect(other.statusCode).toBe(200);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(await count('activities', ben)).toBe(1);
  });

  it('a repeat while the first is still being answered is 409 MESSAGE_IN_PROGRESS, then the reply once kept', async () => {
    const id = await onboard('Ida');
    // The state between the first delivery's commit and its worded reply being kept.
    const key = `${id}:in-flight`;
    const repos = coachDeps(ctx.handle).repositories;
    expect(await repos.events.claim('api', key, id)).toBe(true);
    const early = await send(id, 'in-flight');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('MESSAGE_IN_PROGRESS');
    expect(await count('activities', id)).toBe(0);

    const kept = { replies: [{ text: 'Logged.', options: [], source: 'template' }], events: [] };
    await repos.events.keepOutcome('api', key, kept);
    // A second outcome for the same key never replaces the first.
    await repos.events.keepOutcome('api', key, { replies: [{ text: 'Other.' }], events: [] });
    const later = await send(id, 'in-flight');
    expect(later.statusCode).toBe(200);
    expect(later.headers['idempotent-replayed']).toBe('true');
    expect(later.json()).toEqual({ replies: [{ text: 'Logged.', options: [] }], events: [] });
  });

  it('a claim whose reply was never kept (the process stopped while wording) is 409 REPLY_NOT_KEPT', async () => {
    const id = await onboard('Jo');
    const repos = coachDeps(ctx.handle).repositories;
    await repos.events.claim('api', `${id}:lost`, id);
    await ctx.handle.db.execute(
      sql`update processed_events set processed_at = now() - interval '1 hour' where key = ${`${id}:lost`}`,
    );
    const res = await send(id, 'lost');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('REPLY_NOT_KEPT');
  });
});
