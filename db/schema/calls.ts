import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { athletes } from './athletes.js';
import { createdAt, id, updatedAt } from './columns.js';

/**
 * Phone calls (coach/ports/call-repository.ts): one row per Twilio call SID, with the runner's place in
 * today's session, the last cue (hysteresis), retries, and the reports with the cue each gave.
 */
export const calls = pgTable(
  'calls',
  {
    id: id(),
    callSid: text('call_sid').notNull().unique('calls_call_sid_unique'),
    athleteId: uuid('athlete_id')
      .notNull()
      .references(() => athletes.id, { onDelete: 'cascade' }),
    sessionDate: date('session_date').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    runStartedAt: timestamp('run_started_at', { withTimezone: true }),
    stepIndex: integer('step_index').notNull().default(0),
    previousCue: text('previous_cue'),
    retries: integer('retries').notNull().default(0),
    status: text('status').notNull().default('active'),
    /** `CallReportRecord[]` */
    reports: jsonb('reports').notNull().default([]),
    /** `CoachMessage[]`: what was said last, for "repeat". */
    lastMessages: jsonb('last_messages').notNull().default([]),
    checkinId: uuid('checkin_id'),
    endStatus: text('end_status'),
    /** s */
    durationSeconds: integer('duration_seconds'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** 1–10 */
    rpe: integer('rpe'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('calls_athlete_date_idx').on(t.athleteId, t.sessionDate, t.startedAt),
    check('calls_status_check', sql`${t.status} in ('active', 'stopped', 'red-flag', 'ended')`),
    check('calls_retries_check', sql`${t.retries} >= 0`),
    check('calls_rpe_check', sql`${t.rpe} is null or ${t.rpe} between 1 and 10`),
  ],
);
