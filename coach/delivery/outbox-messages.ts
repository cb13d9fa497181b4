/** The outbox rows for one turn's messages: one row per message, in order, with what wording needs. */
import type { Destination, NewOutboxMessage } from '../ports/outbox.js';
import type { CoachMessage } from '../prompts/coach-message.js';
import type { Channel, Persona, Units } from '../prompts/persona.js';
import { replySoftens } from '../prompts/templates/index.js';

/** Who the messages are for, as wording needs them. */
export interface Recipient {
  /** Null when the runner was deleted in this turn (the row outlives them). */
  readonly athleteId: string | null;
  readonly persona: Persona;
  readonly units: Units;
  readonly name: string;
}

/**
 * One row per message (so a failure part way never resends what already went), each carrying the
 * turn's tone: pain or poor readiness anywhere in the turn softens every message, as `wordAll` does.
 */
export function outboxMessagesFor(
  recipient: Recipient,
  deliver: Destination,
  channel: Channel,
  messages: readonly CoachMessage[],
  at: Date,
): NewOutboxMessage[] {
  const soften = replySoftens(messages);
  return messages.map((message) => ({
    athleteId: recipient.athleteId,
    channel: deliver.channel,
    destination: deliver.destination,
    at,
    payload: {
      message,
      persona: recipient.persona,
      channel,
      units: recipient.units,
      name: recipient.name,
      ...(soften ? { soften } : {}),
    },
  }));
}
