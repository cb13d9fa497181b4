/**
 * The conversation core every channel shares (HTTP, terminal, Telegram, phone): a runner's message in,
 * worded replies and events out. The runner is read once, locked, in the message's transaction; parsing,
 * the turn and adaptation run there, and the runner's state and changes are saved with one write at the
 * end. An LLM (extraction, wording) is only ever called outside the transaction.
 */
import { canonicalJson } from '../canonical-json.js';
import { messageErrorText, type MessageErrorCode } from '../prompts/templates/message-error-words.js';
import type { CoachDeps } from '../coach-deps.js';
import { localNow } from '../local-date.js';
import { patched, type Athlete } from '../model/athlete.js';
import type { RunnerState } from '../model/runner-state.js';
import type { Reply } from '../prompts/coach-message.js';
import type { Channel } from '../prompts/persona.js';
import { parseMessage } from '../rules/language/parse-message.js';
import { PLAUSIBLE } from '../rules/plausibility.js';
import type { ParseContext, ParsedMessage } from '../rules/language/types.js';
import { extractionPhrase } from './extraction-phrase.js';
import { err, ok, type Result } from '../rules/result.js';
import { adaptationTurn } from '../adaptation/adaptation-turn.js';
import { applyAdaptation } from '../adaptation/apply-adaptation.js';
import type { CoachEvent } from '../turn/events.js';
import { route } from './route.js';
import type { ConversationState } from '../model/conversation-state.js';
import { combine, type RunnerChanges, type Turn } from '../turn/turn.js';
import { rememberStored } from '../use-cases/undo.js';
import { encodeOption, type ChosenOption } from '../prompts/chosen-option.js';
import { offeredOptions } from '../prompts/offered-options.js';
import { optionInText } from './option-in-text.js';
import { routeOption } from './route-option.js';
import { importActivity, type ActivityFileInput } from '../use-cases/import-activity.js';
import type { Repositories } from '../ports/repositories.js';
import type { Destination } from '../ports/outbox.js';
import { enqueueReplies, wordAll } from './answer.js';

/** Longest message the coach reads, in characters (`PLAUSIBLE.messageChars`: a long paste is not a training log). */
export const MAX_MESSAGE_LENGTH = PLAUSIBLE.messageChars.max;

export type IncomingMessage = {
  readonly athleteId: string;
  /** When the runner sent it (for "yesterday"); defaults to now. */
  readonly at?: Date;
  readonly channel: Channel;
  /**
   * Makes a retried delivery harmless: the first message with this (source, key) for the runner is handled,
   * a repeat is refused with DUPLICATE_MESSAGE. Claimed in the same transaction as the message's writes.
   */
  readonly idempotency?: { readonly source: string; readonly key: string };
  /**
   * Send the replies through the outbox to this destination: they are enqueued in the message's unit of
   * work (committed with its facts), worded and sent later by the outbox sender; the outcome carries the
   * enqueued ids and no worded replies. A message from the destination makes it active again.
   */
  readonly deliver?: Destination;
} & (
  | { readonly text: string; readonly option?: undefined; readonly file?: undefined }
  /** A quick reply the runner chose: handled as that option (`route-option.ts`), never parsed as words. */
  | { readonly option: ChosenOption; readonly text?: undefined; readonly file?: undefined }
  /** An activity file already read (`import-file.ts`): stored as a run (`importActivity`), never parsed. */
  | { readonly file: ActivityFileInput; readonly text?: undefined; readonly option?: undefined }
);

export interface MessageOutcome {
  /** Worded replies; none when the message asked for `deliver` (they are in the outbox). */
  readonly replies: readonly Reply[];
  readonly events: readonly CoachEvent[];
  /** With `deliver`: the outbox ids of the replies, in order. */
  readonly enqueued?: readonly string[];
}

export type MessageError = MessageErrorCode;

/** A refused message: its code and facts, the sentence from coach/prompts (`message-error-words.ts`). */
const refused = (code: MessageError, facts: Record<string, unknown> = {}) =>
  err(code, messageErrorText(code, facts), facts);

/** Thrown inside the unit of work to roll it back when a delivery was already handled. */
class Duplicate extends Error {}

/** One pass of the message through the transaction: what it came to. */
type Pass =
  | { readonly turn: Turn; readonly athlete: Athlete; readonly enqueued?: readonly string[] }
  | 'extract'
  | 'duplicate'
  | 'not-found';

export async function handleMessage(
  deps: CoachDeps,
  incoming: IncomingMessage,
): Promise<Result<MessageOutcome, MessageError>> {
  const { option, file } = incoming;
  const text = option ? encodeOption(option) : file ? `file:${file.read.format}` : incoming.text.trim();
  if (text.length === 0) return refused('MESSAGE_EMPTY');
  if (text.length > MAX_MESSAGE_LENGTH) {
    return refused('MESSAGE_TOO_LONG', { maxChars: MAX_MESSAGE_LENGTH });
  }
  const at = incoming.at ?? deps.clock.now();
  let done = await pass(deps, incoming, text, at, { mayExtract: deps.extractor !== undefined });
  if (done === 'extract' && deps.extractor) {
    // The parser understood nothing: the model reads the message outside any transaction (an LLM call may
    // take seconds and must not hold a database connection), and the turn runs again on its extraction,
    // stated as runner text so the parser still judges every number.
    const extraction = await deps.extractor.extract(text, incoming.channel);
    const phrase = extraction ? extractionPhrase(extraction) : undefined;
    done = await pass(deps, incoming, text, at, { mayExtract: false, ...(phrase ? { phrase } : {}) });
  }
  if (done === 'duplicate') return refused('DUPLICATE_MESSAGE');
  if (done === 'not-found' || done === 'extract') return refused('ATHLETE_NOT_FOUND');
  const { messages, events } = done.turn;
  if (done.enqueued) return ok({ replies: [], events, enqueued: done.enqueued });
  return ok({ replies: await wordAll(deps, done.athlete, incoming.channel, messages), events });
}

/**
 * Reads the runner once (locked until the transaction ends: concurrent messages from one runner take
 * turns), parses the message, runs the turn and adaptation, and saves the runner's state and changes with
 * one write. Returns `extract`, having written nothing, when the parser understands nothing and the LLM
 * extractor may read the message first.
 */
async function pass(
  deps: CoachDeps,
  incoming: IncomingMessage,
  text: string,
  at: Date,
  read: { readonly mayExtract: boolean; readonly phrase?: string },
): Promise<Pass> {
  return deps.unitOfWork
    .run(async (repos): Promise<Pass> => {
      const athlete = await repos.athletes.lockForUpdate(incoming.athleteId);
      if (!athlete) return 'not-found';
      // `at` (when the runner wrote it) anchors what their words mean; "today" is the coach's own clock.
      const sent = localNow(at, athlete.timezone);
      const now = localNow(deps.clock.now(), athlete.timezone);
      const context: ParseContext = { today: sent.date, timezoneNow: sent, units: athlete.units };
      const { option, file } = incoming;
      const parsed = option || file ? NOTHING_PARSED : parseMessage(read.phrase ?? text, context);
      // Onboarding reads its answers with its own reader: the model's intents have nothing to add there.
      const onboarding = athlete.state.onboarding !== undefined;
      const unknown = parsed.intents.length === 1 && parsed.intents[0] === 'unknown';
      if (read.mayExtract && unknown && !onboarding) return 'extract';
      const { idempotency } = incoming;
      // Keyed by the stored runner id, so the same key through a differently spelled id is still a repeat.
      const eventKey = idempotency ? `${athlete.id}:${idempotency.key}` : undefined;
      if (idempotency && eventKey && !(await repos.events.claim(idempotency.source, eventKey, athlete.id))) {
        throw new Duplicate();
      }
      const state = athlete.state.conversation;
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
      // A chosen option, or text that means one ("2", "keep_original"), is handled as that option.
      const chosen = file
        ? undefined
        : (option ?? optionInText(text, state, athlete.state.onboarding, parsed));
      let turn = file
        ? await importActivity(ctx, file)
        : chosen
          ? await routeOption(ctx, chosen)
          : await route(ctx);
      if (turn.adapt && !turn.deleted) {
        const outcome = await applyAdaptation(repos, athlete, now.date);
        turn = combine(turn, adaptationTurn(outcome, now.date, turn.state ?? state, turn.messages));
      }
      if (turn.deleted)
        return { turn, athlete, ...(await enqueue(repos, incoming, athlete, turn, deps.clock.now())) };
      // What this turn stored (and what adaptation did with it) is what "undo" takes back.
      const conversation = {
        ...rememberStored(turn, turn.state ?? state, now.date),
        offered: offeredNow(turn, state),
      };
      const changes = turn.runner?.athlete ?? {};
      const next = nextRunnerState(athlete.state, turn.runner, conversation);
      // A question changes nothing about the runner: no write (and no disk flush) for it.
      const unchanged =
        Object.keys(changes).length === 0 && canonicalJson(next) === canonicalJson(athlete.state);
      // A message that stored something marks the runner as heard from (the nightly adaptation skips them).
      const saved = unchanged
        ? undefined
        : await repos.athletes.saveState(athlete.id, next, changes, deps.clock.now());
      const after = unchanged ? athlete : saved?.ok ? saved.value : patched(athlete, changes);
      return { turn, athlete: after, ...(await enqueue(repos, incoming, after, turn, deps.clock.now())) };
    })
    .catch((error: unknown) => {
      if (error instanceof Duplicate) return 'duplicate' as const;
      throw error;
    });
}

/** With `deliver`: the turn's messages into the outbox, in this unit of work (a deleted runner's rows are not tied to them). */
async function enqueue(
  repos: Repositories,
  incoming: IncomingMessage,
  athlete: Athlete,
  turn: Turn,
  at: Date,
): Promise<{ enqueued?: readonly string[] }> {
  const { deliver } = incoming;
  if (!deliver) return {};
  const to = { ...athlete, id: turn.deleted ? null : athlete.id };
  return { enqueued: await enqueueReplies(repos, to, deliver, incoming.channel, turn.messages, at) };
}

/** What a chosen option is parsed as: nothing (it is never read as words). */
const NOTHING_PARSED: ParsedMessage = { intents: [], slots: {}, problems: [] };

/** The options this turn's reply offers (a bare number picks one next); a refused option keeps the last ones. */
function offeredNow(turn: Turn, before: ConversationState): readonly ChosenOption[] | undefined {
  const offered = offeredOptions(turn.messages);
  if (offered.length > 0) return offered;
  return turn.events.some((e) => e.type === 'option_stale') ? before.offered : undefined;
}

/** The runner-state document after a turn: its draft, profile and conversation state. */
function nextRunnerState(
  state: RunnerState,
  changes: RunnerChanges | undefined,
  conversation: ConversationState,
): RunnerState {
  const { onboarding, profile, ...rest } = state;
  const draft = changes?.onboarding === undefined ? onboarding : (changes.onboarding ?? undefined);
  const nextProfile = changes?.profile ?? profile;
  return {
    ...rest,
    ...(draft ? { onboarding: draft } : {}),
    ...(nextProfile ? { profile: nextProfile } : {}),
    conversation,
  };
}
