/**
 * Quick replies as data: channels render them as buttons (Telegram), keypad choices (voice) or numbered
 * lines (terminal). Each carries the typed option it stands for (`ChosenOption`), which a channel sends
 * back as is; `value` is its stable string encoding (`encodeOption`); labels are for people.
 */
import { encodeOption, type ChosenOption } from './chosen-option.js';
import { PLAUSIBLE } from '../rules/plausibility.js';
import type { ReplyOption } from './coach-message.js';
import { PERSONAS, PERSONA_INFO } from './persona.js';

/** Foster's CR-10 session RPE scale, 1–10 (Foster et al. 2001; `PLAUSIBLE.rpe` in coach/rules). */
export const RPE_MIN = PLAUSIBLE.rpe.min;
export const RPE_MAX = PLAUSIBLE.rpe.max;

/**
 * A quick reply for `option`, its value the option's encoding.
 *
 * @example
 * offer('Keep original', { kind: 'decision', answer: 'keep' }); // { label, value: 'keep_original', option }
 */
export function offer(label: string, option: ChosenOption): ReplyOption {
  return { label, value: encodeOption(option), option };
}

/** RPE 1–10, value `rpe:N`. */
export const RPE_OPTIONS: readonly ReplyOption[] = Object.freeze(
  Array.from({ length: RPE_MAX - RPE_MIN + 1 }, (_, i) =>
    offer(String(i + RPE_MIN), { kind: 'rpe', value: i + RPE_MIN }),
  ),
);

/**
 * Accept or keep the original session after an adaptation (autonomy, SDT), for the decisions `ids`
 * offered (values `accept:<ids>` / `keep_original:<ids>`; without ids `accept` / `keep_original`).
 */
export function acceptOptions(ids: readonly string[] = []): readonly ReplyOption[] {
  const offered = ids.length > 0 ? { ids } : {};
  return [
    offer('Accept', { kind: 'decision', answer: 'accept', ...offered }),
    offer('Keep original', { kind: 'decision', answer: 'keep', ...offered }),
  ];
}

/** Accept / Keep original for whatever is pending. */
export const ACCEPT_OPTIONS: readonly ReplyOption[] = Object.freeze(acceptOptions());

export const YES_NO_OPTIONS: readonly ReplyOption[] = Object.freeze([
  offer('Yes', { kind: 'confirm', answer: 'yes' }),
  offer('No', { kind: 'confirm', answer: 'no' }),
]);

/** The four personas, value `persona:<id>`. */
export const PERSONA_OPTIONS: readonly ReplyOption[] = Object.freeze(
  PERSONAS.map((p) => offer(PERSONA_INFO[p].name, { kind: 'persona', persona: p })),
);
