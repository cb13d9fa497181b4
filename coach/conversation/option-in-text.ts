/**
 * Text that means a quick reply: an option's value typed out ("keep_original", "rpe:6"), the number of
 * an option the last reply offered ("2" after Accept / Keep original), or a score with words after the
 * RPE question ("4, felt ok"). Such text is handled as the option; anything else is read as words.
 */
import { decodeOption, type ChosenOption } from '../prompts/chosen-option.js';
import type { OnboardingDraft } from '../onboarding/onboarding-chat.js';
import { optionNumber } from '../rules/language/option-number.js';
import { readRpeReply } from '../rules/language/rpe-reply.js';
import type { ParsedMessage } from '../rules/language/types.js';
import { staleCode } from './route-option.js';
import type { ConversationState } from '../model/conversation-state.js';

/**
 * Numbers pick options unless an option's label is itself a number that means something else: the goal
 * question offers 5K and 10K, so "5" there is a 5K, not the fifth option.
 */
const numbersPick = (offered: readonly ChosenOption[]) => !offered.some((o) => o.kind === 'goal');

/** The option `text` stands for, when it applies now; undefined: read the text as words. */
export function optionInText(
  text: string,
  state: ConversationState,
  draft: OnboardingDraft | undefined,
  parsed: ParsedMessage,
): ChosenOption | undefined {
  const applies = (o: ChosenOption | undefined) =>
    o !== undefined && staleCode(o, state, draft) === undefined ? o : undefined;
  const decoded = decodeOption(text.trim().toLowerCase());
  if (decoded.ok) return applies(decoded.value);
  const offered = state.offered ?? [];
  const number = optionNumber(text);
  // The number of an option the last reply showed is that option, even if it was settled meanwhile
  // (then the reply says so): "2" never falls through to a bare RPE of 2.
  const picked = number !== undefined && numbersPick(offered) ? offered[number - 1] : undefined;
  if (picked) return picked;
  // "4, felt ok" is a rating only as the answer to the RPE question (a leading score, no other number:
  // "6, legs heavy" is the run's effort, not a soreness score); never a run report, and never when the
  // words carry pain, illness or a red flag (those go through the safety path as words).
  const run = parsed.intents.some((i) => i === 'log_run' || i === 'race_result');
  const { redFlags, pains, illness, symptoms } = parsed.slots;
  const health = redFlags !== undefined || pains !== undefined || illness === true || symptoms !== undefined;
  if (!draft && state.pendingRpe && !run && !health) {
    const rpe = readRpeReply(text);
    if (rpe !== undefined) return { kind: 'rpe', value: rpe };
  }
  return undefined;
}
