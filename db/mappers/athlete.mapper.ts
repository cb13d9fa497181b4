/** Row ↔ domain mapping for athletes, in one place. */
import type { Athlete, AthletePatch, NewAthlete, Persona, Sex, Units } from '../../coach/model/athlete.js';
import { emptyRunnerState, parseRunnerState, runnerStateToJson } from '../../coach/model/runner-state.js';
import type { athletes } from '../schema/athletes.js';
import { optional } from './optional.js';

type Row = typeof athletes.$inferSelect;
type Insert = typeof athletes.$inferInsert;

export function athleteFromRow(row: Row): Athlete {
  return {
    id: row.id,
    name: row.name,
    timezone: row.timezone,
    units: row.units as Units,
    persona: row.persona as Persona,
    ...optional('birthYear', row.birthYear),
    ...optional('sex', row.sex as Sex | null),
    ...optional('maxHr', row.maxHr),
    ...optional('restingHr', row.restingHr),
    ...optional('lthr', row.lthr),
    ...optional('phoneE164', row.phoneE164),
    ...optional('telegramChatId', row.telegramChatId),
    // Validated here, once per read: an unreadable part never crashes a message (see parseRunnerState).
    state: parseRunnerState(row.profile),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function athleteToInsert(input: NewAthlete): Insert {
  return {
    name: input.name,
    ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
    ...(input.units !== undefined ? { units: input.units } : {}),
    ...(input.persona !== undefined ? { persona: input.persona } : {}),
    birthYear: input.birthYear ?? null,
    sex: input.sex ?? null,
    maxHr: input.maxHr ?? null,
    restingHr: input.restingHr ?? null,
    lthr: input.lthr ?? null,
    phoneE164: input.phoneE164 ?? null,
    telegramChatId: input.telegramChatId ?? null,
    profile: runnerStateToJson(input.state ?? emptyRunnerState()),
  };
}

/** Only the keys present in the patch are written; `null` clears. The state is not a patch field. */
export function athletePatchToUpdate(patch: AthletePatch): Partial<Insert> {
  const update: Partial<Insert> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    (update as Record<string, unknown>)[key] = value;
  }
  return update;
}
