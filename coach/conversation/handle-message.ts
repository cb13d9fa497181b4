/**
 * The conversation core every channel shares (HTTP, terminal, Telegram, phone): a runner's message in,
 * worded replies and events out. Parsing and every write happen in one transaction; adaptation runs once
 * after the facts are stored; wording (which may call an LLM) happens after the transaction.
 */
import type { CoachDeps } from '../coach-deps.js';
import { localNow } from '../local-date.js';
import type { Athlete } from '../model/athlete.js';
import type { CoachMessage, Reply } from '../prompts/coach-message.js';
import { replySoftens } from '../prompts/templates/index.js';
import type { Channel } from '../prompts/persona.js';
import { parseMessage } from '../rules/language/parse-message.js';
import { PLAUSIBLE } from '../rules/plausibility.js';
import type { ParseContext, ParsedMessage } from '../rules/language/types.js';
import { extractionPhrase } from './extraction-phrase.js';
import { err, ok, type Result } from '../rules/result.js';
import { adaptationTurn } from '../adaptation/adaptation-turn.js';
import { applyAdaptation } from '../adaptation/apply-adaptation.js';
import type { CoachEvent } from './events.js';
import { route } from './route.js';
import { conversationOf, withConversation } from './state.js';
import { combine } from './turn.js';
import { rememberStored } from '../use-cases/undo.js';

/** Longest message the coach reads, in characters (`PLAUSIBLE.messageChars`: a long paste is not a training log). */
export const MAX_MESSAGE_LENGTH = PLAUSIBLE.messageChars.max;

export interface IncomingMessage {
  readonly athleteId: string;
  readonly text: string;
  /** When the runner sent it (for "yesterday"); defaults to now. */
  readonly at?: Date;
  readonly channel: Channel;
  /**
   * Makes a retried delivery harmless: the first message with this (source, key) for the runner is handled,
   * a repeat is refused with DUPLICATE_MESSAGE. Claimed in the same transaction as the message's writes.
   */
  readonly idempotency?: { readonly source: string; readonly key: string };
}

export interface MessageOutcome {
  readonly replies: readonly Reply[];
  readonly events: readonly CoachEvent[];
}

export type MessageError = 'ATHLETE_NOT_FOUND' | 'MESSAGE_EMPTY' | 'MESSAGE_TOO_LONG' | 'DUPLICATE_MESSAGE';

/** Thrown inside the unit of work to roll it back when a delivery was already handled. */
class Duplicate extends Error {}

export async function handleMessage(
  deps: CoachDeps,
  incoming: IncomingMessage,
): Promise<Result<MessageOutcome, MessageError>> {
  const text = incoming.text.trim();
  if (text.length === 0) return err('MESSAGE_EMPTY', 'Say something to your coach: the message was empty.');
  if (text.length > MAX_MESSAGE_LENGTH) {
    return err('MESSAGE_TOO_LONG', `Messages can be at most ${MAX_MESSAGE_LENGTH} characters.`);
  }
  const at = incoming.at ?? deps.clock.now();
  // Parse before the transaction: an LLM fallback may take seconds and must not hold the database.
  const reader = await deps.repositories.athletes.findById(incoming.athleteId);
  if (!reader) return err('ATHLETE_NOT_FOUND', 'No runner with that id.');
  // `at` (when the runner wrote it) anchors what their words mean; "today" is the coach's own clock.
  const sent = localNow(at, reader.timezone);
  const now = localNow(deps.clock.now(), reader.timezone);
  const parsed = await understand(
    deps,
    text,
    { today: sent.date, timezoneNow: sent, units: reader.units },
    incoming.channel,
  );
  const done = await deps.unitOfWork
    .run(async (repos) => {
      // Holds the runner's row to the end: concurrent messages from one runner take turns.
      const athlete = await repos.athletes.lockForUpdate(incoming.athleteId);
      if (!athlete) return undefined;
      const { idempotency } = incoming;
      // Keyed by the stored runner id, so the same key through a differently spelled id is still a repeat.
      const eventKey = idempotency ? `${athlete.id}:${idempotency.key}` : undefined;
      if (idempotency && eventKey && !(await repos.events.claim(idempotency.source, eventKey, athlete.id))) {
        throw new Duplicate();
      }
      const state = conversationOf(athlete);
      const ctx = {
        repos,
        athlete,
        today: now.date,
        sentOn: sent.date < now.date ? sent.date : now.date,
        hour: now.hour,
        parsed,
        state,
        text,
      };
      let turn = await route(ctx);
      if (turn.adapt && !turn.deleted) {
        const outcome = await applyAdaptation(repos, athlete.id, now.date);
        turn = combine(turn, adaptationTurn(outcome, now.date, turn.state ?? state, turn.messages));
      }
      if (turn.deleted) return { turn, athlete };
      // Re-read: the turn may have changed the profile (a replan, an onboarding answer) or the persona.
      const current = (await repos.athletes.findById(athlete.id)) ?? athlete;
      const updated = await repos.athletes.update(athlete.id, {
        // What this turn stored (and what adaptation did with it) is what "undo" takes back.
        profile: withConversation(current, rememberStored(turn, turn.state ?? state, now.date)),
      });
      return { turn, athlete: updated?.ok ? updated.value : current };
    })
    .catch((error: unknown) => {
      if (error instanceof Duplicate) return 'duplicate' as const;
      throw error;
    });
  if (done === 'duplicate') return err('DUPLICATE_MESSAGE', 'This message was already handled.');
  if (!done) return err('ATHLETE_NOT_FOUND', 'No runner with that id.');
  const { messages, events } = done.turn;
  return ok({ replies: await wordAll(deps, done.athlete, incoming.channel, messages), events });
}

/**
 * The parser reads the message; only when it understands nothing, and an LLM is configured, the model's
 * extraction is stated as runner text and parsed again (so the parser still judges every number).
 */
async function understand(
  deps: CoachDeps,
  text: string,
  context: ParseContext,
  channel: Channel,
): Promise<ParsedMessage> {
  const parsed = parseMessage(text, context);
  if (!deps.extractor || parsed.intents.length !== 1 || parsed.intents[0] !== 'unknown') return parsed;
  const extraction = await deps.extractor.extract(text, channel);
  const phrase = extraction ? extractionPhrase(extraction) : undefined;
  return phrase ? parseMessage(phrase, context) : parsed;
}

/** Words every message in the runner's persona and units. */
export async function wordAll(
  deps: CoachDeps,
  athlete: Athlete,
  channel: Channel,
  messages: readonly CoachMessage[],
) {
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
