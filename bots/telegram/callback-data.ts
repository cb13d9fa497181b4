/**
 * Telegram callback data for a quick reply: typed, versioned and at most 64 bytes (the Bot API's limit).
 *
 * - `1:<encoded option>`: the option itself (`encodeOption`), when it fits — RPE, Yes / No, onboarding
 *   choices, personas and Accept / Keep original for one decision.
 * - `1#<index>.<a|k>.<digest>`: an offer reference, when the option does not fit (Accept / Keep for several
 *   decisions): its index in the conversation's `offered` list (`ConversationState.offered`), the answer,
 *   and the first 8 hex digits of SHA-256 of its encoding, so a reference to an older offer never picks
 *   whatever sits at that index now. The bot resolves it server side (`resolveCallback`).
 *
 * Pure: no I/O, no clock.
 */
import { createHash } from 'node:crypto';
import { decodeOption, encodeOption, type ChosenOption } from '../../coach/channel.js';

/** The Bot API's limit on `callback_data`, bytes. */
export const MAX_CALLBACK_BYTES = 64;
/** The version every callback this bot sends starts with; others are read as stale. */
export const CALLBACK_VERSION = '1';

/** A decision id that is never pending: answering it makes the core reply `option-stale`. */
export const NEVER_PENDING_ID = '00000000-0000-0000-0000-000000000000';

export type CallbackPayload =
  | { readonly kind: 'option'; readonly option: ChosenOption }
  | {
      readonly kind: 'offer';
      /** Position in the conversation's `offered` list. */
      readonly index: number;
      readonly answer: 'accept' | 'keep';
      /** 8 hex digits of SHA-256 of the option's encoding. */
      readonly digest: string;
    };

export type CallbackError = 'CALLBACK_MALFORMED' | 'CALLBACK_VERSION' | 'CALLBACK_TOO_LONG';
type Decoded = { ok: true; value: CallbackPayload } | { ok: false; code: CallbackError };

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** 8 hex digits of SHA-256 of an option's encoding. */
export function optionDigest(option: ChosenOption): string {
  return createHash('sha256').update(encodeOption(option)).digest('hex').slice(0, 8);
}

/**
 * The callback data for `option`, shown at `index` of the reply's options as the conversation remembers
 * them (`offered`). `CALLBACK_TOO_LONG` only for an option that neither fits nor can be referenced.
 *
 * @example
 * encodeCallback({ kind: 'rpe', value: 6 }, 5); // { ok: true, data: '1:rpe:6' }
 */
export function encodeCallback(
  option: ChosenOption,
  index: number,
): { ok: true; data: string } | { ok: false; code: 'CALLBACK_TOO_LONG' } {
  const direct = `${CALLBACK_VERSION}:${encodeOption(option)}`;
  if (bytes(direct) <= MAX_CALLBACK_BYTES) return { ok: true, data: direct };
  if (option.kind !== 'decision' || !Number.isSafeInteger(index) || index < 0)
    return { ok: false, code: 'CALLBACK_TOO_LONG' };
  const answer = option.answer === 'accept' ? 'a' : 'k';
  const data = `${CALLBACK_VERSION}#${index}.${answer}.${optionDigest(option)}`;
  return bytes(data) <= MAX_CALLBACK_BYTES ? { ok: true, data } : { ok: false, code: 'CALLBACK_TOO_LONG' };
}

/**
 * What callback data stands for; a different version is `CALLBACK_VERSION` (an old keyboard), anything
 * this bot cannot have sent is `CALLBACK_MALFORMED`.
 */
export function decodeCallback(data: string): Decoded {
  if (bytes(data) > MAX_CALLBACK_BYTES || data.length < 2) return { ok: false, code: 'CALLBACK_MALFORMED' };
  const version = /^(\d+)[:#]/.exec(data)?.[1];
  if (version === undefined) return { ok: false, code: 'CALLBACK_MALFORMED' };
  if (version !== CALLBACK_VERSION) return { ok: false, code: 'CALLBACK_VERSION' };
  const rest = data.slice(version.length + 1);
  if (data[version.length] === ':') {
    const option = decodeOption(rest);
    return option.ok
      ? { ok: true, value: { kind: 'option', option: option.value } }
      : { ok: false, code: 'CALLBACK_MALFORMED' };
  }
  const ref = /^(\d{1,4})\.([ak])\.([0-9a-f]{8})$/.exec(rest);
  if (!ref) return { ok: false, code: 'CALLBACK_MALFORMED' };
  return {
    ok: true,
    value: {
      kind: 'offer',
      index: Number(ref[1]),
      answer: ref[2] === 'a' ? 'accept' : 'keep',
      digest: ref[3]!,
    },
  };
}

/**
 * The option a payload chooses, given what the conversation offered last. An offer reference that no
 * longer matches (a newer reply offered something else) becomes an answer to a decision that is never
 * pending, so the core answers it `option-stale` and stores nothing.
 */
export function resolveCallback(
  payload: CallbackPayload,
  offered: readonly ChosenOption[] | undefined,
): ChosenOption {
  if (payload.kind === 'option') return payload.option;
  const list = offered ?? [];
  const matches = (o: ChosenOption | undefined) =>
    o !== undefined &&
    o.kind === 'decision' &&
    o.answer === payload.answer &&
    optionDigest(o) === payload.digest;
  const at = list[payload.index];
  const found = matches(at) ? at : list.find(matches);
  return found ?? { kind: 'decision', answer: payload.answer, ids: [NEVER_PENDING_ID] };
}
