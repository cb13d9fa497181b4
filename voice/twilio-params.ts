/**
 * Twilio's webhook form parameters → the coach's call front door types. Only what the coach needs is
 * read: `CallSid`, `From`, and per webhook `SpeechResult`/`Confidence`/`Digits` or `CallStatus`/`CallDuration`.
 * A missing `CallSid` or `From` is the caller's mistake (400), never a guess.
 */
import type { CallEnd, CallInput, CallStart, CallTurn } from '../coach/calls/call-types.js';

/** A parsed form body: `@fastify/formbody` gives a string, or an array for a repeated key. */
export type FormParams = Readonly<Record<string, string | readonly string[] | undefined>>;

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: 'TWILIO_CALL_SID_INVALID' | 'TWILIO_FROM_MISSING' };

/** Twilio's CallSid: `CA` then 32 hex digits. */
const CALL_SID = /^CA[0-9a-fA-F]{32}$/;
/** Keys a caller can press: digits, `*` and `#`. */
const DIGITS = /^[0-9*#]{1,16}$/;
/** What the coach hears for a number Twilio sends empty: a withheld caller, like `anonymous`. */
const WITHHELD = 'anonymous';
/** Most characters of `From` passed on (E.164 is at most 16, `client:<identity>` a little more). */
const MAX_FROM = 128;
/** Most characters of speech passed on (Twilio's transcripts of one `<Gather>` are far shorter). */
const MAX_SPEECH = 1000;

/** Ends of a call the coach acts on; ringing, answered and in-progress are not ends. */
const FINAL_STATUSES: readonly CallEnd['status'][] = ['completed', 'busy', 'failed', 'no-answer', 'canceled'];

function one(params: FormParams, key: string): string | undefined {
  const value = params[key];
  return typeof value === 'string' ? value : value?.[0];
}

/** The call's identity from any webhook: `CallSid` and `From` (an empty `From` is a withheld number). */
export function parseCallStart(params: FormParams): ParseResult<CallStart> {
  const callSid = one(params, 'CallSid')?.trim() ?? '';
  if (!CALL_SID.test(callSid)) return { ok: false, code: 'TWILIO_CALL_SID_INVALID' };
  const rawFrom = one(params, 'From');
  if (rawFrom === undefined) return { ok: false, code: 'TWILIO_FROM_MISSING' };
  const from = rawFrom.trim().slice(0, MAX_FROM);
  return { ok: true, value: { callSid, from: from === '' ? WITHHELD : from } };
}

/**
 * What the caller did at a `<Gather>`: speech (with Twilio's `Confidence`, 0–1, when it sends one), keys
 * (`Digits`), or neither (silence; `actionOnEmptyResult` posts that too).
 *
 * @example parseCallInput({ SpeechResult: 'pace five ten', Confidence: '0.91' }) // → { speech: 'pace five ten', confidence: 0.91 }
 */
export function parseCallInput(params: FormParams): CallInput {
  const digits = one(params, 'Digits')?.trim() ?? '';
  if (DIGITS.test(digits)) return { digits };
  const speech = (one(params, 'SpeechResult') ?? '').trim().slice(0, MAX_SPEECH);
  if (speech === '') return { silence: true };
  const confidence = Number(one(params, 'Confidence'));
  const known = one(params, 'Confidence') !== undefined && Number.isFinite(confidence);
  return known ? { speech, confidence: Math.min(1, Math.max(0, confidence)) } : { speech };
}

/** A `<Gather>` action post as a call turn. */
export function parseCallTurn(params: FormParams): ParseResult<CallTurn> {
  const start = parseCallStart(params);
  if (!start.ok) return start;
  return { ok: true, value: { ...start.value, input: parseCallInput(params) } };
}

/**
 * A status callback as the end of a call, or `null` when the status is not an end (a callback subscribed
 * to `initiated`, `ringing` or `answered` events also posts those).
 */
export function parseCallEnd(params: FormParams): ParseResult<CallEnd | null> {
  const start = parseCallStart(params);
  if (!start.ok) return start;
  const status = FINAL_STATUSES.find((s) => s === one(params, 'CallStatus'));
  if (status === undefined) return { ok: true, value: null };
  const duration = Number(one(params, 'CallDuration'));
  const known = one(params, 'CallDuration') !== undefined && Number.isSafeInteger(duration) && duration >= 0;
  return {
    ok: true,
    value: { ...start.value, status, ...(known ? { durationSeconds: duration } : {}) },
  };
}
