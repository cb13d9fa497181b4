/**
 * Migration 0003 on data written before it: an original kept for "Keep original" (row status `adapted`,
 * referenced by a replacement) becomes `superseded`; its replacement (stored as `planned`) becomes
 * `adapted`; an `adapted` row nothing references — a session an adapted plan version stored, that
 * vanished from the plan — is a current adapted session again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../../../db/client.js';
import { MIGRATIONS_FOLDER, migrateDatabase, rows } from '../../../db/migrate.js';
import { createRepositories } from '../../../db/repositories/index.js';
import { createScratchPostgres, engines } from '../../helpers/database.js';

const BEFORE = '0003_superseded_sessions';

/** A copy of the migrations folder that stops before 0003. */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'runloop-mig-'));
  cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((e) => e.tag === tag);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
  return dir;
}

for (const engine of engines()) {
  describe(`migration ${BEFORE} on existing plans [${engine}]`, () => {
    let handle: DatabaseHandle;
    let drop: () => Promise<void>;
    const folder = migrationsBefore(BEFORE);
    beforeAll(async () => {
      if (engine === 'pglite') {
        const pglite = new PGlite();
        drop = () => pglite.close();
        handle = await createDatabase({ pglite });
        await migratePglite(handle.db as never, { migrationsFolder: folder });
      } else {
        const scratch = await createScratchPostgres('runloop_m3');
        drop = scratch.drop;
        handle = await createDatabase({ url: scratch.url, maxConnections: 2 });
        await migratePostgres(handle.db as never, { migrationsFolder: folder });
      }
    });
    afterAll(async () => {
      await handle?.close();
      await drop?.();
      rmSync(folder, { recursive: true, force: true });
    });

    it('keeps originals as superseded and brings vanished adapted sessions back', async () => {
      const db = handle.db;
      const athlete = rows<{ id: string }>(
        await db.execute(sql`insert into athletes (name) values ('Ana') returning id`),
      )[0]!.id;
      const plan = rows<{ id: string }>(
        await db.execute(sql`insert into plans (athlete_id, version, rules_version, summary)
          values (${athlete}, 1, 'test', ${JSON.stringify({
            rulesVersion: 'test',
            vdot: 45,
            weeks: [{ index: 0, start: '2027-01-25', phase: 'base', downWeek: false, minutes: 0, km: 0 }],
          })}::jsonb) returning id`),
      )[0]!.id;
      const insert = async (date: string, kind: string, minutes: number, status: string, replaces?: string) =>
        rows<{ id: string }>(
          await db.execute(sql`insert into planned_sessions
            (plan_id, athlete_id, date, kind, minutes, km, status, replaces_id)
            values (${plan}, ${athlete}, ${date}, ${kind}, ${minutes}, ${minutes / 6}, ${status},
              ${replaces ?? null}) returning id`),
        )[0]!.id;
      const original = await insert('2027-01-26', 'tempo', 50, 'adapted');
      const replacement = await insert('2027-01-26', 'easy', 35, 'planned', original);
      const vanished = await insert('2027-01-27', 'easy', 21, 'adapted');
      const plain = await insert('2027-01-28', 'easy', 40, 'planned');

      await migrateDatabase(handle);

      const status = async (id: string) =>
        rows<{ status: string }>(
          await db.execute(sql`select status from planned_sessions where id = ${id}`),
        )[0]?.status;
      expect(await status(original)).toBe('superseded');
      expect(await status(replacement)).toBe('adapted');
      expect(await status(vanished)).toBe('adapted');
      expect(await status(plain)).toBe('planned');

      const active = await createRepositories(db).plans.active(athlete);
      expect(active?.sessions.map((s) => [s.date, s.kind, s.minutes, s.status, s.replaces?.kind])).toEqual([
        ['2027-01-26', 'easy', 35, 'adapted', 'tempo'],
        ['2027-01-27', 'easy', 21, 'adapted', undefined],
        ['2027-01-28', 'easy', 40, 'planned', undefined],
      ]);
      expect(active?.plan.weeks[0]?.minutes).toBe(96);
      const kept = await createRepositories(db).plans.restoreOriginal(athlete, '2027-01-26');
      expect(kept).toMatchObject({ kind: 'tempo', minutes: 50, status: 'planned' });
    });
  });
}
