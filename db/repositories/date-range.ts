import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DateRange } from '../../coach/ports/history-repositories.js';
import { ph } from '../prebuilt.js';

/** Which ends of a range are given: the shape of a prebuilt statement over it (`prebuiltVariants`). */
export const rangeKey = (range?: DateRange) => `${range?.from ? 'from' : ''}-${range?.to ? 'to' : ''}`;

/**
 * `athlete = :athleteId AND date >= :from AND date <= :to`, leaving out the open ends, with placeholders
 * for a prebuilt statement (`db/prebuilt.ts`): the values are given at execution (`rangeValues`).
 */
export function athleteInRange(athleteColumn: PgColumn, dateColumn: PgColumn, range?: DateRange): SQL {
  const conditions: SQL[] = [eq(athleteColumn, ph('athleteId'))];
  if (range?.from) conditions.push(gte(dateColumn, ph('from')));
  if (range?.to) conditions.push(lte(dateColumn, ph('to')));
  return and(...conditions) as SQL;
}

/** The placeholder values of `athleteInRange`. */
export function rangeValues(athleteId: string, range?: DateRange): Record<string, unknown> {
  return {
    athleteId,
    ...(range?.from ? { from: range.from } : {}),
    ...(range?.to ? { to: range.to } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from runners and URLs: anything that is not a UUID simply matches nothing. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
