import { sql } from 'drizzle-orm';
import { bigint, check, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.js';

/** A runner. Health fields are optional: missing is missing, never zero. */
export const athletes = pgTable(
  'athletes',
  {
    id: id(),
    name: text('name').notNull(),
    /** IANA timezone, e.g. "Europe/Berlin": "today" and "yesterday" are the runner's. */
    timezone: text('timezone').notNull().default('UTC'),
    units: text('units').notNull().default('km'),
    persona: text('persona').notNull().default('neutral'),
    birthYear: integer('birth_year'),
    sex: text('sex'),
    /** bpm */
    maxHr: integer('max_hr'),
    /** bpm */
    restingHr: integer('resting_hr'),
    /** Lactate-threshold heart rate, bpm. */
    lthr: integer('lthr'),
    phoneE164: text('phone_e164').unique(),
    telegramChatId: bigint('telegram_chat_id', { mode: 'number' }).unique(),
    /**
     * The runner-state document (coach/model/runner-state.ts: onboarding draft, the profile the plan is
     * built from, conversation state), versioned and validated on read; written only by `saveState`.
     */
    profile: jsonb('profile').notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('athletes_units_check', sql`${t.units} in ('km', 'mi')`),
    check('athletes_sex_check', sql`${t.sex} is null or ${t.sex} in ('female', 'male', 'other')`),
    check('athletes_max_hr_check', sql`${t.maxHr} is null or ${t.maxHr} between 100 and 240`),
    check('athletes_resting_hr_check', sql`${t.restingHr} is null or ${t.restingHr} between 25 and 120`),
    check('athletes_lthr_check', sql`${t.lthr} is null or ${t.lthr} between 80 and 230`),
    check('athletes_birth_year_check', sql`${t.birthYear} is null or ${t.birthYear} between 1900 and 2100`),
  ],
);
