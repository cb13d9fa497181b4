/** Request and response schemas of /api/athletes (zod; validated by fastify-type-provider-zod). */
import { z } from 'zod';
import { PERSONAS, SEXES, UNITS } from '../../coach/model/athlete.js';

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
const int = (min: number, max: number, unit: string) =>
  z
    .number()
    .int(`expected a whole number of ${unit}`)
    .min(min, `expected ${min}–${max} ${unit}`)
    .max(max, `expected ${min}–${max} ${unit}`);

export const athleteFields = {
  name: z.string().trim().min(1, 'expected a name').max(80, 'expected at most 80 characters'),
  timezone,
  units: z.enum(UNITS),
  persona: z.enum(PERSONAS),
  birthYear: int(1900, 2100, 'years'),
  sex: z.enum(SEXES),
  maxHr: int(100, 240, 'bpm'),
  restingHr: int(25, 120, 'bpm'),
  lthr: int(80, 230, 'bpm'),
  phone,
  telegramChatId: z.number().int().refine(Number.isSafeInteger, 'expected a Telegram chat id'),
};

const f = athleteFields;

export const createAthleteBody = z
  .object({
    name: f.name,
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
  .strict();

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
});

export const errorResponse = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
