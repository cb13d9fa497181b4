/**
 * Safety replies: fixed, reviewed text, the same for every persona, never sent to an LLM. They stop or
 * limit running, point to a qualified professional, and never name a cause, a diagnosis or a medicine.
 * Source: SCIENCE.md "Safety" (the coach is not a medical provider; red flags stop all prescriptions for the
 * day and point to a qualified professional; pain that persists or worsens → see a professional).
 */
import type { RedFlag } from '../../rules/safety/red-flags.js';
import type { FamilyTemplate } from './shared.js';
import { join } from './shared.js';

/** How each red-flag code is said back to the runner (their symptom, not a condition). */
export const RED_FLAG_WORDS: Readonly<Record<RedFlag, string>> = Object.freeze({
  chest_pain: 'chest pain',
  fainting: 'fainting',
  dizziness: 'dizziness',
  unusual_breathlessness: 'unusual breathlessness',
  sharp_pain: 'sharp pain',
  limping: 'limping',
  swelling: 'swelling',
  numbness: 'numbness or tingling',
});

/** Pointer to care, reviewed wording: a qualified professional, never a self-diagnosis. */
export const SEE_PROFESSIONAL =
  'Please get it checked by a qualified health professional, such as a doctor or a physiotherapist.';
/** For symptoms that can be urgent. */
export const EMERGENCY_LINE =
  'If it is severe or sudden, or you have chest pain, fainted or struggle to breathe, call your local emergency number now.';

/**
 * Lists items as English: `a`, `a and b`, `a, b and c`.
 *
 * @example
 * listWords(['chest pain', 'dizziness']); // 'chest pain and dizziness'
 */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * The fixed red-flag text for a list of red-flag codes.
 *
 * @example
 * redFlagText(['chest_pain']); // 'Stop running for today. You mentioned chest pain. …'
 */
export function redFlagText(flags: readonly RedFlag[]): string {
  const said =
    flags.length > 0 ? `You mentioned ${listWords(flags.map((f) => RED_FLAG_WORDS[f]))}.` : undefined;
  return join([
    'Stop running for today.',
    said,
    `${flags.length > 0 ? 'That' : 'What you describe'} needs a qualified health professional to look at it, not a training plan.`,
    EMERGENCY_LINE,
    'I have cleared today’s session. Tell me once you have been checked and we will take it from there.',
  ]);
}

/**
 * The fixed pain text: easy only today, or running paused until a professional has looked.
 *
 * @param level `no_intensity` or `stop_prescriptions`
 * @param where the runner's words for where it hurts, with the 0–10 score when given
 * @example
 * painText('no_intensity', 'left knee', 3, undefined); // 'Easy running only today, no hard efforts: you reported pain in your left knee (3/10). …'
 */
export function painText(
  level: 'no_intensity' | 'stop_prescriptions',
  where: string | undefined,
  score: number | undefined,
  pauseDays: number | undefined,
): string {
  const pain = `pain${where !== undefined && where.trim() !== '' ? ` in your ${where.trim()}` : ''}${score !== undefined ? ` (${score}/10)` : ''}`;
  if (level === 'no_intensity') {
    return join([
      `Easy running only today, no hard efforts: you reported ${pain}.`,
      'If it gets worse while you run, stop and walk home.',
      `If it lasts or gets worse, stop running. ${SEE_PROFESSIONAL}`,
    ]);
  }
  return join([
    `I am pausing your running${pauseDays !== undefined ? ` for the next ${pauseDays} days` : ''}: you reported ${pain}.`,
    'I cannot tell what is causing it and I will not guess.',
    `${SEE_PROFESSIONAL} Tell me what they say and we will plan your return together.`,
  ]);
}

/** The spoken (voice) safety lines: two short sentences, same rules as the text. */
export const SPOKEN_SAFETY = Object.freeze({
  redFlag:
    'Stop running now and get this checked by a professional. If it is severe, call emergency services.',
  noIntensity: 'Easy only today because of the pain. If it gets worse, stop and walk.',
  stopPrescriptions: 'No running for now because of the pain. Please see a professional.',
  seeProfessional: 'Please get the pain checked by a qualified professional.',
});

export const redFlag: FamilyTemplate<'red-flag'> = (m) => ({
  text: redFlagText(m.flags),
  spoken: SPOKEN_SAFETY.redFlag,
});

export const painStop: FamilyTemplate<'pain-stop'> = (m) => ({
  text: painText(m.level, m.location, m.score, m.pauseDays),
  spoken: m.level === 'no_intensity' ? SPOKEN_SAFETY.noIntensity : SPOKEN_SAFETY.stopPrescriptions,
});
