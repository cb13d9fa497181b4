/**
 * A chosen quick reply, handled directly: an RPE rates the run the coach asked about, Accept / Keep
 * original answers the decisions offered, Yes / No answers "delete everything?", a persona changes the
 * voice, an onboarding choice fills its slot. Never turned back into words. An option that no longer
 * applies gets the `option-stale` reply with a code, and nothing is stored.
 */
import type { ChosenOption } from '../prompts/chosen-option.js';
import type { OptionStaleCode } from '../prompts/coach-message.js';
import { answerDecision } from '../use-cases/answer-decision.js';
import { changePersona, deleteMe } from '../use-cases/account.js';
import { rateRun } from '../use-cases/rate-run.js';
import { onboardingTurn, pendingQuestion } from '../onboarding/onboarding-turn.js';
import type { OnboardingDraft } from '../onboarding/onboarding-chat.js';
import { onboardingAnswerOf } from './option-onboarding.js';
import type { ConversationState } from '../model/conversation-state.js';
import type { Turn, TurnContext } from '../turn/turn.js';

/** Why `option` cannot apply now, or undefined when it does (`draft`: the runner is still onboarding). */
export function staleCode(
  option: ChosenOption,
  state: ConversationState,
  draft: OnboardingDraft | undefined,
): OptionStaleCode | undefined {
  if (draft) {
    if (onboardingAnswerOf(draft, option) === undefined)
      return isOnboardingChoice(option) ? 'QUESTION_PASSED' : 'ONBOARDING_FIRST';
    return undefined;
  }
  switch (option.kind) {
    case 'rpe':
      return state.pendingRpe ? undefined : 'NO_RPE_PENDING';
    case 'decision':
      return decisionIds(option, state).length > 0 ? undefined : 'DECISION_SETTLED';
    case 'confirm':
      return state.pendingDelete ? undefined : 'NOTHING_TO_CONFIRM';
    case 'persona':
      return undefined;
    default:
      return 'ONBOARDING_DONE';
  }
}

const isOnboardingChoice = (o: ChosenOption) =>
  o.kind === 'units' ||
  o.kind === 'goal' ||
  o.kind === 'level' ||
  o.kind === 'long-day' ||
  o.kind === 'none' ||
  o.kind === 'persona';

/** The offered decisions still open that the option answers (all open ones when it names none). */
function decisionIds(option: Extract<ChosenOption, { kind: 'decision' }>, state: ConversationState) {
  const pending = state.pendingDecisionIds ?? [];
  return option.ids ? option.ids.filter((id) => pending.includes(id)) : [...pending];
}

/** The `option-stale` reply: what was chosen no longer applies; nothing stored, the state unchanged. */
export function staleTurn(option: ChosenOption, code: OptionStaleCode): Turn {
  return {
    messages: [{ kind: 'option-stale', code }],
    events: [{ type: 'option_stale', option: option.kind, code }],
  };
}

export async function routeOption(ctx: TurnContext, option: ChosenOption): Promise<Turn> {
  const draft = ctx.athlete.state.onboarding;
  const code = staleCode(option, ctx.state, draft);
  if (code) {
    const stale = staleTurn(option, code);
    // Still onboarding: the question being asked, again.
    const asked = draft ? pendingQuestion(ctx.athlete) : undefined;
    return asked ? { ...stale, messages: [...stale.messages, asked] } : stale;
  }
  if (draft) return onboardingTurn(ctx, draft, onboardingAnswerOf(draft, option));
  switch (option.kind) {
    case 'rpe':
      return rateRun(ctx, option.value);
    case 'decision':
      return answerOffered(ctx, option);
    case 'confirm': {
      if (option.answer === 'yes') return deleteMe(ctx);
      const { pendingDelete: _asked, ...rest } = ctx.state;
      return { messages: [{ kind: 'delete-cancelled' }], events: [], state: rest };
    }
    case 'persona':
      return changePersona(ctx, option.persona);
    default:
      return staleTurn(option, 'ONBOARDING_DONE');
  }
}

/** Answers the offered decisions still open; the other open offers stay open. */
async function answerOffered(
  ctx: TurnContext,
  option: Extract<ChosenOption, { kind: 'decision' }>,
): Promise<Turn> {
  const ids = decisionIds(option, ctx.state);
  const others = (ctx.state.pendingDecisionIds ?? []).filter((id) => !ids.includes(id));
  const turn = await answerDecision(
    { ...ctx, state: { ...ctx.state, pendingDecisionIds: ids } },
    option.answer === 'accept' ? 'accepted' : 'kept',
  );
  const answered = turn.events.some((e) => e.type === 'decision_answered' && e.decisionIds.length > 0);
  const { pendingDecisionIds: _ids, ...rest } = turn.state ?? ctx.state;
  const state = others.length > 0 ? { ...rest, pendingDecisionIds: others } : rest;
  // Settled meanwhile (a new plan version, an undo): nothing was answered.
  if (!answered) return { ...staleTurn(option, 'DECISION_SETTLED'), state };
  return { ...turn, state };
}
