/** Words an outbox message from what was stored with it (persona, channel, units, name, tone). */
import type { OutboxMessage } from '../ports/outbox.js';
import type { Reply } from '../prompts/coach-message.js';
import type { Wording } from '../prompts/wording.js';

/** The sender's `word`: the wording port over the stored request (never reads the runner again). */
export function wordOutboxMessage(wording: Wording): (message: OutboxMessage) => Promise<Reply> {
  return (message) => wording.word(message.payload);
}
