/** The reply to a quick reply that no longer applies: said plainly, with what to do instead. */
import type { OptionStaleCode } from '../coach-message.js';
import type { FamilyTemplate } from './shared.js';
import { join } from './shared.js';

const WHAT_NOW: Readonly<Record<OptionStaleCode, string>> = {
  NO_RPE_PENDING: 'I’m not waiting for a rating: tell me the run first, then how hard it felt.',
  DECISION_SETTLED: 'That change was already answered or replaced, so nothing was changed.',
  NOTHING_TO_CONFIRM: 'There is no question open for that answer, so nothing was changed.',
  ONBOARDING_DONE: 'Your plan is already built; tell me if you want to change your goal or days.',
  QUESTION_PASSED: 'That answers an earlier question; here is where we are.',
  ONBOARDING_FIRST: 'Let’s finish setting up your plan first.',
};

export const optionStale: FamilyTemplate<'option-stale'> = (m, { voice }) => ({
  text: join([voice.optionStale, WHAT_NOW[m.code], 'Nothing was stored.']),
  spoken: join([voice.optionStale, 'Nothing was stored.']),
});
