/** One message's worth of work: what the coach says, what changed, and what it remembers next. */
import type { Athlete, AthletePatch } from '../model/athlete.js';
import type { OnboardingDraft } from '../model/onboarding-draft.js';
import type { OnboardingProfile } from '../model/onboarding-profile.js';
import type { Repositories } from '../ports/repositories.js';
import type { CoachMessage } from '../prompts/coach-message.js';
import type { ParsedMessage } from '../rules/language/types.js';
import type { CoachEvent } from './events.js';
import type { ConversationState } from '../model/conversation-state.js';

export interface TurnContext {
  /** Repositories bound to this message's transaction. */
  readonly repos: Repositories;
  readonly athlete: Athlete;
  /** The runner's local date and hour now (the coach's clock): what "today" is for the plan. */
  readonly today: string;
  readonly hour: number;
  /** The runner's local date when they wrote the message: the default date of a run or check-in. */
  readonly sentOn: string;
  readonly parsed: ParsedMessage;
  readonly state: ConversationState;
  readonly text: string;
}

/**
 * What a turn changes on the runner besides the conversation state. Use cases return it instead of
 * writing the athlete; `handleMessage` saves it with the state, once, at the end of the message.
 */
export interface RunnerChanges {
  /** Athlete fields (persona, units, heart rates from onboarding). */
  readonly athlete?: AthletePatch;
  /** The onboarding draft after this turn; `null` when onboarding is over. */
  readonly onboarding?: OnboardingDraft | null;
  /** The profile a newly built plan came from. */
  readonly profile?: OnboardingProfile;
}

export interface Turn {
  readonly messages: CoachMessage[];
  readonly events: CoachEvent[];
  /** The conversation state after this turn (absent: unchanged). */
  readonly state?: ConversationState;
  /** The runner is gone (deleted): nothing more to save. */
  readonly deleted?: boolean;
  /** Something the rules read changed (a run, a check-in): run adaptation after this turn. */
  readonly adapt?: boolean;
  /** Changes to the runner and their state document (absent: none). */
  readonly runner?: RunnerChanges;
}

export const say = (...messages: CoachMessage[]): Turn => ({ messages, events: [] });

/** Concatenates turns; the last state given wins, runner changes are merged (later fields win). */
export function combine(...turns: Turn[]): Turn {
  let state: Turn['state'];
  for (const t of turns) if (t.state !== undefined) state = t.state;
  const runner = mergeRunnerChanges(turns.map((t) => t.runner));
  return {
    messages: turns.flatMap((t) => t.messages),
    events: turns.flatMap((t) => t.events),
    ...(state !== undefined ? { state } : {}),
    ...(turns.some((t) => t.deleted) ? { deleted: true } : {}),
    ...(turns.some((t) => t.adapt) ? { adapt: true } : {}),
    ...(runner ? { runner } : {}),
  };
}

function mergeRunnerChanges(all: readonly (RunnerChanges | undefined)[]): RunnerChanges | undefined {
  const given = all.filter((r): r is RunnerChanges => r !== undefined);
  if (given.length === 0) return undefined;
  const athlete = Object.assign({}, ...given.map((r) => r.athlete ?? {})) as AthletePatch;
  const merged: { -readonly [K in keyof RunnerChanges]: RunnerChanges[K] } = {};
  for (const r of given) {
    if (r.onboarding !== undefined) merged.onboarding = r.onboarding;
    if (r.profile !== undefined) merged.profile = r.profile;
  }
  return { ...merged, ...(Object.keys(athlete).length > 0 ? { athlete } : {}) };
}
