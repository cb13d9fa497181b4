/** Column helpers shared by every table. */
import { sql, type SQL } from 'drizzle-orm';
import { timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Bound } from '../../coach/rules/plausibility.js';

export const id = () => uuid('id').primaryKey().defaultRandom();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * The check `column is null or column between min and max` for a plausibility bound
 * (`coach/rules/plausibility.ts`): the database refuses what the rules refuse, from the same numbers.
 * The bounds are inlined (`sql.raw`): a check constraint cannot take parameters.
 */
export const withinOrNull = (column: AnyPgColumn, { min, max }: Bound): SQL =>
  sql`${column} is null or ${column} between ${sql.raw(String(min))} and ${sql.raw(String(max))}`;
