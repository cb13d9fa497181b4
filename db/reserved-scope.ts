/**
 * How drizzle's transactions reach PostgreSQL. drizzle runs `db.transaction(fn)` as the client's
 * `begin(fn)`; postgres.js's own `begin` sends BEGIN and waits for its answer before `fn` sends anything,
 * a round trip of its own for every unit of work. The client here runs `fn` on a connection reserved from
 * the pool and sends BEGIN with `fn`'s first statements, in the same write (the connection answers them in
 * order, so BEGIN still comes first); COMMIT when `fn` resolves, ROLLBACK when it throws. Savepoints
 * (a repository's own `transaction` inside a unit of work) work as postgres.js's do: SAVEPOINT before,
 * ROLLBACK TO it on a throw.
 *
 * With `transaction: false` the same client runs `fn` on the reserved connection with no BEGIN at all
 * (`DatabaseHandle.onOneConnection`: a question's reads on one connection).
 */
import type postgres from 'postgres';

/** What a scope's statements run on: the reserved connection as the rest of the code sees clients. */
export type Scoped = (reserved: postgres.Sql) => postgres.Sql;

/**
 * `client` (as `scoped` hands it out) whose `begin(fn)` runs `fn` on one reserved connection: in a
 * transaction whose BEGIN goes out with `fn`'s first statements, or with `transaction: false` in none.
 */
export function reservedScopes(
  client: postgres.Sql,
  scoped: Scoped,
  { transaction }: { readonly transaction: boolean },
): postgres.Sql {
  const outer = scoped(client);
  const begin = async (...args: unknown[]): Promise<unknown> => {
    // `begin(fn)` or `begin(options, fn)`: drizzle passes no options.
    const fn = args.find((a) => typeof a === 'function') as (sql: postgres.Sql) => unknown;
    const reserved = await client.reserve();
    try {
      if (!transaction) return await fn(scoped(reserved));
      return await inTransaction(reserved, scoped, fn);
    } finally {
      reserved.release();
    }
  };
  return new Proxy(outer, {
    get(target, property, receiver) {
      if (property === 'begin') return begin;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** `fn` between BEGIN (sent with its first statements) and COMMIT, or ROLLBACK when it throws. */
async function inTransaction(
  reserved: postgres.ReservedSql,
  scoped: Scoped,
  fn: (sql: postgres.Sql) => unknown,
): Promise<unknown> {
  const begun = reserved.unsafe('begin').execute();
  let result: unknown;
  try {
    result = await fn(withSavepoints(scoped(reserved), reserved));
    // Its answer came before any of `fn`'s; a failed BEGIN is the unit's failure all the same.
    await begun;
  } catch (error) {
    await begun.catch(() => undefined);
    // A broken connection cannot roll back; PostgreSQL ends its transaction with the session anyway.
    await reserved.unsafe('rollback').catch(() => undefined);
    throw error;
  }
  await reserved.unsafe('commit');
  return result;
}

/** `sql` with `savepoint(fn)`: SAVEPOINT, `fn` on the same connection, ROLLBACK TO it when `fn` throws. */
function withSavepoints(sql: postgres.Sql, reserved: postgres.ReservedSql): postgres.Sql {
  let count = 0;
  const savepoint = async (...args: unknown[]): Promise<unknown> => {
    const fn = args.find((a) => typeof a === 'function') as (sql: postgres.Sql) => unknown;
    const name = `s${(count += 1)}`;
    await reserved.unsafe(`savepoint ${name}`);
    try {
      return await fn(scopedSql);
    } catch (error) {
      await reserved.unsafe(`rollback to ${name}`);
      throw error;
    }
  };
  const scopedSql: postgres.Sql = new Proxy(sql, {
    get(target, property, receiver) {
      if (property === 'savepoint') return savepoint;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return scopedSql;
}
