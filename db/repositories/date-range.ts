import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DateRange } from '../../coach/ports/history-repositories.js';

/** `athlete = id AND date >= from AND date <= to`, leaving out the open ends. */
export function athleteInRange(
  athleteColumn: PgColumn,
  dateColumn: PgColumn,
  athleteId: string,
  range?: DateRange,
): SQL {
  const conditions: SQL[] = [eq(athleteColumn, athleteId)];
  if (range?.from) conditions.push(gte(dateColumn, range.from));
  if (range?.to) conditions.push(lte(dateColumn, range.to));
  return and(...conditions) as SQL;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from runners and URLs: anything that is not a UUID simply matches nothing. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
