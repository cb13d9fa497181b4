/**
 * The leased, ordered claim the outbox and the inbox share: a row is claimed when it is due (or its
 * claimer's lease ran out) and nothing earlier in its group (a destination, a chat) is unsettled; the claim
 * is one `UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED LIMIT 1)`, re-checked on the locked row, so
 * concurrent claimers never get the same row. On PGlite (one connection) claims simply take turns.
 */
import { and, asc, eq, inArray, lte, notExists, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client.js';
import { isUuid } from './date-range.js';

/** The columns a leased table has, by these names. */
interface LeaseColumns {
  readonly id: PgColumn;
  readonly sequence: PgColumn;
  readonly status: PgColumn;
  readonly attempts: PgColumn;
  readonly nextAttemptAt: PgColumn;
  readonly claimedBy: PgColumn;
  readonly claimedUntil: PgColumn;
}

export type LeasedTable = PgTable & LeaseColumns;

export interface LeaseStatuses {
  /** Rows a claimer may take when their time has come (`pending`, `failed`). */
  readonly due: readonly string[];
  /** The status of a claimed row (`sending`, `handling`). */
  readonly claimed: string;
  /** Rows that no longer hold their group's later rows back (`sent`/`done`, `dead`). */
  readonly settled: readonly string[];
}

type Columns = Record<string, PgColumn>;

/** Due, or claimed by a worker whose lease ran out (it died). */
function claimableAt(
  t: Pick<LeaseColumns, 'status' | 'nextAttemptAt' | 'claimedUntil'>,
  spec: Pick<LeaseStatuses, 'due' | 'claimed'>,
  now: Date,
): SQL | undefined {
  return or(
    and(inArray(t.status, [...spec.due]), lte(t.nextAttemptAt, now)),
    and(eq(t.status, spec.claimed), lte(t.claimedUntil, now)),
  );
}

/**
 * Claims the oldest due row of `table` whose group (rows equal on every `group` column; a null never
 * equals) has nothing earlier in `sequence` still unsettled. Marks it claimed by `workerId` until
 * `now + leaseMs` and counts the attempt; the claimed row, or undefined.
 */
export async function claimNextInOrder<T extends LeasedTable>(
  db: Db,
  table: T,
  spec: LeaseStatuses & { readonly group: readonly (keyof T & string)[] },
  workerId: string,
  now: Date,
  leaseMs: number,
): Promise<T['$inferSelect'] | undefined> {
  const t = table as unknown as Columns & LeaseColumns;
  const earlier = alias(table, 'earlier') as unknown as Columns & LeaseColumns;
  const claimable = claimableAt(t, spec, now);
  const sameGroup = spec.group.map((name) => eq(earlier[name]!, t[name]!));
  const candidate = db
    .select({ id: t.id })
    .from(table as PgTable)
    .where(
      and(
        claimable,
        notExists(
          db
            .select({ one: sql`1` })
            .from(earlier as unknown as PgTable)
            .where(
              and(
                ...sameGroup,
                sql`${earlier.sequence} < ${t.sequence}`,
                notInArray(earlier.status, [...spec.settled]),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(t.nextAttemptAt), asc(t.sequence))
    .limit(1)
    .for('update', { skipLocked: true });
  const [row] = (await db
    .update(table as PgTable)
    .set(claimSet(t, spec.claimed, workerId, now, leaseMs))
    // Checked again on the locked row: a row another claimer took meanwhile is not taken twice.
    // `= (scalar subquery)`: an InitPlan, run once (an `in (…)` may be rescanned per row by a join).
    .where(and(eq(t.id, sql`(${candidate})`), claimable) as SQL)
    .returning()) as T['$inferSelect'][];
  return row;
}

/** What a claim sets on a row: claimed by `workerId` until `now + leaseMs`, one attempt more. */
function claimSet(
  t: Pick<LeaseColumns, 'attempts'>,
  claimed: string,
  workerId: string,
  now: Date,
  leaseMs: number,
): never {
  return {
    status: claimed,
    claimedBy: workerId,
    claimedUntil: new Date(now.getTime() + leaseMs),
    attempts: sql`${t.attempts} + 1`,
  } as never;
}

/**
 * Records a claimed row's outcome (`set`) and ends the claim, if `workerId` still holds it (status
 * `claimed`); false when its lease ran out and another claimer took it.
 */
export async function settleClaim<T extends LeasedTable>(
  db: Db,
  table: T,
  claimed: string,
  id: string,
  workerId: string,
  set: Partial<T['$inferInsert']>,
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const t = table as unknown as LeaseColumns;
  const done = await db
    .update(table as PgTable)
    .set({ ...set, claimedBy: null, claimedUntil: null } as never)
    .where(and(eq(t.id, id), eq(t.claimedBy, workerId), eq(t.status, claimed)))
    .returning({ id: t.id });
  return done.length > 0;
}

/** The columns a table claimed in batches has (no order within a group: each row stands alone). */
export type BatchLeasedTable = PgTable & Omit<LeaseColumns, 'sequence'>;

/**
 * Claims up to `limit` due rows of `table` for `workerId` until `now + leaseMs`, counting the attempt:
 * rows of each due status in turn (`spec.due`, e.g. pending then failed), then rows whose claimer's lease
 * ran out, each oldest `nextAttemptAt` first. Each part is one `UPDATE … WHERE id = any(array(SELECT …
 * FOR UPDATE SKIP LOCKED LIMIT n))`, re-checked on the locked rows, so concurrent claimers never share a
 * row; one status at a time, the `(status, next_attempt_at)` index hands the rows out in order (an `OR`
 * of statuses sorted every due row on each claim: 100 ms for 100,000). For rows that do not wait on one
 * another (a runner's nightly adaptation), where one claim per row would cost a round trip each.
 */
export async function claimDueBatch<T extends BatchLeasedTable>(
  db: Db,
  table: T,
  spec: Pick<LeaseStatuses, 'due' | 'claimed'>,
  workerId: string,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<T['$inferSelect'][]> {
  const t = table as unknown as Omit<LeaseColumns, 'sequence'>;
  const parts = [
    ...spec.due.map((status) => and(eq(t.status, status), lte(t.nextAttemptAt, now))),
    and(eq(t.status, spec.claimed), lte(t.claimedUntil, now)),
  ];
  const claimed: T['$inferSelect'][] = [];
  for (const due of parts) {
    if (claimed.length >= limit) break;
    const candidates = db
      .select({ id: t.id })
      .from(table as PgTable)
      .where(due)
      .orderBy(asc(t.nextAttemptAt))
      .limit(limit - claimed.length)
      .for('update', { skipLocked: true });
    claimed.push(
      ...((await db
        .update(table as PgTable)
        .set(claimSet(t, spec.claimed, workerId, now, leaseMs))
        // `= any(array(…))`: the candidates are an InitPlan, locked once, not a join rescanned per row.
        .where(and(sql`${t.id} = any(array(${candidates}))`, due) as SQL)
        .returning()) as T['$inferSelect'][]),
    );
  }
  return claimed;
}
