/**
 * How a channel gets the coach's messages: worded now (HTTP, the terminal, the phone line answer in the
 * request), or enqueued in the outbox for the sender to word and send (Telegram: `deliver`). One place, so
 * every message goes out with one tone per reply and the outbox rows carry what wording needs.
 */
import type { CoachDeps } from '../coach-deps.js';
import { outboxMessagesFor, type Recipient } from '../delivery/outbox-messages.js';
import type { Destination } from '../ports/outbox.js';
import type { Repositories } from '../ports/repositories.js';
import type { CoachMessage, Reply } from '../prompts/coach-message.js';
import type { Channel } from '../prompts/persona.js';
import { replySoftens } from '../prompts/templates/index.js';

/** Who a reply is for, as wording needs them (a runner, or defaults for a chat without one). */
export type Addressee = Pick<Recipient, 'persona' | 'units' | 'name'> & { readonly id: string | null };

/** Worded replies, or (delivered through the outbox) none and the outbox ids, in order. */
export interface Answered {
  readonly replies: readonly Reply[];
  readonly enqueued?: readonly string[];
}

/** Words every message in the runner's persona and units. */
export async function wordAll(
  deps: Pick<CoachDeps, 'wording'>,
  athlete: Addressee,
  channel: Channel,
  messages: readonly CoachMessage[],
): Promise<Reply[]> {
  const replies: Reply[] = [];
  // One reply, one tone: pain or poor readiness anywhere in it softens every message.
  const soften = replySoftens(messages);
  for (const message of messages) {
    replies.push(
      await deps.wording.word({
        message,
        persona: athlete.persona,
        channel,
        units: athlete.units,
        name: athlete.name,
        ...(soften ? { soften } : {}),
      }),
    );
  }
  return replies;
}

/**
 * The messages into the outbox on `repos` (a unit of work's, so they commit with the facts they report).
 * The destination wrote to us, so it is active again.
 */
export async function enqueueReplies(
  repos: Pick<Repositories, 'outbox'>,
  to: Addressee,
  deliver: Destination,
  channel: Channel,
  messages: readonly CoachMessage[],
  at: Date,
): Promise<readonly string[]> {
  await repos.outbox.reactivate(deliver);
  const rows = outboxMessagesFor({ ...to, athleteId: to.id }, deliver, channel, messages, at);
  const stored = await repos.outbox.enqueue(rows);
  return stored.map((row) => row.id);
}

/** An inbound event answered at most once (a Telegram update id): a repeat enqueues nothing. */
export interface Once {
  readonly source: string;
  readonly key: string;
}

/**
 * Worded now, or with `deliver` enqueued in a unit of work of its own; with `once` too, only the first
 * time that event is answered (the claim commits with the rows).
 */
export async function answer(
  deps: CoachDeps,
  to: Addressee,
  channel: Channel,
  messages: readonly CoachMessage[],
  deliver?: Destination,
  once?: Once,
): Promise<Answered> {
  if (!deliver) return { replies: await wordAll(deps, to, channel, messages) };
  const at = deps.clock.now();
  const enqueued = await deps.unitOfWork.run(async (repos) => {
    if (once && !(await repos.events.claim(once.source, once.key, to.id ?? undefined))) return [];
    return enqueueReplies(repos, to, deliver, channel, messages, at);
  });
  return { replies: [], enqueued };
}
