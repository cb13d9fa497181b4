import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns.js';

/**
 * Who exported or deleted a runner's data, and when (coach/ports/audit-log.ts). No foreign key: the entry
 * of a delete outlives the runner. It holds the runner's id and nothing else about them (no message text,
 * no token, no phone number).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    /** `operator`, `runner-token`, `telegram`, `terminal`, `cli`. */
    actor: text('actor').notNull(),
    /** `export`, `delete`. */
    action: text('action').notNull(),
    athleteId: uuid('athlete_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_athlete_idx').on(t.athleteId, t.at)],
);
