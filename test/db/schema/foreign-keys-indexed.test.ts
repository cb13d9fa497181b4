/**
 * Every foreign key is indexed (issue 14 §7): a delete on the referenced table looks up the referencing
 * rows by the foreign key's columns (`ON DELETE CASCADE` / `SET NULL`), and without an index each lookup is
 * a scan of the whole table (a runner with ~18,000 planned sessions took 9 s to delete on PGlite and
 * blocked every other request). This reads the drizzle schema: a foreign key's columns must be the
 * leading columns of some index, primary key or unique constraint of its table.
 */
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../../db/schema/index.js';

const tables: PgTable[] = Object.values(schema as Record<string, unknown>).filter(
  (value): value is PgTable => value instanceof PgTable,
);

/** Column name lists of every index, primary key and unique constraint of the table. */
function indexedColumnLists(table: PgTable): string[][] {
  const config = getTableConfig(table);
  const names = (columns: readonly { name: string }[]) => columns.map((c) => c.name);
  return [
    // A partial index (`WHERE …`) does not serve every lookup by the key: it does not count.
    ...config.indexes
      .filter((i) => i.config.where === undefined)
      .map((i) => i.config.columns.map((c) => ('name' in c && typeof c.name === 'string' ? c.name : ''))),
    ...config.primaryKeys.map((k) => names(k.columns)),
    ...config.uniqueConstraints.map((u) => names(u.columns)),
    ...config.columns.filter((c: PgColumn) => c.primary || c.isUnique).map((c) => [c.name]),
  ];
}

/** Whether `columns` are, in any order, the first columns of `list`. */
const leads = (list: readonly string[], columns: readonly string[]) =>
  columns.length <= list.length && columns.every((c) => list.slice(0, columns.length).includes(c));

/** `table.column, …` of every foreign key whose columns no index, primary key or unique constraint leads. */
function unindexedForeignKeys(table: PgTable): string[] {
  const config = getTableConfig(table);
  const lists = indexedColumnLists(table);
  return config.foreignKeys
    .map((fk) => fk.reference().columns.map((c) => c.name))
    .filter((columns) => !lists.some((list) => leads(list, columns)))
    .map((columns) => `${config.name}.${columns.join(', ')}`);
}

describe('foreign keys in db/schema', () => {
  it('reads every table and its foreign keys', () => {
    expect(tables.length).toBeGreaterThanOrEqual(10);
    const keys = tables.flatMap((t) => getTableConfig(t).foreignKeys);
    expect(keys.length).toBeGreaterThanOrEqual(10);
  });

  it('each foreign key leads an index, primary key or unique constraint of its table', () => {
    expect(tables.flatMap(unindexedForeignKeys)).toEqual([]);
  });

  it('the check sees a missing index (a foreign key only trailing an index is not covered)', () => {
    expect(leads(['athlete_id', 'date'], ['athlete_id'])).toBe(true);
    expect(leads(['date', 'athlete_id'], ['athlete_id'])).toBe(false);
    expect(leads(['source', 'key'], ['athlete_id'])).toBe(false);
  });
});
