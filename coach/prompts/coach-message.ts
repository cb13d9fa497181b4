/**
 * Every reply the coach loop sends, as a typed record of facts (one union of the message families in
 * `messages/`). The wording layer (templates, or an LLM under guards) turns one of these into text; it never sees anything else, so a reply can only say what
 * the engine decided. Units are in the field names or documented: seconds, seconds per km (`SPerKm`), km
 * (`Km`/`km`), bpm (`Hr`), ISO dates `YYYY-MM-DD`.
 */
import type { Channel, Persona, Units } from './persona.js';
import type { ChosenOption } from './chosen-option.js';
import type { ConversationMessage } from './messages/conversation.js';
import type { TrainingMessage } from './messages/training.js';
import type { LoggingMessage } from './messages/logging.js';
import type { DecisionMessage } from './messages/decisions.js';
import type { AccountMessage } from './messages/account.js';
import type { SafetyMessage } from './messages/safety.js';
import type { ChannelNoteMessage } from './messages/channel.js';
import type { CallMessage } from './messages/call.js';

export type {
  Progress,
  OnboardingStep,
  ExtraAsk,
  OnboardingUnderstood,
  PaceSet,
  ClarifyProblem,
  GrayZoneFlag,
  WeekDistribution,
  OptionStaleCode,
  Readiness,
} from './message-parts.js';

export type CoachMessage =
  | ConversationMessage
  | TrainingMessage
  | LoggingMessage
  | DecisionMessage
  | AccountMessage
  | SafetyMessage
  | ChannelNoteMessage
  | CallMessage
  | { readonly kind: 'error'; readonly code: string };

export type CoachMessageKind = CoachMessage['kind'];

/** Every message kind, for exhaustive tests and channel tables. */
export const COACH_MESSAGE_KINDS: readonly CoachMessageKind[] = Object.freeze([
  'welcome',
  'help',
  'onboarding-question',
  'plan-built',
  'today',
  'week',
  'paces',
  'run-logged',
  'rpe-question',
  'checkin-saved',
  'decision',
  'plan-changed',
  'decision-answered',
  'why',
  'persona-changed',
  'paused',
  'resumed',
  'export-ready',
  'delete-confirm',
  'delete-cancelled',
  'option-stale',
  'deleted',
  'clarify',
  'not-understood',
  'undone',
  'nothing-to-undo',
  'activity-refused',
  'cannot-answer-yet',
  'red-flag',
  'pain-stop',
  'long-run',
  'progress',
  'race-prediction',
  'run-check',
  'mid-run-cue',
  'outside-coaching',
  'rescheduled',
  'reschedule-refused',
  'channel-note',
  'call',
  'error',
] as const);

/** One request to the wording layer. */
export interface WordingRequest {
  readonly message: CoachMessage;
  readonly persona: Persona;
  readonly channel: Channel;
  /** The runner's distance unit; paces and distances are shown in it (default km). */
  readonly units?: Units;
  /** The runner's first name, when known: quoted data for the LLM, like any runner text. */
  readonly name?: string;
  /**
   * Another message of the same reply reports pain, illness or poor readiness: this one softens too, so one
   * reply never mixes a barked order with a pause for pain.
   */
  readonly soften?: boolean;
}

/** A quick reply a channel renders as a button, a keypad choice or a numbered line. */
export interface ReplyOption {
  readonly label: string;
  /** The option's stable string (`encodeOption(option)`), for channels that carry strings. */
  readonly value: string;
  /** What choosing it means: send it back as is (`handleMessage` with `{ option }`). */
  readonly option: ChosenOption;
}

/** What the wording layer returns: the text, its quick replies, and whether a template or an LLM wrote it. */
export interface Reply {
  readonly text: string;
  readonly options: readonly ReplyOption[];
  readonly source: 'template' | 'llm';
}
