/**
 * Onboarding as a conversation, for channels where the runner writes messages (terminal, Telegram,
 * phone). Every message is read for every slot (`readOnboardingAnswer`); the coach then asks only what
 * is still missing, in a fixed order, and never asks a slot again once it is accepted. After the last
 * answer the plan is built.
 */
import type { Athlete, AthletePatch } from '../model/athlete.js';
import type { ExtraAsk, OnboardingStep, OnboardingUnderstood } from '../prompts/coach-message.js';
import { toPersona } from '../prompts/persona.js';
import { readOnboardingAnswer } from '../rules/language/onboarding/read-answer.js';
import { applyFacts, hasAnyFact, impliedLongDay, type OnboardingDraft } from './draft.js';
import { birthYearFromAge, type OnboardingProfile } from './profile.js';

export type { OnboardingDraft } from './draft.js';

/** The questions in the order they are asked when their slot is missing. */
export const ONBOARDING_STEPS: readonly OnboardingStep[] = [
  'units',
  'race',
  'goal',
  'race-date',
  'days',
  'long-day',
  'volume',
  'experience',
  'extras',
];

/** The step whose slot `draft` still lacks, in chain order; undefined when the draft is complete. */
export function missingStep(draft: OnboardingDraft): OnboardingStep | undefined {
  return ONBOARDING_STEPS.find((step) => isMissing(draft, step));
}

function isMissing(draft: OnboardingDraft, step: OnboardingStep): boolean {
  switch (step) {
    case 'units':
      return draft.units === undefined;
    case 'race':
      return draft.race === undefined;
    case 'goal':
      return draft.goal === undefined;
    case 'race-date':
      return draft.goal !== 'fitness' && draft.raceDate === undefined;
    case 'days':
      return draft.days === undefined || draft.days.length === 0;
    case 'long-day':
      return draft.longDay === undefined;
    case 'volume':
      return draft.weeklyKm === undefined && draft.weeklyMinutes === undefined;
    case 'experience':
      return draft.level === undefined;
    case 'extras':
      return draft.extrasDone !== true && extraAsks(draft).length > 0;
    default:
      return false;
  }
}

/** What the closing question still asks about (a target time only for a race goal). */
export function extraAsks(draft: OnboardingDraft): ExtraAsk[] {
  const asks: ExtraAsk[] = [];
  if (draft.goal !== 'fitness' && draft.targetTime === undefined) asks.push('target');
  if (draft.longestRunKm === undefined) asks.push('longest-run');
  if (draft.age === undefined) asks.push('age');
  if (draft.injuries === undefined) asks.push('injuries');
  if (draft.maxHr === undefined && draft.restingHr === undefined) asks.push('heart-rate');
  if (draft.persona === undefined) asks.push('persona');
  return asks;
}

/**
 * How many questions are still to come after `draft.step` (each missing slot is one; the long-run day
 * only once the days are known, since a weekend day settles it without a question).
 */
export function remainingAfter(draft: OnboardingDraft): number {
  return ONBOARDING_STEPS.filter(
    (s) => s !== draft.step && isMissing(draft, s) && (s !== 'long-day' || draft.days !== undefined),
  ).length;
}

/** "That's all" to the closing question: nothing more to add. */
const NOTHING_ELSE =
  /^\s*(?:no|nope|nah|none|nothing|that'?s (?:all|it)|thats (?:all|it)|all good|skip|n\/a|-|no thanks|build (?:it|my plan)|go|done|idk|nothing else|no more|let'?s go|lets go|ready|all set|go ahead)\b/i;

export type Answer =
  | { readonly ok: true; readonly draft: OnboardingDraft; readonly understood: OnboardingUnderstood }
  | { readonly ok: false; readonly aside?: 'question' | 'run-report' };

/**
 * Reads one message against the draft. `ok: false` when nothing in it could be used (ask again), or when
 * it is a question or a run report (an aside: nothing is taken from it).
 */
export function answerStep(draft: OnboardingDraft, raw: string, today: string): Answer {
  const reading = readOnboardingAnswer(raw, {
    today,
    units: draft.units ?? 'km',
    asking: draft.step === 'name' || draft.step === 'timezone' ? 'extras' : draft.step,
    ...(draft.goal !== undefined ? { goal: draft.goal } : {}),
    ...(draft.raceMonth !== undefined ? { raceMonth: draft.raceMonth } : {}),
  });
  if (reading.aside) return { ok: false, aside: reading.aside };
  const plain = raw.replace(/[\u2018\u2019`´]/g, "'");
  const { persona: said, ...facts } = reading.facts;
  const byOption =
    draft.step === 'persona' || draft.step === 'extras'
      ? toPersona(
          raw
            .trim()
            .toLowerCase()
            .replace(/^persona:/, ''),
        )
      : undefined;
  const persona = (said === undefined ? undefined : toPersona(said)) ?? byOption;
  const applied = applyFacts(draft, persona === undefined ? facts : { ...facts, persona });
  let next = applied.draft;
  const understood = { ...applied.understood };
  if (next.longDay === undefined && next.days !== undefined) {
    const implied = impliedLongDay(next.days);
    if (implied) {
      next = { ...next, longDay: implied };
      understood.longDay = implied;
    }
  }
  if (draft.step === 'extras' && (hasAnyFact(applied.understood) || NOTHING_ELSE.test(plain))) {
    next = { ...next, extrasDone: true, ...(next.injuries === undefined ? { injuries: [] } : {}) };
  } else if (draft.step === 'heart-rate' && NOTHING_ELSE.test(plain)) {
    return { ok: true, draft: next, understood };
  } else if (!hasAnyFact(understood)) return { ok: false };
  return { ok: true, draft: next, understood };
}

/** The finished draft as the plan builder's profile plus what belongs on the athlete record. */
export function completeDraft(
  draft: OnboardingDraft,
  athlete: Athlete,
  today: string,
): { profile: OnboardingProfile; patch: AthletePatch } {
  const days = draft.days ?? ['tue', 'thu', 'sat', 'sun'];
  const longDay = draft.longDay ?? days.at(-1)!;
  const profile: OnboardingProfile = {
    goal: {
      distance: draft.goal ?? 'fitness',
      ...(draft.raceDate && draft.goal !== 'fitness' ? { raceDate: draft.raceDate } : {}),
      ...(draft.targetTime && draft.goal !== 'fitness' ? { targetTime: draft.targetTime } : {}),
    },
    days,
    longDay,
    level: draft.level ?? 'beginner',
    ...(draft.race ? { race: draft.race } : {}),
    ...(draft.weeklyMinutes !== undefined ? { weeklyMinutes: draft.weeklyMinutes } : {}),
    ...(draft.weeklyKm !== undefined ? { weeklyKm: draft.weeklyKm } : {}),
    ...(draft.longestRunKm !== undefined ? { longestRunKm: draft.longestRunKm } : {}),
    ...(draft.age !== undefined ? { age: draft.age } : {}),
    ...(draft.injuries ? { injuries: draft.injuries } : {}),
  };
  const patch: AthletePatch = {
    units: draft.units ?? athlete.units,
    persona: draft.persona ?? athlete.persona,
    ...(draft.age !== undefined ? { birthYear: birthYearFromAge(draft.age, today) } : {}),
    ...(draft.maxHr !== undefined ? { maxHr: draft.maxHr } : {}),
    ...(draft.restingHr !== undefined ? { restingHr: draft.restingHr } : {}),
  };
  return { profile, patch };
}
