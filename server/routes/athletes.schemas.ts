/** Request and response schemas of /api/athletes (zod; validated by fastify-type-provider-zod). */
import { z } from 'zod';
import { PERSONAS, SEXES, UNITS } from '../../coach/model/athlete.js';
import { WEEKDAYS } from '../../coach/rules/calendar/weekday.js';
import { PLAUSIBLE, type Bound } from '../../coach/rules/plausibility.js';

/** True for an IANA timezone the runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const timezone = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isTimeZone, 'expected an IANA timezone like "Europe/Berlin"');
const phone = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 phone number like "+4915112345678"');
/** A whole number inside a plausibility bound (`coach/rules/plausibility.ts`). */
const int = ({ min, max }: Bound, unit: string) =>
  z
    .number()
    .int(`expected a whole number of ${unit}`)
    .min(min, `expected ${min}–${max} ${unit}`)
    .max(max, `expected ${min}–${max} ${unit}`);
/** A number inside a plausibility bound. */
const num = ({ min, max }: Bound, unit: string) =>
  z.number().min(min, `expected ${min}–${max} ${unit}`).max(max, `expected ${min}–${max} ${unit}`);

export const athleteFields = {
  name: z.string().trim().min(1, 'expected a name').max(80, 'expected at most 80 characters'),
  timezone,
  units: z.enum(UNITS),
  persona: z.enum(PERSONAS),
  birthYear: int(PLAUSIBLE.birthYear, 'years'),
  sex: z.enum(SEXES),
  maxHr: int(PLAUSIBLE.maxHrBpm, 'bpm'),
  restingHr: int(PLAUSIBLE.restingHrBpm, 'bpm'),
  lthr: int(PLAUSIBLE.lthrBpm, 'bpm'),
  phone,
  telegramChatId: z.number().int().refine(Number.isSafeInteger, 'expected a Telegram chat id'),
};

const f = athleteFields;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date like "2027-04-18"');
const clock = z
  .string()
  .trim()
  .regex(/^\d{1,2}(:\d{2}){1,2}$/, 'expected a time like "25:00" or "1:55:00"');

/** The onboarding profile (all optional together: with `goal` and `days` the plan is built at once). */
export const onboardingFields = {
  age: int(PLAUSIBLE.ageYears, 'years'),
  race: z.object({ distance: z.string().trim().min(1).max(20), time: clock }).strict(),
  goal: z
    .object({
      distance: z.enum(['5k', '10k', 'half', 'marathon', 'fitness']),
      raceDate: isoDate.optional(),
      targetTime: clock.optional(),
    })
    .strict(),
  days: z.array(z.enum(WEEKDAYS)).min(1, 'expected at least one day').max(7),
  longDay: z.enum(WEEKDAYS),
  weeklyKm: num(PLAUSIBLE.weeklyKm, 'km a week'),
  weeklyMinutes: num(PLAUSIBLE.weeklyMinutes, 'minutes a week'),
  longestRunKm: num(PLAUSIBLE.longestRunKm, 'km'),
  level: z.enum(['beginner', 'intermediate', 'advanced']),
  injuries: z
    .array(
      z
        .object({
          area: z.string().trim().min(1).max(60),
          recent: z.boolean(),
          recurring: z.boolean().optional(),
        })
        .strict(),
    )
    .max(10),
};

const o = onboardingFields;

export const createAthleteBody = z
  .object({
    name: f.name,
    age: o.age.optional(),
    race: o.race.optional(),
    goal: o.goal.optional(),
    days: o.days.optional(),
    longDay: o.longDay.optional(),
    weeklyKm: o.weeklyKm.optional(),
    weeklyMinutes: o.weeklyMinutes.optional(),
    longestRunKm: o.longestRunKm.optional(),
    level: o.level.optional(),
    injuries: o.injuries.optional(),
    timezone: f.timezone.optional(),
    units: f.units.optional(),
    persona: f.persona.optional(),
    birthYear: f.birthYear.optional(),
    sex: f.sex.optional(),
    maxHr: f.maxHr.optional(),
    restingHr: f.restingHr.optional(),
    lthr: f.lthr.optional(),
    phone: f.phone.optional(),
    telegramChatId: f.telegramChatId.optional(),
  })
  .strict()
  .refine((b) => b.goal === undefined || (b.days !== undefined && b.longDay !== undefined), {
    message: 'a goal needs days and longDay too',
    path: ['days'],
  });

export const patchAthleteBody = z
  .object({
    name: f.name.optional(),
    timezone: f.timezone.optional(),
    units: f.units.optional(),
    persona: f.persona.optional(),
    birthYear: f.birthYear.nullable().optional(),
    sex: f.sex.nullable().optional(),
    maxHr: f.maxHr.nullable().optional(),
    restingHr: f.restingHr.nullable().optional(),
    lthr: f.lthr.nullable().optional(),
    phone: f.phone.nullable().optional(),
    telegramChatId: f.telegramChatId.nullable().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'expected at least one field to change');

export const athleteParams = z.object({ id: z.string().min(1).max(64) });

export const athleteResponse = z.object({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
  units: z.enum(UNITS),
  persona: z.enum(PERSONAS),
  birthYear: z.number().optional(),
  sex: z.enum(SEXES).optional(),
  maxHr: z.number().optional(),
  restingHr: z.number().optional(),
  lthr: z.number().optional(),
  phone: z.string().optional(),
  telegramChatId: z.number().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  plan: z
    .object({
      version: z.number(),
      weeks: z.number(),
      vdot: z.number().optional(),
      feasibility: z.object({
        ok: z.boolean(),
        predictedTime: z.number().optional(),
        potentialTime: z.number().optional(),
        realisticTarget: z.number().optional(),
        notes: z
          .array(
            z.object({
              code: z.string(),
              facts: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
            }),
          )
          .readonly()
          .optional(),
        message: z.string(),
      }),
    })
    .optional(),
});

export const errorResponse = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
