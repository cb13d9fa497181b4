/**
 * An idempotent repeat replays the first answer: a message's worded replies and events are kept with its
 * idempotency key once worded (`keep`), and a repeat of the key gets exactly those back (`replay`). A
 * repeat that arrives while the first is still being worded is `MESSAGE_IN_PROGRESS` (never a second,
 * different reply); one whose first answer was never kept (the process stopped between storing the
 * facts and wording the reply) is `REPLY_NOT_KEPT` once that is plainly so.
 */
import type { CoachDeps } from '../coach-deps.js';
import type { Reply } from '../prompts/coach-message.js';
import { messageErrorText, type MessageErrorCode } from '../prompts/templates/message-error-words.js';
import { err, ok, type Result } from '../rules/result.js';
import type { CoachEvent } from '../turn/events.js';

/** What a message was answered with, as kept with its key. */
export interface KeptOutcome {
  readonly replies: readonly Reply[];
  readonly events: readonly CoachEvent[];
}

/** How long a claimed message may take to be worded before its reply counts as lost, s (LLM wording included). */
export const IN_FLIGHT_SECONDS = 120;

const refused = (code: MessageErrorCode) => err(code, messageErrorText(code), {});

function isKept(value: unknown): value is KeptOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const { replies, events } = value as Record<string, unknown>;
  return Array.isArray(replies) && Array.isArray(events);
}

/**
 * Keeps the first answer of a claimed message and returns the one kept: this one, or (when another
 * delivery of the same key got there first) that one, so two answers to one key are always the same.
 */
export async function keep(
  deps: Pick<CoachDeps, 'repositories'>,
  source: string,
  key: string,
  outcome: KeptOutcome,
): Promise<KeptOutcome> {
  const stored = await deps.repositories.events.keepOutcome(source, key, outcome);
  return isKept(stored) ? stored : outcome;
}

/** The kept answer of a message already claimed, or why there is none to give. */
export async function replay(
  deps: Pick<CoachDeps, 'repositories'>,
  source: string,
  key: string,
): Promise<Result<KeptOutcome & { readonly replayed: true }, MessageErrorCode>> {
  const event = await deps.repositories.events.find(source, key);
  if (event && isKept(event.outcome)) return ok({ ...event.outcome, replayed: true });
  if (event && event.ageSeconds > IN_FLIGHT_SECONDS) return refused('REPLY_NOT_KEPT');
  return refused('MESSAGE_IN_PROGRESS');
}
