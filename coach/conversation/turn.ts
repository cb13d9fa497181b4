/** One message's worth of work: what the coach says, what changed, and what it remembers next. */
import type { Athlete } from '../model/athlete.js';
import type { Repositories } from '../ports/repositories.js';
import type { CoachMessage } from '../prompts/coach-message.js';
import type { ParsedMessage } from '../rules/language/types.js';
import type { CoachEvent } from './events.js';
import type { ConversationState } from './state.js';

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

export interface Turn {
  readonly messages: CoachMessage[];
  readonly events: CoachEvent[];
  /** The conversation state after this turn (absent: unchanged). */
  readonly state?: ConversationState;
  /** The runner is gone (deleted): nothing more to save. */
  readonly deleted?: boolean;
  /** Something the rules read changed (a run, a check-in): run adaptation after this turn. */
  readonly adapt?: boolean;
}

export const say = (...messages: CoachMessage[]): Turn => ({ messages, events: [] });

/** Concatenates turns; the last state given wins. */
export function combine(...turns: Turn[]): Turn {
  let state: Turn['state'];
  for (const t of turns) if (t.state !== undefined) state = t.state;
  return {
    messages: turns.flatMap((t) => t.messages),
    events: turns.flatMap((t) => t.events),
    ...(state !== undefined ? { state } : {}),
    ...(turns.some((t) => t.deleted) ? { deleted: true } : {}),
    ...(turns.some((t) => t.adapt) ? { adapt: true } : {}),
  };
}
