/**
 * Quick replies as data: channels render them as buttons (Telegram), keypad choices (voice) or numbered
 * lines (terminal). Values are stable strings the conversation core matches on; labels are for people.
 */
import { PLAUSIBLE } from '../rules/plausibility.js';
import type { ReplyOption } from './coach-message.js';
import { PERSONAS, PERSONA_INFO } from './persona.js';

/** Foster's CR-10 session RPE scale, 1–10 (Foster et al. 2001; `PLAUSIBLE.rpe` in coach/rules). */
export const RPE_MIN = PLAUSIBLE.rpe.min;
export const RPE_MAX = PLAUSIBLE.rpe.max;

/** RPE 1–10, value `rpe:N`. */
export const RPE_OPTIONS: readonly ReplyOption[] = Object.freeze(
  Array.from({ length: RPE_MAX - RPE_MIN + 1 }, (_, i) => ({
    label: String(i + RPE_MIN),
    value: `rpe:${i + RPE_MIN}`,
  })),
);

/** Accept or keep the original session after an adaptation (autonomy, SDT). */
export const ACCEPT_OPTIONS: readonly ReplyOption[] = Object.freeze([
  { label: 'Accept', value: 'accept' },
  { label: 'Keep original', value: 'keep_original' },
]);

export const YES_NO_OPTIONS: readonly ReplyOption[] = Object.freeze([
  { label: 'Yes', value: 'yes' },
  { label: 'No', value: 'no' },
]);

/** The four personas, value `persona:<id>`. */
export const PERSONA_OPTIONS: readonly ReplyOption[] = Object.freeze(
  PERSONAS.map((p) => ({ label: PERSONA_INFO[p].name, value: `persona:${p}` })),
);

/**
 * Options from plain labels; the value is the label in lower case with spaces as hyphens.
 *
 * @example
 * choices(['km', 'mi']); // [{ label: 'km', value: 'km' }, { label: 'mi', value: 'mi' }]
 */
export function choices(labels: readonly string[]): ReplyOption[] {
  return labels.map((label) => ({ label, value: label.toLowerCase().replace(/\s+/g, '-') }));
}
