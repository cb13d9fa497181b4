/** A runner as the coach knows them. Optional health fields are absent when unknown (never zero). */

import type { Persona, Units } from '../prompts/persona.js';
import type { RunnerState } from './runner-state.js';

/** The coach voices are defined once, with their wording, in coach/prompts. */
export { PERSONAS } from '../prompts/persona.js';
export type { Persona, Units };

export const UNITS = ['km', 'mi'] as const satisfies readonly Units[];

export const SEXES = ['female', 'male', 'other'] as const;
export type Sex = (typeof SEXES)[number];

export interface Athlete {
  readonly id: string;
  readonly name: string;
  /** IANA timezone, e.g. "Europe/Berlin". */
  readonly timezone: string;
  readonly units: Units;
  readonly persona: Persona;
  readonly birthYear?: number;
  readonly sex?: Sex;
  /** bpm */
  readonly maxHr?: number;
  /** bpm */
  readonly restingHr?: number;
  /** Lactate-threshold heart rate, bpm. */
  readonly lthr?: number;
  /** E.164, e.g. "+4915112345678": how the phone line recognises the runner. */
  readonly phoneE164?: string;
  readonly telegramChatId?: number;
  /**
   * What the coach keeps about the runner: onboarding draft, the profile the plan is built from, the
   * conversation state (`runner-state.ts`). Written only through `AthleteRepository.saveState`.
   */
  readonly state: RunnerState;
  /** ISO timestamps */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a new runner gives; everything but the name has a default or may be absent. */
export type NewAthlete = Pick<Athlete, 'name'> &
  Partial<Omit<Athlete, 'id' | 'name' | 'createdAt' | 'updatedAt'>>;

/** A change to a runner's fields; `null` clears an optional field. The state is saved on its own. */
export type AthletePatch = {
  readonly [K in keyof Omit<Athlete, 'id' | 'state' | 'createdAt' | 'updatedAt'>]?: Athlete[K] | null;
};

/** The runner with a patch applied (as the database would store it), for use before it is saved. */
export function patched(athlete: Athlete, patch: AthletePatch): Athlete {
  const next: Record<string, unknown> = { ...athlete };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next as unknown as Athlete;
}
