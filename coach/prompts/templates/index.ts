/**
 * The template wording: every message kind, every persona, every channel, no LLM. This is the default
 * wording and the fallback whenever an LLM answer is late, wrong or unsafe.
 */
import type { CoachMessage, Reply, WordingRequest } from '../coach-message.js';
import { isSofteningRule } from './decision-reasons.js';
import { decision, planChanged, why } from './decision.js';
import { deleteCancelled, deleteConfirm, deleted, exportReady, paused, resumed } from './account.js';
import { optionStale } from './option-stale.js';
import { channelNote } from './channel-note.js';
import { call } from './call.js';
import { activityRefused } from './activity-file.js';
import { clarify, error, help, notUnderstood, personaChanged, welcome } from './conversation.js';
import { onboardingQuestion } from './onboarding.js';
import { checkinSaved, decisionAnswered, rpeQuestion, runLogged } from './logging.js';
import { painStop, redFlag } from './safety.js';
import { longRun, midRunCue, outsideCoaching, progress, racePrediction, runCheck } from './questions.js';
import { rescheduled, rescheduleRefused } from './reschedule.js';
import type { FamilyTemplate, TemplateContext, Worded } from './shared.js';
import { firstSentences } from './shared.js';
import { paces, planBuilt, today, week } from './training.js';
import { cannotAnswerYet, nothingToUndo, undone } from './undo.js';
import { voiceOf } from './voices.js';

/** Sentences a spoken reply may have (issue 5 §3: voice ≤ 2 short sentences). */
export const VOICE_MAX_SENTENCES = 2;

type Table = { readonly [K in CoachMessage['kind']]: FamilyTemplate<K> };

const TEMPLATES: Table = {
  welcome,
  help,
  'onboarding-question': onboardingQuestion,
  'plan-built': planBuilt,
  today,
  week,
  paces,
  'run-logged': runLogged,
  'rpe-question': rpeQuestion,
  'checkin-saved': checkinSaved,
  decision,
  'plan-changed': planChanged,
  'decision-answered': decisionAnswered,
  why,
  'persona-changed': personaChanged,
  paused,
  resumed,
  'export-ready': exportReady,
  'delete-confirm': deleteConfirm,
  'delete-cancelled': deleteCancelled,
  'option-stale': optionStale,
  deleted,
  clarify,
  'not-understood': notUnderstood,
  undone,
  'nothing-to-undo': nothingToUndo,
  'activity-refused': activityRefused,
  'cannot-answer-yet': cannotAnswerYet,
  'red-flag': redFlag,
  'pain-stop': painStop,
  'long-run': longRun,
  progress,
  'race-prediction': racePrediction,
  'run-check': runCheck,
  'mid-run-cue': midRunCue,
  'outside-coaching': outsideCoaching,
  rescheduled,
  'reschedule-refused': rescheduleRefused,
  'channel-note': channelNote,
  call,
  error,
};

/**
 * True when the persona must soften: poor readiness, illness, pain, a red flag, or a decision taken for
 * recovery, illness or safety.
 *
 * @example
 * isSoftened({ kind: 'today', date: '2027-01-12', readiness: 'poor' }); // true
 */
export function isSoftened(m: CoachMessage): boolean {
  switch (m.kind) {
    case 'red-flag':
    case 'pain-stop':
      return true;
    case 'today':
      return m.readiness === 'poor';
    case 'checkin-saved':
      return (
        m.readiness === 'poor' || m.illness === true || m.safety !== undefined || (m.trends?.length ?? 0) > 0
      );
    case 'decision':
      return isSofteningRule(m.decision.rule);
    case 'plan-changed':
      return m.decisions.some((d) => isSofteningRule(d.rule));
    case 'why':
      return m.decision !== undefined && isSofteningRule(m.decision.rule);
    case 'paused':
      return m.reason === 'injury' || m.reason === 'illness';
    case 'call':
      return (
        m.line === 'cue' &&
        (m.cue?.cue === 'stop' || m.cue?.cue === 'cut_short' || m.cue?.cue === 'walk_break')
      );
    case 'mid-run-cue':
      return m.cue?.cue === 'stop' || m.cue?.cue === 'cut_short' || m.cue?.cue === 'walk_break';
    default:
      return false;
  }
}

/**
 * True for messages that are only ever worded by the fixed safety text (never sent to an LLM).
 *
 * @example
 * isSafetyMessage({ kind: 'red-flag', date: '2027-01-12', flags: ['chest_pain'] }); // true
 */
export function isSafetyMessage(m: CoachMessage): boolean {
  if (m.kind === 'red-flag' || m.kind === 'pain-stop') return true;
  if (m.kind === 'checkin-saved') return m.safety !== undefined;
  if (m.kind === 'decision') return m.decision.rule.startsWith('safety.');
  if (m.kind === 'plan-changed') return m.decisions.some((d) => d.rule.startsWith('safety.'));
  return false;
}

/**
 * True when a request must be worded softly: its own message asks for it, or another message of the same
 * reply does (`soften`): one reply has one tone.
 *
 * @example
 * isSoftRequest({ message: decisionMsg, persona: 'drill-sergeant', channel: 'chat', soften: true }); // true
 */
export function isSoftRequest(req: WordingRequest): boolean {
  return req.soften === true || isSoftened(req.message);
}

/**
 * True when any message of a reply makes the persona soften: then every message of it is worded softly.
 *
 * @example
 * replySoftens([checkinSaved, painStop]); // true
 */
export function replySoftens(messages: readonly CoachMessage[]): boolean {
  return messages.some(isSoftened);
}

function render<K extends CoachMessage['kind']>(
  m: Extract<CoachMessage, { kind: K }>,
  ctx: TemplateContext,
): Worded {
  return (TEMPLATES[m.kind] as FamilyTemplate<K>)(m, ctx);
}

/**
 * Words a message with the persona's templates.
 *
 * @example
 * renderTemplate({ message: { kind: 'rpe-question', date: '2027-01-12' }, persona: 'hype', channel: 'telegram' });
 * // { text: 'How did that feel? Give it a number from 1 to 10! …', options: [1 … 10], source: 'template' }
 */
export function renderTemplate(req: WordingRequest): Reply {
  const soft = isSoftRequest(req);
  const ctx: TemplateContext = {
    persona: req.persona,
    channel: req.channel,
    units: req.units ?? 'km',
    voice: voiceOf(req.persona, soft),
    soft,
    ...(req.name !== undefined ? { name: req.name } : {}),
  };
  const worded = render(req.message, ctx);
  const text =
    req.channel === 'voice' ? firstSentences(worded.spoken ?? worded.text, VOICE_MAX_SENTENCES) : worded.text;
  return { text: text.trim(), options: worded.options ?? [], source: 'template' };
}
