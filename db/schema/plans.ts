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
  unique,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { athletes } from './athletes.js';
import { createdAt, id, updatedAt } from './columns.js';

/** A plan version. Replanning makes a new version; old ones stay for history and "why". */
export const plans = pgTable(
  'plans',
  {
    id: id(),
    athleteId: uuid('athlete_id')
      .notNull()
      .references(() => athletes.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** Version of coach/rules that built it. */
    rulesVersion: text('rules_version').notNull(),
    active: boolean('active').notNull().default(true),
    /** Goal, feasibility and inputs the plan was built from. */
    summary: jsonb('summary').notNull().default({}),
    /**
     * Bumped by the database (a statement trigger, migration 0013) after every statement that inserts,
     * updates or deletes this plan's sessions: a copy of the plan read at revision n is the plan as long as
     * the row still says n (`db/plan-cache.ts`). Never written by the service.
     */
    revision: integer('revision').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [unique('plans_athlete_version_unique').on(t.athleteId, t.version)],
);

/**
 * Row status of an original session an adaptation replaced, kept (linked by the replacement's
 * `replaces_id`) so the runner can keep it instead. Never a status of a current session: a current
 * session's status is the plan's own (`planned`, `done`, `missed`, `adapted`, `skipped`).
 */
export const SUPERSEDED = 'superseded';

/**
 * One dated session of a plan, with its structured steps and targets. Each date's current session is the
 * row that is not superseded; when it replaced an original, `replaces_id` points at that superseded row.
 */
export const plannedSessions = pgTable(
  'planned_sessions',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    athleteId: uuid('athlete_id')
      .notNull()
      .references(() => athletes.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    kind: text('kind').notNull(),
    hard: boolean('hard').notNull().default(false),
    /** minutes */
    minutes: doublePrecision('minutes').notNull(),
    /** km */
    km: doublePrecision('km').notNull(),
    /**
     * A purpose stored as English before purposes were codes (issue 11 §7); '' on newer rows, which keep
     * `purpose_code` and `purpose_facts` instead. A row without a code reads back as `LEGACY` with this text.
     */
    purpose: text('purpose').notNull().default(''),
    /** The session's purpose code (`PURPOSE_CODES`); null on rows stored before codes. */
    purposeCode: text('purpose_code'),
    /** The purpose's facts (numbers and strings, see `Purpose`); null when it has none. */
    purposeFacts: jsonb('purpose_facts'),
    /** Structured steps (warm-up, reps × distance at pace ranges, recoveries, cool-down). */
    steps: jsonb('steps').notNull().default([]),
    /** Pace (s/km) and HR (bpm) targets. */
    targets: jsonb('targets').notNull().default({}),
    /** The session's status, or `superseded` for a replaced original (see SUPERSEDED). */
    status: text('status').notNull().default('planned'),
    replacesId: uuid('replaces_id').references((): AnyPgColumn => plannedSessions.id, {
      onDelete: 'set null',
    }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('planned_sessions_athlete_date_idx').on(t.athleteId, t.date),
    index('planned_sessions_plan_idx').on(t.planId),
    // Deleting a session looks up the replacements pointing at it (ON DELETE SET NULL).
    index('planned_sessions_replaces_idx').on(t.replacesId),
    check(
      'planned_sessions_status_check',
      sql`${t.status} in ('planned', 'done', 'missed', 'adapted', 'skipped', 'superseded')`,
    ),
    check('planned_sessions_minutes_check', sql`${t.minutes} >= 0`),
    check('planned_sessions_km_check', sql`${t.km} >= 0`),
  ],
);
