/** The onboarding draft's shape: one part of the runner-state document (`runner-state.ts`). */
import type { OnboardingStep } from '../prompts/coach-message.js';
import type { Persona } from '../prompts/persona.js';
import type { OnboardingFacts } from '../rules/language/onboarding/types.js';

/**
 * What the runner has answered so far (kept in the runner-state document between messages): the reader's
 * slots (`OnboardingFacts`, defined once in rules/language/onboarding), with the race and the target in the
 * profile's clock-time form, the question asked last, and whether the closing question was answered.
 */
export type OnboardingDraft = Omit<OnboardingFacts, 'race' | 'targetS' | 'persona'> & {
  /** The question asked last (its bare answers are read for it). */
  readonly step: OnboardingStep;
  readonly race?: { readonly distance: string; readonly time: string } | null;
  readonly targetTime?: string | null;
  readonly persona?: Persona;
  /** The closing question (target, longest run, age, injuries, heart rate, coach) has been answered. */
  readonly extrasDone?: boolean;
};
