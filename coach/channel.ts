/**
 * The front door: the one module channels use (HTTP, terminal, Telegram, the phone line). A channel
 * opens a conversation by the runner's identity on it, then hands over each message, as text or as the
 * quick reply the runner chose. Every coaching decision is behind it; a channel only renders replies.
 *
 * @example
 * const opened = await openConversation(deps, { channel: 'telegram', chatId: 42 }, { name: 'Ana', timezone: 'Europe/Lisbon' });
 * if (opened.ok) show(opened.value.replies);
 * const outcome = await handleMessage(deps, { athleteId, input: { option: reply.options[1].option }, channel: 'telegram' });
 */
import type { CoachDeps } from './coach-deps.js';
import { answer, type Addressee, type Answered, type Once } from './conversation/answer.js';
import { actorOfChannel, auditingDeletes } from './conversation/audited-deletes.js';
import type { AuditActor } from './ports/audit-log.js';
import {
  handleMessage as handleIncoming,
  type MessageError,
  type MessageOutcome,
} from './conversation/handle-message.js';
import type { Athlete } from './model/athlete.js';
import { isE164 } from './model/phone-number.js';

export { isE164 } from './model/phone-number.js';
import { pendingQuestion } from './onboarding/onboarding-turn.js';
import { awaitingOnboarding } from './model/runner-state.js';
import type { ChosenOption } from './prompts/chosen-option.js';
import { messageErrorText } from './prompts/templates/message-error-words.js';
import type { CoachMessage, Reply } from './prompts/coach-message.js';
import type { Channel, Persona } from './prompts/persona.js';
import type { Destination } from './ports/outbox.js';
import { err, ok, type Result } from './rules/result.js';

export type { ChosenOption } from './prompts/chosen-option.js';
export type { Destination } from './ports/outbox.js';
export { decodeOption, encodeOption } from './prompts/chosen-option.js';
export type { MessageError, MessageOutcome } from './conversation/handle-message.js';
export { MAX_MESSAGE_LENGTH } from './conversation/handle-message.js';
/** Activity files (GPX, TCX, FIT) through the same core: stored as a run, the RPE question after it. */
export { importActivityFile, refuseActivityFile } from './conversation/import-file.js';
export type {
  ActivityFileUpload,
  ImportError,
  ImportOutcome,
  ImportRefused,
  ImportResult,
} from './conversation/import-file.js';
export { MAX_ACTIVITY_FILE_BYTES } from './activity-files/activity-file.js';
/** Today's session, worded and read-only (the browser call page shows it). */
export { todayReply, type TodayReply } from './conversation/today-reply.js';
/** The phone line (issue 13): a call's start, its turns and its end, worded in the phone form by templates. */
export { startCall, callTurn, endCall, CALL_KEYS } from './calls/index.js';
export { CLIENT_PREFIX } from './calls/call-caller.js';
export type { CallEnd, CallInput, CallStart, CallStep, CallTurn } from './calls/index.js';

/** Who the runner is on the channel they write from. */
export type ChannelIdentity =
  | { readonly channel: 'telegram'; readonly chatId: number }
  | { readonly channel: 'phone'; readonly e164: string }
  /** `athleteId` absent: a new runner on this terminal. */
  | { readonly channel: 'terminal'; readonly athleteId?: string }
  /** HTTP finds only: runners are created by `POST /api/athletes`. */
  | { readonly channel: 'http'; readonly athleteId: string };

export interface NewRunner {
  readonly name: string;
  /** IANA timezone, e.g. "Europe/Berlin". */
  readonly timezone: string;
  readonly persona?: Persona;
  /** BCP 47 tag; the coach speaks English only for now, so only `en…` is accepted. */
  readonly language?: string;
  /**
   * A phone number the runner shared on another channel (Telegram's contact button), E.164: stored so the
   * phone line knows them. One that belongs to another runner is refused with PHONE_TAKEN.
   */
  readonly phoneE164?: string;
}

export interface OpenedConversation {
  readonly athleteId: string;
  readonly name: string;
  /** True when this call created the runner (they start chat onboarding). */
  readonly isNew: boolean;
  /**
   * What to show as the conversation opens: a new runner's welcome and first question; for a returning
   * runner still onboarding, the question they are on; otherwise what they can say (help). None when
   * they went to the outbox (`deliver`).
   */
  readonly replies: readonly Reply[];
  /** With `deliver`: the outbox ids of those replies, in order. */
  readonly enqueued?: readonly string[];
}

/** How the conversation answers: `deliver` sends the replies through the outbox (Telegram). */
export interface OpenOptions {
  readonly deliver?: Destination;
  /** With `deliver`: the event that opened it (a Telegram update), answered once however often it comes. */
  readonly once?: Once;
}

export type OpenError =
  | 'ATHLETE_NOT_FOUND'
  | 'NAME_EMPTY'
  | 'NAME_TOO_LONG'
  | 'TIMEZONE_INVALID'
  | 'LANGUAGE_UNSUPPORTED'
  | 'PHONE_INVALID'
  | 'CHAT_ID_INVALID'
  | 'PHONE_TAKEN'
  | 'TELEGRAM_CHAT_TAKEN';

/** Longest runner name, characters (as the API's `name`). */
export const MAX_NAME_LENGTH = 80;

/** The wording channel a channel identity replies on. */
export function replyChannelOf(identity: ChannelIdentity): Channel {
  switch (identity.channel) {
    case 'telegram':
      return 'telegram';
    case 'phone':
      return 'voice';
    case 'terminal':
      return 'terminal';
    case 'http':
      return 'chat';
  }
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(value);
  } catch {
    return false;
  }
}

function validIdentity(identity: ChannelIdentity): Result<undefined, OpenError> {
  if (identity.channel === 'phone' && !isE164(identity.e164))
    return err('PHONE_INVALID', 'Expected an E.164 phone number like "+4915112345678".');
  if (identity.channel === 'telegram' && !Number.isSafeInteger(identity.chatId))
    return err('CHAT_ID_INVALID', 'A Telegram chat id is a whole number.');
  return ok(undefined);
}

function validRunner(runner: NewRunner): Result<NewRunner, OpenError> {
  const name = runner.name.trim();
  if (name.length === 0) return err('NAME_EMPTY', 'Tell me what to call you.');
  if (name.length > MAX_NAME_LENGTH)
    return err('NAME_TOO_LONG', `A name can be at most ${MAX_NAME_LENGTH} characters.`);
  if (!isTimeZone(runner.timezone))
    return err('TIMEZONE_INVALID', 'Expected an IANA timezone like "Europe/Berlin".');
  if (runner.language !== undefined && !/^en(?:-[A-Za-z0-9]{1,8})*$/i.test(runner.language))
    return err('LANGUAGE_UNSUPPORTED', 'The coach speaks English only for now.');
  if (runner.phoneE164 !== undefined && !isE164(runner.phoneE164))
    return err('PHONE_INVALID', 'Expected an E.164 phone number like "+4915112345678".');
  return ok({ ...runner, name });
}

async function findRunner(deps: CoachDeps, identity: ChannelIdentity): Promise<Athlete | undefined> {
  const athletes = deps.repositories.athletes;
  switch (identity.channel) {
    case 'telegram':
      return athletes.findByTelegramChat(identity.chatId);
    case 'phone':
      return athletes.findByPhone(identity.e164);
    default:
      return identity.athleteId === undefined ? undefined : athletes.findById(identity.athleteId);
  }
}

/**
 * Finds the runner by their identity on the channel, or creates them and starts chat onboarding. `runner`
 * is used only for a new runner (and is validated then). HTTP and a terminal naming a runner only find.
 */
export async function openConversation(
  deps: CoachDeps,
  identity: ChannelIdentity,
  runner: NewRunner,
  options: OpenOptions = {},
): Promise<Result<OpenedConversation, OpenError>> {
  const valid = validIdentity(identity);
  if (!valid.ok) return valid;
  const channel = replyChannelOf(identity);
  const found = await findRunner(deps, identity);
  if (found) {
    const messages = [pendingQuestion(found) ?? { kind: 'help' as const }];
    const answered = await answer(deps, found, channel, messages, options.deliver, options.once);
    return ok({ athleteId: found.id, name: found.name, isNew: false, ...answered });
  }
  if (identity.channel === 'http' || (identity.channel === 'terminal' && identity.athleteId !== undefined))
    return err('ATHLETE_NOT_FOUND', messageErrorText('ATHLETE_NOT_FOUND'));
  const checked = validRunner(runner);
  if (!checked.ok) return checked;
  const { name, timezone, persona, phoneE164 } = checked.value;
  const phone = identity.channel === 'phone' ? identity.e164 : phoneE164;
  // One insert, outside a unit of work: a conflict comes back as a code, not an aborted transaction.
  const created = await deps.repositories.athletes.create({
    name,
    timezone,
    state: awaitingOnboarding(),
    ...(persona ? { persona } : {}),
    ...(identity.channel === 'telegram' ? { telegramChatId: identity.chatId } : {}),
    ...(phone !== undefined ? { phoneE164: phone } : {}),
  });
  if (!created.ok) {
    // Created meanwhile by a concurrent first message on this channel: that runner is the one.
    if (await findRunner(deps, identity)) return openConversation(deps, identity, runner, options);
    return created;
  }
  const athlete = created.value;
  const messages = [{ kind: 'welcome' as const, name }, pendingQuestion(athlete)!];
  const answered = await answer(deps, athlete, channel, messages, options.deliver, options.once);
  return ok({ athleteId: athlete.id, name: athlete.name, isNew: true, ...answered });
}

export interface ChannelMessage {
  readonly athleteId: string;
  /** What the runner wrote, or the quick reply they chose (handled as that option, never as words). */
  readonly input: { readonly text: string } | { readonly option: ChosenOption };
  readonly channel: Channel;
  /** When the runner sent it; defaults to now. */
  readonly at?: Date;
  /**
   * Makes a retried delivery harmless: a repeat gets the first answer again (`replayed`); with `deliver`
   * it is refused with DUPLICATE_MESSAGE (the replies are in the outbox already).
   */
  readonly idempotency?: { readonly source: string; readonly key: string };
  /**
   * Reply through the outbox (e.g. `{ channel: 'telegram', destination: String(chatId) }`): the replies
   * are enqueued with the message's facts and sent by the outbox sender; the outcome has their ids
   * (`enqueued`) and no worded replies. Call the sender's `notify()` after.
   */
  readonly deliver?: Destination;
  /** Who a delete this message makes is recorded as in the audit log; default: by channel (`telegram`, `terminal`). */
  readonly actor?: AuditActor;
}

/** One message from the runner: worded replies (with their quick replies) and what changed. */
export function handleMessage(
  deps: CoachDeps,
  message: ChannelMessage,
): Promise<Result<MessageOutcome, MessageError>> {
  const { input, actor, ...rest } = message;
  const audited = {
    ...deps,
    unitOfWork: auditingDeletes(deps.unitOfWork, actor ?? actorOfChannel(message.channel)),
  };
  return handleIncoming(
    audited,
    'option' in input ? { ...rest, option: input.option } : { ...rest, text: input.text },
  );
}

/** A runner (or defaults for a chat that has none yet) a channel note is for. */
export type NoteAddressee = Addressee;

/**
 * One of the channel's own lines (`channel-note`: timezone, phone link, persona menu…) through the outbox,
 * after whatever the conversation already queued for that destination, once per `once` event. For a chat
 * without a runner pass `NO_RUNNER`.
 */
export async function deliverNote(
  deps: CoachDeps,
  to: Addressee,
  note: Extract<CoachMessage, { kind: 'channel-note' }>,
  deliver: Destination,
  once?: Once,
): Promise<Answered> {
  // The outbox delivers on Telegram only so far: a note is worded for it.
  return answer(deps, to, 'telegram', [note], deliver, once);
}

/** Wording defaults for a chat that has no runner yet. */
export const NO_RUNNER: Addressee = { id: null, persona: 'neutral', units: 'km', name: '' };
