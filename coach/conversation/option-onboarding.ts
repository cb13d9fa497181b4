/**
 * An onboarding choice as an answer to the question being asked: the slot it fills, applied to the draft
 * like any reading of a message (`applyFacts`), so the chain goes on exactly as after typed words.
 */
import type { ChosenOption } from '../prompts/chosen-option.js';
import type { Answer, OnboardingDraft } from '../onboarding/onboarding-chat.js';
import { applyFacts } from '../onboarding/draft.js';
import type { OnboardingFacts } from '../rules/language/onboarding/types.js';

type Facts = Omit<OnboardingFacts, 'persona'> & Pick<OnboardingDraft, 'persona'>;

/** The facts `option` gives when asked at `step`; undefined when the question does not offer it. */
function factsOf(step: OnboardingDraft['step'], option: ChosenOption): Facts | undefined {
  switch (option.kind) {
    case 'units':
      return step === 'units' ? { units: option.units } : undefined;
    case 'goal':
      return step === 'goal' ? { goal: option.goal } : undefined;
    case 'level':
      return step === 'experience' ? { level: option.level } : undefined;
    case 'long-day':
      return step === 'long-day' ? { longDay: option.day } : undefined;
    case 'persona':
      return step === 'persona' || step === 'extras' ? { persona: option.persona } : undefined;
    case 'none':
      if (option.step !== step) return undefined;
      if (step === 'race') return { race: null };
      if (step === 'target-time') return { targetS: null };
      if (step === 'injuries') return { injuries: [] };
      return {};
    default:
      return undefined;
  }
}

/**
 * The answer an onboarding choice gives to the draft's question; undefined when the question being asked
 * does not offer it (a button from an earlier question, or an option that is not an onboarding choice).
 *
 * @example
 * onboardingAnswerOf({ step: 'units' }, { kind: 'units', units: 'mi' }); // { ok: true, draft: { step: 'units', units: 'mi' }, … }
 */
export function onboardingAnswerOf(draft: OnboardingDraft, option: ChosenOption): Answer | undefined {
  const facts = factsOf(draft.step, option);
  if (facts === undefined) return undefined;
  const applied = applyFacts(draft, facts);
  // The closing question is answered by any choice in it ("That's all", or a coach voice).
  const next =
    draft.step === 'extras'
      ? {
          ...applied.draft,
          extrasDone: true,
          ...(applied.draft.injuries === undefined ? { injuries: [] } : {}),
        }
      : applied.draft;
  return { ok: true, draft: next, understood: applied.understood };
}
