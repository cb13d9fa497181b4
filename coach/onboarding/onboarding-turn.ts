/**
 * Onboarding inside the conversation: one answer per message until the plan is built. The turn returns
 * the new draft (or, once the plan is built, the profile and the athlete's answers) as runner changes;
 * `handleMessage` saves them with the message.
 */
import { patched, type Athlete } from '../model/athlete.js';
import type { CoachMessage } from '../prompts/coach-message.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import type { OnboardingUnderstood } from '../prompts/coach-message.js';
import { clarifyFacts } from '../prompts/templates/problem-words.js';
import {
  answerStep,
  completeDraft,
  extraAsks,
  missingStep,
  ONBOARDING_STEPS,
  remainingAfter,
  type Answer,
  type OnboardingDraft,
} from './onboarding-chat.js';
import { buildAndStorePlan } from '../use-cases/build-plan.js';
import { planBuiltTurn } from './plan-built-turn.js';

function question(
  draft: OnboardingDraft,
  extra: { retry?: boolean; understood?: OnboardingUnderstood; aside?: 'question' | 'run-report' } = {},
): CoachMessage {
  const understood =
    extra.understood && Object.keys(extra.understood).length > 0 ? extra.understood : undefined;
  return {
    kind: 'onboarding-question',
    step: draft.step,
    remaining: remainingAfter(draft),
    ...(extra.retry === true ? { retry: true } : {}),
    ...(understood ? { understood } : {}),
    ...(extra.aside ? { aside: extra.aside } : {}),
    ...(draft.step === 'race-date' && draft.raceMonth ? { raceMonth: draft.raceMonth } : {}),
    ...(draft.step === 'days' && draft.dayCount ? { dayCount: draft.dayCount } : {}),
    ...(draft.step === 'extras' ? { asks: extraAsks(draft) } : {}),
  };
}

/** Where a runner who is still onboarding stands: the question to ask them now. */
export function pendingQuestion(athlete: Athlete): CoachMessage | undefined {
  const draft = athlete.state.onboarding;
  return draft ? question(draft) : undefined;
}

/** Which question to ask again when the plan builder refuses the answers. */
export function retryStepFor(code: string): OnboardingDraft['step'] {
  // The long runs cannot reach the race: the builder's words offer a shorter one, so ask the goal again.
  if (code === 'LONG_RUN_NOT_REACHABLE') return 'goal';
  if (/RACE_DATE|NOT_ENOUGH_WEEKS|PLAN_TOO_LONG/.test(code)) return 'race-date';
  if (/DAY/.test(code)) return 'days';
  if (/TARGET/.test(code)) return 'target-time';
  if (/RACE|VDOT|WORLD_RECORD/.test(code)) return 'race';
  if (/VOLUME|LONGEST/.test(code)) return 'volume';
  if (/AGE/.test(code)) return 'age';
  if (/HR/.test(code)) return 'heart-rate';
  return 'goal';
}

/** One onboarding message; `given`: the answer a chosen option gave (then the text is not read). */
export async function onboardingTurn(
  ctx: TurnContext,
  draft: OnboardingDraft,
  given?: Answer,
): Promise<Turn> {
  const answer = given ?? answerStep(draft, ctx.text, ctx.today);
  if (!answer.ok) {
    // "Hi" or "help" before the first answer is a hello, not a wrong answer.
    const hello = ctx.parsed.intents.some((i) => i === 'greeting' || i === 'help');
    if (hello && draft.step === ONBOARDING_STEPS[0]) {
      return { messages: [{ kind: 'welcome', name: ctx.athlete.name }, question(draft)], events: [] };
    }
    if (answer.aside) return { messages: [question(draft, { aside: answer.aside })], events: [] };
    return { messages: [question(draft, { retry: true })], events: [] };
  }
  const next = missingStep(answer.draft);
  if (next) {
    const advanced = { ...answer.draft, step: next };
    // The unit the runner picked words every question after it (the volume is asked in miles for miles).
    const units =
      advanced.units !== undefined && advanced.units !== ctx.athlete.units ? advanced.units : undefined;
    return {
      messages: [question(advanced, { understood: answer.understood })],
      events: [],
      runner: { onboarding: advanced, ...(units === undefined ? {} : { athlete: { units } }) },
    };
  }
  const done = completeDraft(answer.draft, ctx.athlete, ctx.today);
  // The plan is built for the runner as they will be saved (heart rates from the answers shape the zones).
  const stored = await buildAndStorePlan(
    ctx.repos,
    patched(ctx.athlete, done.patch),
    done.profile,
    ctx.today,
  );
  if (!stored.ok) {
    // The answers cannot make a plan (e.g. too few weeks to the race): say why, ask again where it went wrong.
    const retry = clearedFor({ ...answer.draft, step: retryStepFor(stored.code) });
    return {
      messages: [
        {
          kind: 'clarify',
          problems: [
            {
              code: stored.code,
              slot: retry.step,
              message: stored.message,
              facts: clarifyFacts(stored.facts),
            },
          ],
        },
        question(retry),
      ],
      events: [{ type: 'clarification_needed', codes: [stored.code] }],
      runner: { onboarding: retry },
    };
  }
  return {
    ...planBuiltTurn(stored.value, ctx.today, false),
    runner: { athlete: done.patch, onboarding: null, profile: done.profile },
  };
}

/** The draft with the slot of its (retry) step cleared: the runner's new answer replaces it. */
function clearedFor(draft: OnboardingDraft): OnboardingDraft {
  const keys: Readonly<Partial<Record<OnboardingDraft['step'], readonly (keyof OnboardingDraft)[]>>> = {
    goal: ['goal', 'targetTime'],
    'race-date': ['raceDate', 'raceMonth'],
    days: ['days', 'dayCount', 'longDay'],
    'target-time': ['targetTime'],
    race: ['race'],
    volume: ['weeklyKm', 'weeklyMinutes'],
    age: ['age'],
    'heart-rate': ['maxHr', 'restingHr'],
  };
  const out: Record<string, unknown> = { ...draft };
  for (const k of keys[draft.step] ?? []) delete out[k];
  return out as unknown as OnboardingDraft;
}
