/**
 * The runner-state document: everything the coach keeps about a runner besides the athlete's fields — the
 * onboarding draft while they are still answering, the onboarding profile the plan is built from, and the
 * conversation state (what the coach is waiting on). Stored as one JSON document (the athletes row's
 * `profile` column), validated by zod when read, written only through `AthleteRepository.saveState`.
 */
import { z } from 'zod';
import { chosenOption } from '../prompts/chosen-option-schema.js';
import type { ConversationState } from './conversation-state.js';
import type { OnboardingDraft } from './onboarding-draft.js';
import type { OnboardingProfile } from './onboarding-profile.js';
import { ONBOARDING_STEP_NAMES } from '../prompts/message-parts.js';
import { PERSONAS } from '../prompts/persona.js';
import { WEEKDAYS } from '../rules/calendar/weekday.js';

/** The document's shape version; a document without one is a row written before it (read by key). */
export const RUNNER_STATE_VERSION = 1;

const weekday = z.enum(WEEKDAYS);
const goalDistance = z.enum(['5k', '10k', 'half', 'marathon', 'fitness']);
const level = z.enum(['beginner', 'intermediate', 'advanced']);
const units = z.enum(['km', 'mi']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const injury = z.object({ area: z.string(), recent: z.boolean(), recurring: z.boolean() });
const clockRace = z.object({ distance: z.string(), time: z.string() });

export const onboardingDraftSchema = z.object({
  step: z.enum(ONBOARDING_STEP_NAMES),
  units: units.optional(),
  race: clockRace.nullable().optional(),
  goal: goalDistance.optional(),
  raceDate: isoDate.optional(),
  raceMonth: z.object({ year: z.number().int(), month: z.number().int().min(1).max(12) }).optional(),
  targetTime: z.string().nullable().optional(),
  days: z.array(weekday).optional(),
  dayCount: z.object({ min: z.number().int(), max: z.number().int() }).optional(),
  longDay: weekday.optional(),
  weeklyKm: z.number().optional(),
  weeklyMinutes: z.number().optional(),
  longestRunKm: z.number().optional(),
  level: level.optional(),
  age: z.number().optional(),
  injuries: z.array(injury).optional(),
  maxHr: z.number().optional(),
  restingHr: z.number().optional(),
  persona: z.enum(PERSONAS).optional(),
  extrasDone: z.boolean().optional(),
}) satisfies z.ZodType<OnboardingDraft>;

export const onboardingProfileSchema = z.object({
  race: clockRace.optional(),
  goal: z.object({ distance: goalDistance, raceDate: isoDate.optional(), targetTime: z.string().optional() }),
  days: z.array(weekday),
  longDay: weekday,
  weeklyKm: z.number().optional(),
  weeklyMinutes: z.number().optional(),
  longestRunKm: z.number().optional(),
  level,
  age: z.number().optional(),
  injuries: z
    .array(z.object({ area: z.string(), recent: z.boolean(), recurring: z.boolean().optional() }))
    .optional(),
  easyPaceSecondsPerKm: z.number().optional(),
}) satisfies z.ZodType<OnboardingProfile>;

/** Loose: a field another part of the coach adds to the conversation state is kept, never dropped. */
export const conversationStateSchema = z.looseObject({
  pendingRpe: z
    .object({ activityId: z.string().optional(), date: isoDate, callSid: z.string().optional() })
    .optional(),
  pendingDecisionIds: z.array(z.string()).optional(),
  pendingDelete: z.boolean().optional(),
  lastStored: z
    .object({
      fact: z.enum(['run', 'rpe', 'checkin']),
      id: z.string(),
      storedOn: isoDate,
      decisionIds: z.array(z.string()),
      vdotFrom: z.number().optional(),
    })
    .optional(),
  paused: z.object({ from: isoDate, reason: z.enum(['injury', 'illness', 'travel', 'other']) }).optional(),
  offered: z.array(chosenOption).optional(),
}) satisfies z.ZodType<ConversationState>;

export interface RunnerState {
  readonly version: typeof RUNNER_STATE_VERSION;
  /** The onboarding draft; present while the runner is still answering onboarding questions. */
  readonly onboarding?: OnboardingDraft;
  /** The onboarding profile the current plan was built from (absent before the first plan). */
  readonly profile?: OnboardingProfile;
  readonly conversation: ConversationState;
  /**
   * Parts of the stored document that did not validate, kept as they were (so nothing is lost and the
   * export shows them); the coach carries on as if they were absent.
   */
  readonly unreadable?: Readonly<Record<string, unknown>>;
}

/** A runner with nothing remembered yet (created with a profile, or before any onboarding). */
export function emptyRunnerState(): RunnerState {
  return { version: RUNNER_STATE_VERSION, conversation: {} };
}

/** A new runner who onboards by chat: the conversation starts at the first onboarding question. */
export function awaitingOnboarding(): RunnerState {
  return { ...emptyRunnerState(), onboarding: { step: 'units' } };
}

const PARTS = {
  onboarding: onboardingDraftSchema,
  profile: onboardingProfileSchema,
  conversation: conversationStateSchema,
} as const;
/** Where rows written before the document had a version kept each part. */
const LEGACY_KEYS = { onboarding: 'onboardingDraft', profile: 'onboarding', conversation: 'conversation' };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The stored JSON as a runner-state document. Never throws: a part that does not validate is kept under
 * `unreadable` and read as absent — an unreadable draft restarts onboarding at its first question, an
 * unreadable conversation state is an empty one, an unreadable profile means "no profile" (a replan then
 * says there is no plan to change). Rows without `version` are read from their old keys
 * (`onboardingDraft`, `onboarding`, `conversation`).
 */
export function parseRunnerState(stored: unknown): RunnerState {
  if (!isRecord(stored)) return { ...emptyRunnerState(), unreadable: { document: stored } };
  const legacy = stored.version === undefined;
  if (!legacy && stored.version !== RUNNER_STATE_VERSION) {
    return { ...emptyRunnerState(), unreadable: { document: stored } };
  }
  const unreadable: Record<string, unknown> = isRecord(stored.unreadable) ? { ...stored.unreadable } : {};
  const read = <K extends keyof typeof PARTS>(key: K): z.infer<(typeof PARTS)[K]> | undefined => {
    const raw = stored[legacy ? LEGACY_KEYS[key] : key];
    if (raw === undefined) return undefined;
    const parsed = PARTS[key].safeParse(raw);
    if (parsed.success) return parsed.data as z.infer<(typeof PARTS)[K]>;
    unreadable[key] = raw;
    return undefined;
  };
  const onboarding = read('onboarding');
  const profile = read('profile');
  const conversation = read('conversation') ?? {};
  const draftLost = onboarding === undefined && unreadable.onboarding !== undefined;
  return {
    version: RUNNER_STATE_VERSION,
    ...(onboarding ? { onboarding } : draftLost ? { onboarding: { step: 'units' as const } } : {}),
    ...(profile ? { profile } : {}),
    conversation,
    ...(Object.keys(unreadable).length > 0 ? { unreadable } : {}),
  };
}

/** The document as stored: `undefined` fields dropped, so a cleared field is absent from the JSON. */
export function runnerStateToJson(state: RunnerState): Record<string, unknown> {
  return JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
}
