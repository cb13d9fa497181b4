import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { athletes } from './athletes.js';
import { createdAt, id, withinOrNull } from './columns.js';
import { PLAUSIBLE } from '../../coach/rules/plausibility.js';
import { plannedSessions } from './plans.js';

/** A run that happened, from chat, voice, a file or the API. */
export const activities = pgTable(
  'activities',
  {
    id: id(),
    athleteId: uuid('athlete_id')
      .notNull()
      .references(() => athletes.id, { onDelete: 'cascade' }),
    plannedSessionId: uuid('planned_session_id').references(() => plannedSessions.id, {
      onDelete: 'set null',
    }),
    startedAt: timestamp('started_at', { withTimezone: true }),
    /** The runner's local date of the run. */
    localDate: date('local_date').notNull(),
    /** metres */
    distanceMeters: doublePrecision('distance_meters'),
    /** seconds */
    durationSeconds: doublePrecision('duration_seconds'),
    avgHr: integer('avg_hr'),
    maxHr: integer('max_hr'),
    /** steps per minute */
    cadence: integer('cadence'),
    /** metres */
    elevationGainMeters: doublePrecision('elevation_gain_meters'),
    /** CR-10 session RPE, 1–10 */
    rpe: integer('rpe'),
    feel: text('feel'),
    /** A race effort: the best evidence of fitness (raises VDOT). */
    race: boolean('race').notNull().default(false),
    laps: jsonb('laps'),
    /** The run judged against its prescription (`RunAssessment`, coach/rules/assess), when it had one. */
    assessment: jsonb('assessment'),
    source: text('source').notNull(),
    rawFileRef: text('raw_file_ref'),
    createdAt: createdAt(),
  },
  (t) => [
    index('activities_athlete_date_idx').on(t.athleteId, t.localDate),
    // Deleting a planned session looks up the runs linked to it (ON DELETE SET NULL).
    index('activities_planned_session_idx').on(t.plannedSessionId),
    check(
      'activities_source_check',
      sql`${t.source} in ('manual', 'chat', 'voice', 'fit', 'gpx', 'tcx', 'api')`,
    ),
    check('activities_rpe_check', withinOrNull(t.rpe, PLAUSIBLE.rpe)),
    check('activities_distance_check', sql`${t.distanceMeters} is null or ${t.distanceMeters} > 0`),
    check('activities_duration_check', sql`${t.durationSeconds} is null or ${t.durationSeconds} > 0`),
    check('activities_avg_hr_check', withinOrNull(t.avgHr, PLAUSIBLE.runHrBpm)),
    check('activities_max_hr_check', withinOrNull(t.maxHr, PLAUSIBLE.runHrBpm)),
    check('activities_cadence_check', withinOrNull(t.cadence, PLAUSIBLE.cadenceSpm)),
  ],
);
