/**
 * The export holds every row the database keeps about the runner, row for row, and deleting leaves none
 * (issue 14 §7, §11), on PGlite and PostgreSQL: every table with an `athlete_id` column must be mapped to
 * a part of the export here (a new table fails this test until it is), plus the inbox rows of their chat
 * and their chat's entry among the chats that blocked the bot.
 */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { handleMessage } from '../../../coach/channel.js';
import { rows } from '../../../db/migrate.js';
import { buildTestApp, coachDeps, SAMPLE_PROFILE } from '../../helpers/app.js';
import { describeEachDatabase } from '../../helpers/database.js';

type Export = Record<string, unknown> & {
  planVersions: { id: string; sessions: Session[] }[];
  processedEvents: { source: string; key: string }[];
};
type Session = { id: string; replaces?: Session };

const ids = (list: unknown) => (list as { id: string }[]).map((x) => x.id);

/** Each runner-owned table → the rows of it the export holds, as comparable keys. */
const EXPORTED: Record<string, { column: string; of: (data: Export) => string[] }> = {
  goals: { column: 'id', of: (d) => ids(d['goals']) },
  fitness_snapshots: { column: 'id', of: (d) => ids(d['fitness']) },
  plans: { column: 'id', of: (d) => ids(d.planVersions) },
  planned_sessions: {
    column: 'id',
    of: (d) => {
      const found = new Set<string>();
      const walk = (s: Session | undefined) => {
        if (!s) return;
        found.add(s.id);
        walk(s.replaces);
      };
      for (const version of d.planVersions) for (const s of version.sessions) walk(s);
      return [...found];
    },
  },
  activities: { column: 'id', of: (d) => ids(d['activities']) },
  checkins: { column: 'id', of: (d) => ids(d['checkins']) },
  decisions: { column: 'id', of: (d) => ids(d['decisions']) },
  processed_events: {
    column: "source || ' ' || key",
    of: (d) => d.processedEvents.map((e) => `${e.source} ${e.key}`),
  },
  outbox: { column: 'id', of: (d) => ids(d['outbox']) },
  calls: { column: 'id', of: (d) => ids(d['calls']) },
  runner_tokens: { column: 'id', of: (d) => ids(d['apiTokens']) },
  audit_log: { column: 'id', of: (d) => ids(d['audit']) },
  nightly_adaptations: { column: 'id', of: (d) => ids(d['nightlyRuns']) },
};

const CHAT = 9001;
const now = new Date('2026-12-08T07:30:00Z');

describeEachDatabase('the export matches the database row for row', (ctx) => {
  let app: FastifyInstance;
  const deps = () => coachDeps(ctx.handle, { now: () => now });
  beforeAll(async () => {
    app = await buildTestApp(ctx.handle, { coach: deps() });
  });
  afterAll(async () => app.close());

  const query = async <T>(text: string) => rows<T>(await ctx.handle.db.execute(sql.raw(text)));

  /** A runner with a row in every table that can hold one of theirs. */
  async function busyRunner(name: string, chat: number): Promise<string> {
    const created = await app.inject({
      method: 'POST',
      url: '/api/athletes',
      payload: { name, timezone: 'UTC', ...SAMPLE_PROFILE },
    });
    const id = created.json().id as string;
    const repos = deps().repositories;
    await repos.athletes.update(id, { telegramChatId: chat });
    for (const [key, text] of [
      ['k1', 'ran 6k in 33:00 yesterday, rpe 3'],
      ['k2', 'slept 7h, resting hr 50, soreness 2'],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/athletes/${id}/messages`,
        headers: { 'idempotency-key': key },
        payload: { text, at: now.toISOString() },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // Through the outbox, as Telegram answers; and an update received from their chat.
    const delivered = await handleMessage(deps(), {
      athleteId: id,
      input: { text: 'what is today?' },
      channel: 'telegram',
      idempotency: { source: 'telegram', key: `${chat}01` },
      deliver: { channel: 'telegram', destination: String(chat) },
    });
    expect(delivered.ok).toBe(true);
    await repos.inbox.receive({
      source: 'telegram',
      key: `${chat}02`,
      chat: String(chat),
      payload: { update_id: Number(`${chat}02`), message: { text: 'hi' } },
      at: now,
    });
    await repos.calls.start({
      callSid: `CA${chat}`,
      athleteId: id,
      sessionDate: '2026-12-08',
      startedAt: now.toISOString(),
    });
    // Their chat blocked the bot once (kept by chat id, not by runner).
    await query(
      `insert into inactive_destinations (channel, destination, since, reason) values ('telegram', '${chat}', now(), 'HTTP_403')`,
    );
    // A night the nightly adaptation settled for them.
    await query(
      `insert into nightly_adaptations (athlete_id, local_date, next_attempt_at) values ('${id}', '2026-12-07', now())`,
    );
    const token = await app.inject({ method: 'POST', url: `/api/athletes/${id}/tokens` });
    expect(token.statusCode).toBe(201);
    return id;
  }

  it('maps every table with an athlete_id to a part of the export', async () => {
    const tables = await query<{ table_name: string }>(
      `select table_name from information_schema.columns
       where table_schema = 'public' and column_name = 'athlete_id' order by table_name`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(Object.keys(EXPORTED).sort());
  });

  it('holds each of the runner’s rows, and no one else’s; deleting leaves only the delete’s audit entry', async () => {
    const ana = await busyRunner('Ana', CHAT);
    const ben = await busyRunner('Ben', CHAT + 1);
    const res = await app.inject(`/api/athletes/${ana}/export`);
    expect(res.statusCode).toBe(200);
    const data = res.json() as Export;

    for (const [table, { column, of }] of Object.entries(EXPORTED)) {
      const inDb = await query<{ k: string }>(
        `select ${column} as k from ${table} where athlete_id = '${ana}'`,
      );
      expect(inDb.length, table).toBeGreaterThan(0);
      expect(of(data).sort(), table).toEqual(inDb.map((r) => r.k).sort());
    }
    const inbox = await query<{ id: string }>(`select id from inbox where chat = '${CHAT}'`);
    expect(inbox).toHaveLength(1);
    expect(ids(data['inbox'])).toEqual(inbox.map((r) => r.id));
    expect(data['inactiveChats']).toMatchObject([{ channel: 'telegram', destination: String(CHAT) }]);
    expect(JSON.stringify(data)).not.toContain(ben);
    // Token secrets and hashes are not in it.
    expect(JSON.stringify(data['apiTokens'])).not.toMatch(/rl_|tokenHash|token_hash/);

    expect((await app.inject({ method: 'DELETE', url: `/api/athletes/${ana}` })).statusCode).toBe(204);
    for (const table of Object.keys(EXPORTED)) {
      const left = await query<{ n: number }>(
        `select count(*)::int as n from ${table} where athlete_id = '${ana}'`,
      );
      expect(left[0]?.n, table).toBe(table === 'audit_log' ? 1 : 0);
    }
    expect(await query(`select actor, action from audit_log where athlete_id = '${ana}'`)).toEqual([
      { actor: 'operator', action: 'delete' },
    ]);
    expect(
      await query(`select id from inbox where chat = '${CHAT}' or payload is not null and key = '${CHAT}02'`),
    ).toEqual([]);
    expect(await query(`select destination from inactive_destinations order by destination`)).toEqual([
      { destination: String(CHAT + 1) },
    ]);
    // Ben's rows are all still there.
    const benExport = (await app.inject(`/api/athletes/${ben}/export`)).json() as Export;
    expect(benExport.processedEvents).toHaveLength(3);
  });
});
