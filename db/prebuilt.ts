/**
 * Statements built once per process. drizzle turns a query builder into SQL text on every execution
 * (`getSQL` and `sqlToQuery`: a walk over every chunk with `is()` checks, the largest single cost of a
 * message in a CPU profile). A prebuilt statement is built the first time it runs, with
 * `sql.placeholder(name)` where the values go; every later execution hands the same text and parameters
 * to the session it runs on (the database's, or a transaction's: `db._.session`), which fills in the
 * placeholders (through each column's encoder) and maps the rows exactly as the builder's own execution
 * does. The text never depends on the values, so PostgreSQL's prepared statements are reused too.
 *
 * A statement whose shape depends on its input (an optional clause, the columns an UPDATE sets) is
 * built once per shape: `prebuiltVariants`, keyed by a string naming the shape.
 */
import { is, Param, Placeholder, sql, type Query } from 'drizzle-orm';
import type { Db } from './client.js';

type Values = Record<string, unknown>;

/** What a drizzle builder's `.prepare()` gives: its query, and an execution resolving to `R`. */
interface PreparedLike<R> {
  getQuery(): Query;
  execute(values?: Values): Promise<R>;
}

/** A drizzle query builder (select, insert, update, delete) that can be prepared. */
export interface Preparable<R> {
  prepare(name?: string): PreparedLike<R>;
}

/**
 * What a prepared drizzle query keeps beside its text: the selected fields it maps rows with, and which
 * joined tables may come back null. Both drivers (postgres-js, pglite) keep them under these names.
 */
interface Shape {
  readonly sql: string;
  /** Each parameter from the values: a constant, or a placeholder's value (through its column's encoder). */
  readonly params: readonly ((values: Values) => unknown)[];
  readonly fields: unknown;
  readonly joinsNotNullableMap: unknown;
}

type SessionPrepare = (
  query: Query,
  fields: unknown,
  name: string | undefined,
  isResponseInArrayMode: boolean,
) => PreparedLike<unknown> & { joinsNotNullableMap?: unknown };

/** The value of placeholder `name`; a missing one is a programming error, said at once. */
function valueOf(values: Values, name: string): unknown {
  const value = values[name];
  if (value === undefined) throw new Error(`prebuilt statement: no value for placeholder "${name}"`);
  return value;
}

/**
 * How one parameter is filled. A null stays SQL NULL (drizzle's own fill would hand it to the encoder:
 * JSON `null` in a jsonb column, a throw in a timestamp one).
 */
function paramOf(param: unknown): (values: Values) => unknown {
  if (is(param, Placeholder)) {
    const { name } = param;
    return (values) => valueOf(values, name);
  }
  if (is(param, Param) && is(param.value, Placeholder)) {
    const { name } = param.value;
    const { encoder } = param;
    return (values) => {
      const value = valueOf(values, name);
      return value === null ? null : encoder.mapToDriverValue(value);
    };
  }
  return () => param;
}

function shapeOf(prepared: PreparedLike<unknown>): Shape {
  const internals = prepared as unknown as { fields?: unknown; joinsNotNullableMap?: unknown };
  const query = prepared.getQuery();
  return {
    sql: query.sql,
    params: query.params.map(paramOf),
    fields: internals.fields,
    joinsNotNullableMap: internals.joinsNotNullableMap,
  };
}

function executeOn<R>(db: Db, shape: Shape, values: Values): Promise<R> {
  const session = db._.session as unknown as { prepareQuery: SessionPrepare };
  let params: unknown[];
  try {
    params = shape.params.map((fill) => fill(values));
  } catch (error) {
    return Promise.reject(error as Error);
  }
  const query = session.prepareQuery({ sql: shape.sql, params }, shape.fields, undefined, true);
  query.joinsNotNullableMap = shape.joinsNotNullableMap;
  return query.execute() as Promise<R>;
}

/** A statement run by `db` (or a transaction) with `values` for its placeholders. */
export type Statement<R> = (db: Db, values?: Values) => Promise<R>;

/** `build` (a builder with placeholders for every value) built the first time, reused after. */
export function prebuilt<R>(build: (db: Db) => Preparable<R>): Statement<R> {
  let shape: Shape | undefined;
  return (db, values = {}) => {
    shape ??= shapeOf(build(db).prepare() as PreparedLike<unknown>);
    return executeOn<R>(db, shape, values);
  };
}

/** Shapes kept per statement; past this a new shape is built for its one execution (never unbounded). */
const MAX_SHAPES = 64;

/**
 * A statement with one prebuilt shape per `key` (what `build` makes of `input` must depend only on the
 * key, never on a value: values go in placeholders).
 */
export function prebuiltVariants<I, R>(
  build: (db: Db, input: I) => Preparable<R>,
): (db: Db, key: string, input: I, values: Values) => Promise<R> {
  const shapes = new Map<string, Shape>();
  return (db, key, input, values) => {
    let shape = shapes.get(key);
    if (shape === undefined) {
      shape = shapeOf(build(db, input).prepare() as PreparedLike<unknown>);
      if (shapes.size < MAX_SHAPES) shapes.set(key, shape);
    }
    return executeOn<R>(db, shape, values);
  };
}

/** `{ key: sql.placeholder(key) }` for each key: the values of an INSERT or UPDATE, all placeholders. */
export function placeholders<K extends string>(keys: readonly K[]): Record<K, Placeholder<K>> {
  const out = {} as Record<K, Placeholder<K>>;
  for (const k of keys) out[k] = sql.placeholder(k);
  return out;
}

/**
 * A placeholder by name. In a WHERE clause its value goes to the driver as is (no column encoder): give
 * ids, text and `YYYY-MM-DD` dates. Every value must be given; `null` where SQL NULL is meant.
 */
export const ph = (name: string) => sql.placeholder(name);

/**
 * A placeholder as the value of an UPDATE's SET. drizzle's types list placeholders for INSERT values
 * only; at run time a SET value becomes a parameter with its column's encoder, as an INSERT's does.
 */
export const setTo = <T>(name: string): T => sql.placeholder(name) as unknown as T;

/**
 * `values`, checked to hold exactly the `columns` a prebuilt INSERT was built with: a column added to
 * the mapper but not to the statement would otherwise be left out without a word.
 */
export function exactly<V extends object>(columns: readonly string[], values: V): V {
  const keys = Object.keys(values);
  if (keys.length !== columns.length || keys.some((k) => !columns.includes(k)))
    throw new Error(`prebuilt insert: columns [${keys.join(', ')}] are not [${columns.join(', ')}]`);
  return values;
}
