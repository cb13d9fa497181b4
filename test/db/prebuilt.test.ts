/** Prebuilt statements (db/prebuilt.ts), on PGlite and PostgreSQL. */
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Db } from '../../db/client.js';
import { rows } from '../../db/migrate.js';
import { exactly, ph, placeholders, prebuilt, prebuiltVariants, setTo } from '../../db/prebuilt.js';
import { activities, athletes } from '../../db/schema/index.js';
import { describeEachDatabase } from '../helpers/database.js';

const byId = prebuilt((db) =>
  db
    .select()
    .from(athletes)
    .where(eq(athletes.id, ph('id'))),
);
const insertAthlete = prebuilt((db) =>
  db
    .insert(athletes)
    .values(placeholders(['name', 'profile']))
    .returning(),
);
const insertRun = prebuilt((db) =>
  db
    .insert(activities)
    .values(placeholders(['athleteId', 'localDate', 'source', 'laps', 'startedAt']))
    .returning(),
);
const setLaps = prebuilt((db) =>
  db
    .update(activities)
    .set({ laps: setTo<unknown>('laps') })
    .where(eq(activities.id, ph('id')))
    .returning(),
);

describeEachDatabase('prebuilt statements', (ctx) => {
  const db = () => ctx.handle.db;
  const anAthlete = async (name = 'Ana') => {
    const [row] = await insertAthlete(db(), { name, profile: { v: 1 } });
    return row!;
  };

  it('answer what the builder answers, with the values given at each run', async () => {
    const ana = await anAthlete('Ana');
    const bo = await anAthlete('Bo');
    const built = await db().select().from(athletes).where(eq(athletes.id, bo.id));
    expect(await byId(db(), { id: bo.id })).toEqual(built);
    expect((await byId(db(), { id: ana.id }))[0]?.name).toBe('Ana');
    expect(ana.profile).toEqual({ v: 1 });
  });

  it('run on the transaction they are given: its own uncommitted rows are seen, then rolled back', async () => {
    const seen = await db()
      .transaction(async (tx) => {
        const [row] = await insertAthlete(tx as unknown as Db, { name: 'Cy', profile: {} });
        const inside = await byId(tx as unknown as Db, { id: row!.id });
        throw Object.assign(new Error('roll back'), { inside, id: row!.id });
      })
      .catch((error: { inside: unknown[]; id: string }) => error);
    expect(seen.inside).toHaveLength(1);
    expect(await byId(db(), { id: seen.id })).toEqual([]);
  });

  it('keep null as SQL NULL in jsonb and timestamp columns, and encode the values that are there', async () => {
    const { id: athleteId } = await anAthlete();
    const [bare] = await insertRun(db(), {
      athleteId,
      localDate: '2026-12-08',
      source: 'chat',
      laps: null,
      startedAt: null,
    });
    const nulls = rows<{ n: number }>(
      await db().execute(
        sql`select count(*)::int as n from activities where laps is null and started_at is null`,
      ),
    );
    expect(nulls[0]?.n).toBe(1);
    const [lapped] = await setLaps(db(), { id: bare!.id, laps: [{ distanceMeters: 1000 }] });
    expect(lapped?.laps).toEqual([{ distanceMeters: 1000 }]);
    const at = new Date('2026-12-08T07:05:00.000Z');
    const [timed] = await insertRun(db(), {
      athleteId,
      localDate: '2026-12-08',
      source: 'chat',
      laps: null,
      startedAt: at,
    });
    expect(timed?.startedAt?.toISOString()).toBe(at.toISOString());
  });

  it('say which placeholder has no value instead of sending the statement', async () => {
    await expect(byId(db(), {})).rejects.toThrow(/placeholder "id"/);
  });

  it('build one shape per key, reused for every value', async () => {
    const ana = await anAthlete('Ana');
    let builds = 0;
    const find = prebuiltVariants((d, byName: boolean) => {
      builds++;
      return d
        .select()
        .from(athletes)
        .where(byName ? eq(athletes.name, ph('name')) : eq(athletes.id, ph('id')));
    });
    expect(await find(db(), 'name', true, { name: 'Ana' })).toHaveLength(1);
    expect(await find(db(), 'name', true, { name: 'Nobody' })).toHaveLength(0);
    expect(await find(db(), 'id', false, { id: ana.id })).toHaveLength(1);
    expect(builds).toBe(2);
  });
});

it('an insert is checked to write exactly the columns it was built with', () => {
  expect(exactly(['a', 'b'], { b: 1, a: 2 })).toEqual({ a: 2, b: 1 });
  expect(() => exactly(['a', 'b'], { a: 1 })).toThrow(/not \[a, b\]/);
  expect(() => exactly(['a', 'b'], { a: 1, b: 2, c: 3 })).toThrow(/prebuilt insert/);
});
