/** What the nightly adaptation tells a runner it changed something for (`nightly-adaptation.ts`). */
import { outboxMessagesFor } from '../delivery/outbox-messages.js';
import type { Athlete } from '../model/athlete.js';
import type { ConversationState } from '../model/conversation-state.js';
import type { RunnerState } from '../model/runner-state.js';
import type { Repositories } from '../ports/repositories.js';
import { offeredOptions } from '../prompts/offered-options.js';
import { adaptationTurn } from './adaptation-turn.js';
import type { AdaptationOutcome } from './apply-adaptation.js';

/**
 * What the runner is told, through the outbox of the unit of work that stored `outcome` (Telegram
 * runners only), and the conversation state to save after it (undefined: unchanged).
 */
export async function tellAdapted(
  repos: Repositories,
  athlete: Athlete,
  outcome: AdaptationOutcome,
  today: string,
  now: Date,
): Promise<{ enqueued: number; state?: RunnerState }> {
  const state = athlete.state.conversation;
  const turn = adaptationTurn(outcome, today, state);
  let conversation: ConversationState | undefined = turn.state;
  let enqueued = 0;
  if (athlete.telegramChatId !== undefined && turn.messages.length > 0) {
    // Not `enqueueReplies`: the runner did not write, so a chat that blocked the bot stays inactive.
    const destination = { channel: 'telegram', destination: String(athlete.telegramChatId) } as const;
    const rows = outboxMessagesFor(
      { athleteId: athlete.id, persona: athlete.persona, units: athlete.units, name: athlete.name },
      destination,
      'telegram',
      turn.messages,
      now,
    );
    enqueued = (await repos.outbox.enqueue(rows)).length;
    // A bare "1" or "2" next answers the offer this message makes.
    conversation = { ...(conversation ?? state), offered: offeredOptions(turn.messages) };
  }
  return { enqueued, ...(conversation ? { state: { ...athlete.state, conversation } } : {}) };
}
