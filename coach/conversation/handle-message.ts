/**
 * The conversation core every channel shares (HTTP, terminal, Telegram, phone): a runner's message in,
 * worded replies and events out. The runner is read once, locked, in the message's transaction; parsing,
 * the turn and adaptation run there, and the runner's state and changes are saved with one write at the
 * end. A question is answered first without lock or transaction (`questionPass`): it writes nothing.
 * An LLM (extraction, wording) is only ever called outside the transaction.
 */
import { messageErrorText, type MessageErrorCode } from '../prompts/templates/message-error-words.js';
import type { CoachDeps } from '../coach-deps.js';
import { patched, type Athlete } from '../model/athlete.js';
import type { Reply } from '../prompts/coach-message.js';
import type { Channel } from '../prompts/persona.js';
import { PLAUSIBLE } from '../rules/plausibility.js';
import { extractionPhrase } from './extraction-phrase.js';
import { err, ok, type Result } from '../rules/result.js';
import type { CoachEvent } from '../turn/events.js';
import type { Turn } from '../turn/turn.js';
import { encodeOption, type ChosenOption } from '../prompts/chosen-option.js';
import type { ActivityFileInput } from '../use-cases/import-activity.js';
import type { Repositories } from '../ports/repositories.js';
import type { Destination } from '../ports/outbox.js';
import { enqueueReplies, wordAll } from './answer.js';
import { NeedsWrite, readOnly, rememberingReads } from './turn-repositories.js';
import {
  afterTurn,
  firstReading,
  looksLikeQuestion,
  onlyAsks,
  turnFor,
  understand,
  type FirstReading,
} from './message-turn.js';
import { keep, replay } from './replay.js';

/** Longest message the coach reads, in characters (`PLAUSIBLE.messageChars`: a long paste is not a training log). */
export const MAX_MESSAGE_LENGTH = PLAUSIBLE.messageChars.max;

export type IncomingMessage = {
  readonly athleteId: string;
  /** When the runner sent it (for "yesterday"); defaults to now. */
  readonly at?: Date;
  readonly channel: Channel;
  /**
   * Makes a retried delivery harmless: the first message with this (source, key) for the runner is handled,
   * a repeat gets the first answer again (`replayed`, `replay.ts`; with `deliver` it is refused with
   * DUPLICATE_MESSAGE: the replies are in the outbox). Claimed in the same transaction as the message's writes.
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
  /** True when this is a repeat of an idempotency key: the first answer, kept with the key. */
  readonly replayed?: true;
}

export type MessageError = MessageErrorCode;

/** A refused message: its code and facts, the sentence from coach/prompts (`message-error-words.ts`). */
const refused = (code: MessageError, facts: Record<string, unknown> = {}) =>
  err(code, messageErrorText(code, facts), facts);

/** Thrown inside the unit of work to roll it back when a delivery was already handled. */
class Duplicate extends Error {
  constructor(readonly eventKey: string) {
    super('duplicate');
  }
}

/** One pass of the message through the transaction: what it came to. */
type Pass =
  | { readonly turn: Turn; readonly athlete: Athlete; readonly enqueued?: readonly string[] }
  | 'extract'
  | { readonly duplicate: string }
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
  const { idempotency } = incoming;
  if (typeof done === 'object' && 'duplicate' in done) {
    if (incoming.deliver || !idempotency) return refused('DUPLICATE_MESSAGE');
    return replay(deps, idempotency.source, done.duplicate);
  }
  if (done === 'not-found' || done === 'extract') return refused('ATHLETE_NOT_FOUND');
  const { messages, events } = done.turn;
  if (done.enqueued) return ok({ replies: [], events, enqueued: done.enqueued });
  const replies = await wordAll(deps, done.athlete, incoming.channel, messages);
  // Kept with the key (after wording, outside the transaction), so a repeat replays these very words.
  if (!idempotency || done.turn.deleted) return ok({ replies, events });
  return ok(
    await keep(deps, idempotency.source, `${done.athlete.id}:${idempotency.key}`, { replies, events }),
  );
}

/**
 * Answers the message, unlocked and without a transaction, when it only asks (today, this week, paces,
 * why, a coaching question): read-only repositories refuse any write, and a turn that tried one, or whose
 * conversation state changed, is answered the ordinary way instead (undefined). With `deliver` or an
 * idempotency key, the claim and the replies are written in one short unit of work of their own.
 */
async function questionPass(
  deps: CoachDeps,
  incoming: IncomingMessage,
  text: string,
  at: Date,
  read: { readonly mayExtract: boolean; readonly phrase?: string },
  first: FirstReading,
): Promise<Pass | undefined> {
  const athlete = await deps.repositories.athletes.findById(incoming.athleteId);
  if (!athlete) return 'not-found';
  if (athlete.state.onboarding !== undefined || athlete.state.conversation.pendingDelete) return undefined;
  const understood = understand(deps, athlete, incoming, text, at, read, first);
  if (understood === 'extract') return 'extract';
  if (!onlyAsks(understood.parsed)) return undefined;
  try {
    const repos = readOnly(rememberingReads(deps.repositories));
    const turn = await turnFor(repos, athlete, incoming, text, understood);
    if (turn.adapt || turn.deleted || afterTurn(athlete, turn, understood).changed) return undefined;
    const { idempotency, deliver } = incoming;
    if (!idempotency && !deliver) return { turn, athlete };
    return await deps.unitOfWork.run(async (writing): Promise<Pass> => {
      await claimOnce(writing, athlete, incoming);
      return { turn, athlete, ...(await enqueue(writing, incoming, athlete, turn, deps.clock.now())) };
    });
  } catch (error) {
    if (error instanceof NeedsWrite) return undefined;
    if (error instanceof Duplicate) return { duplicate: error.eventKey };
    throw error;
  }
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
  const words = !incoming.option && !incoming.file;
  const first = words
    ? firstReading(read.phrase ?? text, at, deps.readingTerms?.get(incoming.athleteId))
    : undefined;
  // A question takes its turn too: answered after what the runner sent before it (a run, a check-in), and
  // one runner flooding the process with questions has one of them running at a time, not all.
  const answer = async () => {
    const asked =
      first && looksLikeQuestion(first)
        ? await questionPass(deps, incoming, text, at, read, first)
        : undefined;
    return asked ?? lockedPass(deps, incoming, text, at, read, first);
  };
  return deps.turns ? deps.turns.run(incoming.athleteId, answer) : answer();
}

/** The locked pass of `pass`: one transaction with the runner's row locked. */
function lockedPass(
  deps: CoachDeps,
  incoming: IncomingMessage,
  text: string,
  at: Date,
  read: { readonly mayExtract: boolean; readonly phrase?: string },
  first: FirstReading | undefined,
): Promise<Pass> {
  return deps.unitOfWork
    .run(async (transaction): Promise<Pass> => {
      const repos = rememberingReads(transaction);
      const athlete = await repos.athletes.lockForUpdate(incoming.athleteId);
      if (!athlete) return 'not-found';
      const understood = understand(deps, athlete, incoming, text, at, read, first);
      if (understood === 'extract') return 'extract';
      await claimOnce(repos, athlete, incoming);
      const turn = await turnFor(repos, athlete, incoming, text, understood);
      if (turn.deleted)
        return { turn, athlete, ...(await enqueue(repos, incoming, athlete, turn, deps.clock.now())) };
      const { changes, next, changed } = afterTurn(athlete, turn, understood);
      // A question changes nothing about the runner: no write (and no disk flush) for it.
      // A message that stored something marks the runner as heard from (the nightly adaptation skips them).
      const saved = changed
        ? await repos.athletes.saveState(athlete.id, next, changes, deps.clock.now())
        : undefined;
      const after = !changed ? athlete : saved?.ok ? saved.value : patched(athlete, changes);
      return { turn, athlete: after, ...(await enqueue(repos, incoming, after, turn, deps.clock.now())) };
    })
    .catch((error: unknown) => {
      if (error instanceof Duplicate) return { duplicate: error.eventKey };
      throw error;
    });
}

/** Claims the message's idempotency key, keyed by the stored runner id; a repeat rolls back (`Duplicate`). */
async function claimOnce(repos: Repositories, athlete: Athlete, incoming: IncomingMessage): Promise<void> {
  const { idempotency } = incoming;
  if (!idempotency) return;
  // Keyed by the stored runner id, so the same key through a differently spelled id is still a repeat.
  const eventKey = `${athlete.id}:${idempotency.key}`;
  if (!(await repos.events.claim(idempotency.source, eventKey, athlete.id))) throw new Duplicate(eventKey);
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
