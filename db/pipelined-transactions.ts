/**
 * How drizzle's transactions reach PostgreSQL. drizzle runs `db.transaction(fn)` as the client's
 * `begin(fn)`; postgres.js's own `begin` sends BEGIN and waits for its answer before `fn` sends anything,
 * a round trip of its own for every unit of work. The client here runs `fn` on a connection reserved from
 * the pool and sends BEGIN with `fn`'s first statements, in the same write (the connection answers them in
 * order, so BEGIN still comes first); COMMIT when `fn` resolves, ROLLBACK when it throws. Savepoints
 * (a repository's own `transaction` inside a unit of work) work as postgres.js's do: SAVEPOINT before,
 * ROLLBACK TO it on a throw. A connection lost inside the unit (PostgreSQL restarted, the backend ended)
 * fails the unit at once and is neither rolled back nor released: postgres.js answers nothing sent on a
 * closed reserved connection, and one released after it closed is handed out again as open; what `fn`
 * asks for after the loss is refused, never sent (`refusedOnceLost`). Tests in
 * `test/db/pipelined-transactions.test.ts`.
 *
 * Measured on the bench's message mix (2 cores, pool of 4): as fast as postgres.js's `begin` or a little
 * faster. Reads outside a transaction stay on the pool: a question's reads on one reserved connection
 * (one write per round instead of one per connection) answered 10–25 % fewer messages in alternating
 * runs, as a reserved connection waits for an idle one and stays out of the pool while the turn's code
 * runs.
 */
import type postgres from 'postgres';

/** What a transaction's statements run on: the reserved connection as the rest of the code sees clients. */
export type Scoped = (reserved: postgres.Sql) => postgres.Sql;

/** `client` (as `scoped` hands it out) whose `begin(fn)` runs `fn` in a transaction as above. */
export function pipelinedTransactions(client: postgres.Sql, scoped: Scoped): postgres.Sql {
  const begin = async (...args: unknown[]): Promise<unknown> => {
    // `begin(fn)` or `begin(options, fn)`: drizzle passes no options.
    const fn = args.find((a) => typeof a === 'function') as (sql: postgres.Sql) => unknown;
    const reserved = await client.reserve();
    const unit = inTransaction(reserved, scoped, fn);
    try {
      return await unit.result;
    } finally {
      // A lost connection is the pool's closed one already: released, it would be handed out as open.
      if (!unit.lost()) reserved.release();
    }
  };
  return new Proxy(scoped(client), {
    get(target, property, receiver) {
      if (property === 'begin') return begin;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** The connection a query ran on, as postgres.js hands it to a query's `onexecute` (as its `begin` does). */
interface ExecutedOn {
  onclose?: (error: Error) => void;
}

/**
 * `fn` between BEGIN (sent with its first statements) and COMMIT, or ROLLBACK when it throws. A
 * connection lost on the way fails the unit at once, as postgres.js's `begin` does (through the same
 * `onexecute` hook): a statement sent on a closed reserved connection is never answered.
 */
function inTransaction(
  reserved: postgres.ReservedSql,
  scoped: Scoped,
  fn: (sql: postgres.Sql) => unknown,
): { readonly result: Promise<unknown>; lost(): boolean } {
  let lose: (error: Error) => void = () => {};
  let lostError: Error | undefined;
  const lost = new Promise<never>((_, reject) => (lose = reject));
  lost.catch(() => undefined);
  const onexecute = (connection: ExecutedOn) => {
    connection.onclose = (error) => {
      lostError = error;
      lose(error);
    };
    return true;
  };
  const begun = reserved.unsafe('begin', [], { onexecute } as postgres.UnsafeQueryOptions).execute();
  // Handled at once: were the connection to fail before BEGIN's answer, its rejection must not go
  // unhandled while `fn` still runs (it is awaited, and thrown, below).
  begun.catch(() => undefined);
  const unlessLost = <T>(work: PromiseLike<T>): Promise<T> => Promise.race([work, lost]);
  return { result: run(), lost: () => lostError !== undefined };

  async function run(): Promise<unknown> {
    let result: unknown;
    try {
      result = await unlessLost(
        Promise.resolve(
          fn(
            withSavepoints(
              refusedOnceLost(scoped(reserved), () => lostError),
              reserved,
              () => lostError,
            ),
          ),
        ),
      );
      // Its answer came before any of `fn`'s; a failed BEGIN is the unit's failure all the same.
      await begun;
    } catch (error) {
      await begun.catch(() => undefined);
      // On a lost connection there is nothing to roll back (PostgreSQL ended the transaction with it),
      // and nothing may be sent: postgres.js would write to the closed socket (a throw outside any promise).
      if (!lostError) await unlessLost(reserved.unsafe('rollback')).catch(() => undefined);
      throw error;
    }
    if (lostError) return lost;
    await unlessLost(reserved.unsafe('commit'));
    return result;
  }
}

/**
 * `sql` whose statements are refused, never sent, once its connection is lost (`lostError()` says with
 * what): postgres.js would hand a statement of the unit's code (one sent after the loss was seen, between
 * two of its awaits) to the closed connection, which writes to a socket that is gone (a TypeError thrown
 * outside any promise, the process's end) and never answers it; and once the pool has opened that
 * connection again for another query, the statement would run there, outside the unit's transaction.
 * A refused statement rejects with the connection's error, as a statement cut off by the loss does.
 */
function refusedOnceLost(sql: postgres.Sql, lostError: () => Error | undefined): postgres.Sql {
  const unsafe = (...args: Parameters<postgres.Sql['unsafe']>): unknown => {
    const error = lostError();
    return error ? refusedQuery(error) : sql.unsafe(...args);
  };
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === 'unsafe') return unsafe;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** A query that failed before it was sent: rejected however it is read (awaited, `.values()`, `.raw()`). */
function refusedQuery(error: Error): Promise<never> {
  const rejected = Promise.reject(error);
  // Handled here so a refused query nobody reads raises no unhandled rejection; awaiting it still throws.
  rejected.catch(() => undefined);
  return Object.assign(rejected, {
    values: () => rejected,
    raw: () => rejected,
    execute: () => rejected,
  });
}

/**
 * `sql` with `savepoint(fn)`: SAVEPOINT, `fn` on the same connection, ROLLBACK TO it when `fn` throws
 * (not once the connection is lost, `lostError`: nothing may be sent on it, and the unit fails anyway;
 * a savepoint asked for after the loss throws its error at once).
 */
function withSavepoints(
  sql: postgres.Sql,
  reserved: postgres.ReservedSql,
  lostError: () => Error | undefined,
): postgres.Sql {
  let count = 0;
  const savepoint = async (...args: unknown[]): Promise<unknown> => {
    const fn = args.find((a) => typeof a === 'function') as (sql: postgres.Sql) => unknown;
    const name = `s${(count += 1)}`;
    const gone = lostError();
    if (gone) throw gone;
    await reserved.unsafe(`savepoint ${name}`);
    try {
      return await fn(scopedSql);
    } catch (error) {
      if (!lostError()) await reserved.unsafe(`rollback to ${name}`);
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
