import { sql } from 'drizzle-orm';
import { bigint, check, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, withinOrNull } from './columns.js';
import { PLAUSIBLE } from '../../coach/rules/plausibility.js';

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
    /**
     * When the coach last stored something a message of the runner's brought (the coach's clock, not the
     * database's); null before their first. The nightly adaptation skips runners heard from that day.
     */
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('athletes_units_check', sql`${t.units} in ('km', 'mi')`),
    check('athletes_sex_check', sql`${t.sex} is null or ${t.sex} in ('female', 'male', 'other')`),
    check('athletes_max_hr_check', withinOrNull(t.maxHr, PLAUSIBLE.maxHrBpm)),
    check('athletes_resting_hr_check', withinOrNull(t.restingHr, PLAUSIBLE.restingHrBpm)),
    check('athletes_lthr_check', withinOrNull(t.lthr, PLAUSIBLE.lthrBpm)),
    check('athletes_birth_year_check', withinOrNull(t.birthYear, PLAUSIBLE.birthYear)),
  ],
);
