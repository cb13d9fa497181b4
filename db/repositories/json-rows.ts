/**
 * Many rows in one statement with one parameter: written as a JSON array (`jsonb_to_recordset`) and read
 * back as JSON objects keyed by the schema's field names (`json_build_object`). For the nightly job's bulk
 * reads and writes (`nightly.repository.ts`): a batch's rows cost one `JSON.stringify` or `JSON.parse`
 * instead of a bound parameter or a parsed column each (drizzle builds a many-row `VALUES` list at several
 * microseconds per parameter, postgres.js parses a result column by column).
 */
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.js';
import { rows } from '../migrate.js';

type Columns = Record<string, PgColumn>;

/**
 * Columns whose JSON value is not already the value the schema maps to and from: timestamps (a `Date`).
 * Text, numbers, booleans, uuids, ISO dates and JSON documents are themselves in JSON.
 */
const needsMapping = (column: PgColumn) => column.getSQLType().startsWith('timestamp');

/**
 * `json_build_object('planId', "plan_id", …)` over `table`'s columns (or those named by `fields`), keyed
 * by the schema's field names; `qualifier` names the table in the query (an alias).
 */
export function jsonObject<T extends PgTable>(
  table: T,
  fields?: readonly (keyof T['$inferSelect'] & string)[],
  qualifier: string = getTableName(table),
): SQL {
  const columns = getTableColumns(table) as Columns;
  const keys = fields ?? Object.keys(columns);
  return sql.raw(
    `json_build_object(${keys.map((k) => `'${k}', "${qualifier}"."${columns[k]!.name}"`).join(', ')})`,
  );
}

/** A row read as `jsonObject(table)` (already parsed), as drizzle would have read it. */
export function rowFromJson<T extends PgTable>(table: T, object: Record<string, unknown>): T['$inferSelect'] {
  const columns = getTableColumns(table) as Columns;
  for (const [key, column] of Object.entries(columns))
    if (needsMapping(column) && object[key] != null) object[key] = column.mapFromDriverValue(object[key]);
  return object as T['$inferSelect'];
}

/**
 * Inserts `values` (each with the same fields set; a field left out takes its column's default) in one
 * statement; with `returning`, the inserted rows as drizzle would have read them, in no set order.
 */
export async function insertJson<T extends PgTable>(
  db: Db,
  table: T,
  values: readonly T['$inferInsert'][],
  options: { returning?: boolean } = {},
): Promise<T['$inferSelect'][]> {
  if (values.length === 0) return [];
  const columns = getTableColumns(table) as Columns;
  const keys = Object.keys(values[0]!).filter((k) => (values[0] as Record<string, unknown>)[k] !== undefined);
  const docs = values.map((row) => {
    const doc: Record<string, unknown> = {};
    const r = row as Record<string, unknown>;
    for (const k of keys) {
      const column = columns[k]!;
      const value = r[k];
      if (value === undefined) throw new Error(`insertJson: ${k} unset on a row of ${getTableName(table)}`);
      doc[column.name] = value === null || !needsMapping(column) ? value : column.mapToDriverValue(value);
    }
    return doc;
  });
  const names = keys.map((k) => `"${columns[k]!.name}"`).join(', ');
  const types = keys.map((k) => `"${columns[k]!.name}" ${columns[k]!.getSQLType()}`).join(', ');
  const returning = options.returning
    ? sql` returning ${jsonObject(table, undefined, getTableName(table))} as row`
    : sql``;
  const result = await db.execute(
    sql`insert into ${table} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${JSON.stringify(docs)}::jsonb) as x(${sql.raw(types)})${returning}`,
  );
  if (!options.returning) return [];
  return rows<{ row: Record<string, unknown> | string }>(result).map(({ row }) =>
    rowFromJson(table, typeof row === 'string' ? (JSON.parse(row) as Record<string, unknown>) : row),
  );
}
