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
  uuid,
} from 'drizzle-orm/pg-core';
import { athletes } from './athletes.js';
import { createdAt, id, withinOrNull } from './columns.js';
import { PLAUSIBLE } from '../../coach/rules/plausibility.js';

/** A morning recovery check-in (or any wellbeing report). Absent fields were not reported. */
export const checkins = pgTable(
  'checkins',
  {
    id: id(),
    athleteId: uuid('athlete_id')
      .notNull()
      .references(() => athletes.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    /** hours */
    sleepHours: doublePrecision('sleep_hours'),
    /** 1 (poor) – 5 (great) */
    sleepQuality: integer('sleep_quality'),
    /** bpm */
    restingHr: integer('resting_hr'),
    /** ms (rMSSD) */
    hrv: doublePrecision('hrv'),
    /** 0–10 */
    soreness: integer('soreness'),
    /** 0–10 */
    stress: integer('stress'),
    /** 1–5 */
    mood: integer('mood'),
    illness: boolean('illness'),
    painLocation: text('pain_location'),
    /** 0–10 */
    painScore: integer('pain_score'),
    redFlags: jsonb('red_flags').notNull().default([]),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (t) => [
    index('checkins_athlete_date_idx').on(t.athleteId, t.date),
    check('checkins_sleep_check', withinOrNull(t.sleepHours, PLAUSIBLE.sleepHours)),
    check(
      'checkins_sleep_quality_check',
      sql`${t.sleepQuality} is null or ${t.sleepQuality} between 1 and 5`,
    ),
    check('checkins_resting_hr_check', withinOrNull(t.restingHr, PLAUSIBLE.restingHrBpm)),
    check('checkins_soreness_check', withinOrNull(t.soreness, PLAUSIBLE.scale0to10)),
    check('checkins_stress_check', withinOrNull(t.stress, PLAUSIBLE.scale0to10)),
    check('checkins_mood_check', sql`${t.mood} is null or ${t.mood} between 1 and 5`),
    check('checkins_pain_check', withinOrNull(t.painScore, PLAUSIBLE.scale0to10)),
  ],
);
