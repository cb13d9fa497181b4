/**
 * One message's turn, the part every pass of `handle-message.ts` shares: the message read in the
 * runner's terms, the use case it asks for (with adaptation after it when due), and the runner's state
 * after it. Reads and writes only through the repositories it is given.
 */
import { sameJson } from '../canonical-json.js';
import type { CoachDeps } from '../coach-deps.js';
import { localNow } from '../local-date.js';
import type { Athlete } from '../model/athlete.js';
import type { Terms } from '../ports/reading-terms.js';
import type { RunnerState } from '../model/runner-state.js';
import type { ConversationState } from '../model/conversation-state.js';
import type { ChosenOption } from '../prompts/chosen-option.js';
import { offeredOptions } from '../prompts/offered-options.js';
import { parseMessage } from '../rules/language/parse-message.js';
import type { Intent, ParseContext, ParsedMessage } from '../rules/language/types.js';
import { adaptationTurn } from '../adaptation/adaptation-turn.js';
import { applyAdaptation } from '../adaptation/apply-adaptation.js';
import type { Repositories } from '../ports/repositories.js';
import { combine, type RunnerChanges, type Turn } from '../turn/turn.js';
import { rememberStored } from '../use-cases/undo.js';
import type { ActivityFileInput } from '../use-cases/import-activity.js';
import { importActivity } from '../use-cases/import-activity.js';
import { hasWellnessFacts } from '../use-cases/morning-checkin.js';
import { optionInText } from './option-in-text.js';
import { routeOption } from './route-option.js';
import { route } from './route.js';

/** What the runner sent besides words: a chosen option or an activity file (never read as words). */
export interface MessageInput {
  readonly option?: ChosenOption;
  readonly file?: ActivityFileInput;
}

/** The message read in the runner's terms: their dates, their units. */
export interface Understood {
  readonly parsed: ParsedMessage;
  /** When the runner wrote it, in their timezone. */
  readonly sent: ReturnType<typeof localNow>;
  /** The coach's clock in their timezone: what "today" is for the plan. */
  readonly now: ReturnType<typeof localNow>;
}

/**
 * The words as read before the runner is (`looksLikeQuestion`), kept for `understand`: in the runner's
 * terms as last seen (`ReadingTerms`), else UTC and km.
 */
export interface FirstReading {
  readonly text: string;
  readonly context: ParseContext;
  readonly parsed: ParsedMessage;
}

/** Reads `text` as sent at `at`, before the runner is read: in `terms` when known, else UTC dates and km. */
export function firstReading(text: string, at: Date, terms?: Terms): FirstReading {
  const sent = localNow(at, terms?.timezone ?? 'UTC');
  const context: ParseContext = { today: sent.date, timezoneNow: sent, units: terms?.units ?? 'km' };
  return { text, context, parsed: parseMessage(text, context) };
}

/**
 * Whether the words look like they only ask, read before the runner is (their timezone and units do not
 * change what a message asks for, only the dates and distances in it): a question is tried unlocked first,
 * anything else goes straight to the locked pass. The runner's own reading still decides.
 */
export function looksLikeQuestion(first: FirstReading): boolean {
  return onlyAsks(first.parsed);
}

/** The same words in the same terms (date, hour, units): the parser, pure, would read them the same. */
const sameReading = (first: FirstReading | undefined, text: string, context: ParseContext) =>
  first !== undefined &&
  first.text === text &&
  first.context.today === context.today &&
  first.context.units === context.units &&
  first.context.timezoneNow?.date === context.timezoneNow?.date &&
  first.context.timezoneNow?.hour === context.timezoneNow?.hour;

/** Intents a reply can answer by reading alone. */
const ASKING: ReadonlySet<Intent> = new Set([
  'ask_today',
  'ask_week',
  'ask_paces',
  'ask_why',
  'ask_question',
  'greeting',
  'help',
]);

/** True when the message only asks: no fact in it to store, nothing to clarify. */
export function onlyAsks(parsed: ParsedMessage): boolean {
  return (
    parsed.intents.length > 0 &&
    parsed.intents.every((i) => ASKING.has(i)) &&
    parsed.problems.length === 0 &&
    !hasWellnessFacts(parsed.slots) &&
    parsed.slots.rpe === undefined
  );
}

/** Parses the message in the runner's terms; `extract` when the LLM extractor should read it first. */
export function understand(
  deps: Pick<CoachDeps, 'clock' | 'readingTerms'>,
  athlete: Athlete,
  incoming: MessageInput,
  text: string,
  at: Date,
  read: { readonly mayExtract: boolean; readonly phrase?: string },
  first?: FirstReading,
): Understood | 'extract' {
  // `at` (when the runner wrote it) anchors what their words mean; "today" is the coach's own clock.
  const sent = localNow(at, athlete.timezone);
  const now = localNow(deps.clock.now(), athlete.timezone);
  const context: ParseContext = { today: sent.date, timezoneNow: sent, units: athlete.units };
  deps.readingTerms?.set(athlete.id, athlete);
  // A chosen option or a file is never read as words.
  const words = !incoming.option && !incoming.file;
  const said = read.phrase ?? text;
  // The first reading is reused when the runner's terms are the ones it was read in (a UTC runner in km).
  const parsed = !words
    ? NOTHING_PARSED
    : sameReading(first, said, context)
      ? first!.parsed
      : parseMessage(said, context);
  // Onboarding reads its answers with its own reader: the model's intents have nothing to add there.
  const onboarding = athlete.state.onboarding !== undefined;
  const unknown = parsed.intents.length === 1 && parsed.intents[0] === 'unknown';
  if (read.mayExtract && unknown && !onboarding) return 'extract';
  return { parsed, sent, now };
}

/** The turn for the message (a file, a chosen option, or words), with adaptation after it when due. */
export async function turnFor(
  repos: Repositories,
  athlete: Athlete,
  incoming: MessageInput,
  text: string,
  { parsed, sent, now }: Understood,
): Promise<Turn> {
  const { option, file } = incoming;
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
  const chosen = file ? undefined : (option ?? optionInText(text, state, athlete.state.onboarding, parsed));
  let turn = file
    ? await importActivity(ctx, file)
    : chosen
      ? await routeOption(ctx, chosen)
      : await route(ctx);
  if (turn.adapt && !turn.deleted) {
    const outcome = await applyAdaptation(repos, athlete, now.date);
    turn = combine(turn, adaptationTurn(outcome, now.date, turn.state ?? state, turn.messages));
  }
  return turn;
}

/** The runner's state after the turn, and whether it (or the runner) changed at all. */
export function afterTurn(athlete: Athlete, turn: Turn, { now }: Understood) {
  const state = athlete.state.conversation;
  // What this turn stored (and what adaptation did with it) is what "undo" takes back.
  const conversation = {
    ...rememberStored(turn, turn.state ?? state, now.date),
    offered: offeredNow(turn, state),
  };
  const changes = turn.runner?.athlete ?? {};
  const next = nextRunnerState(athlete.state, turn.runner, conversation);
  const changed = Object.keys(changes).length > 0 || !sameJson(next, athlete.state);
  return { changes, next, changed };
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
