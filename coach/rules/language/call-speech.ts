/**
 * What a runner says on the phone mid-run, read for the in-run cue: position ("twenty minutes in", "3 k
 * in", "rep three"), pace ("five ten" is a pace on the phone, never a time), heart rate (a bare "one
 * sixty-five"), how it feels ("feeling heavy"), pain and red flags, and the call's own asks ("how long
 * left", "what's next", "repeat"). Built on `parseMessage`, so every number is judged by the same checks.
 */
import type { Feel } from '../in-run/run-report.js';
import type { RedFlag } from '../safety/red-flags.js';
import { normalizeText } from './normalize.js';
import { numberWordsToDigits } from './number-words.js';
import { parseMessage } from './parse-message.js';
import type { ParseContext } from './types.js';

/** A question about the call itself, answered from the session's timeline. */
export type CallAsk = 'time-left' | 'next' | 'repeat';

/** One spoken report; absent fields were not said. Units: seconds, km, s/km, bpm. */
export interface CallSpeech {
  readonly ask?: CallAsk;
  /** Seconds since the session started ("twenty minutes in"). */
  readonly elapsedSeconds?: number;
  /** Km since the session started ("3 k in"). */
  readonly distanceKm?: number;
  /** The repetition the runner is on (1-based), "rep three". */
  readonly rep?: number;
  /** s/km */
  readonly paceSPerKm?: number;
  /** bpm */
  readonly hr?: number;
  readonly feel?: Feel;
  /** CR-10, when the runner gave a number. */
  readonly rpe?: number;
  /** 0–10 */
  readonly painScore?: number;
  readonly redFlags?: readonly RedFlag[];
  /** The runner is stopping the session ("I'm stopping", "end the run"). */
  readonly stop?: boolean;
}

/** Slowest and fastest pace a bare `m:ss` on the phone is read as, s/km (2:30–12:00 per km). */
export const PHONE_PACE_BOUNDS = { min: 150, max: 720 } as const;
/** Heart rates a bare number on the phone is read as, bpm. */
export const PHONE_HR_BOUNDS = { min: 80, max: 220 } as const;

const ASKS: readonly (readonly [CallAsk, RegExp])[] = [
  [
    'time-left',
    /\bhow (?:long|much|many minutes)(?: (?:is|do i have))? (?:left|to go|more|longer)\b|\btime left\b/,
  ],
  ['next', /\bwhat(?:'s| is| comes)? next\b|\bnext (?:step|part|bit)\b|\bwhat (?:now|then)\b/],
  ['repeat', /\brepeat\b|\bsay (?:that|it) again\b|\bcome again\b|\bpardon\b|\bwhat did you say\b/],
];

const FEELS: readonly (readonly [Feel, RegExp])[] = [
  ['max', /\b(?:all out|maxed out|flat out)\b/],
  ['very_hard', /\bvery (?:hard|heavy|tough)\b|\b(?:dying|exhausted|struggling badly|knackered)\b/],
  ['hard', /\b(?:heavy|hard|tough|struggling|tired|labou?red|sluggish)\b/],
  ['comfortable', /\b(?:comfortable|smooth|relaxed|controlled)\b/],
  ['easy', /\b(?:easy|great|good|strong|fresh)\b/],
  ['ok', /\b(?:ok|okay|alright|all right|fine)\b/],
];

const STOP = /\b(?:i'?m|i am) (?:stopping|done|finished)\b|\bend (?:the )?(?:run|session|workout)\b/;
const MINUTES_IN = /\b(\d{1,3})(?:\.(\d))?\s*(?:min|mins|minutes?)\s+(?:in|into|gone|done)\b/;
const KM_IN = /\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:k|km|kilometers?|kilometres?)\s+(?:in|into|done|gone)\b/;
const REP =
  /\b(?:rep|repeat|interval|repetition)(?: number)?\s+(\d{1,2})\b|\b(\d{1,2})(?:st|nd|rd|th)\s+(?:rep|interval)\b/;
const CLOCK = /\b(\d{1,2}):([0-5]\d)\b(?!\s*(?:min|mins|minutes|hours?|h)\b)/;
/** A bare number, the filler around a reported heart rate removed. */
const BARE_HR =
  /^(?:(?:my|the|heart|rate|hr|is|at|about|around|i'?m|i am|on|pulse)\s+)*(\d{2,3})(?:\s*(?:bpm|beats))?$/;

const within = (x: number, b: { readonly min: number; readonly max: number }) => x >= b.min && x <= b.max;

/**
 * Reads one phone report. Never throws; nothing understood gives `{}`.
 *
 * @example
 * readCallSpeech('twenty minutes in, pace five ten, heart rate one sixty-five, feeling heavy', ctx);
 * // { elapsedSeconds: 1200, paceSPerKm: 310, hr: 165, feel: 'hard' }
 * readCallSpeech('five ten', ctx);      // { paceSPerKm: 310 }
 * readCallSpeech('one sixty-five', ctx); // { hr: 165 }
 */
export function readCallSpeech(text: string, context: ParseContext): CallSpeech {
  const t = numberWordsToDigits(normalizeText(typeof text === 'string' ? text : ''))
    .replace(/[,;!?]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    // "five flat" is 5:00.
    .replace(/\b(\d{1,2}) flat\b/g, '$1:00')
    .trim();
  if (t === '') return {};
  const { slots } = parseMessage(t, context);
  const out: { -readonly [K in keyof CallSpeech]: CallSpeech[K] } = {};
  const ask = ASKS.find(([, re]) => re.test(t));
  if (ask) out.ask = ask[0];
  if (slots.redFlags !== undefined && slots.redFlags.length > 0) out.redFlags = slots.redFlags;
  const pain = Math.max(-1, ...(slots.pains ?? []).map((p) => p.score ?? -1));
  if (pain >= 0) out.painScore = pain;
  const minutes = MINUTES_IN.exec(t);
  if (minutes) out.elapsedSeconds = Math.round((Number(minutes[1]) + Number(minutes[2] ?? 0) / 10) * 60);
  const km = KM_IN.exec(t);
  if (km) out.distanceKm = Number(km[1]);
  const rep = REP.exec(t);
  if (rep) out.rep = Number(rep[1] ?? rep[2]);
  if (slots.avgHr !== undefined) out.hr = slots.avgHr;
  else {
    const bare = BARE_HR.exec(t);
    if (bare && within(Number(bare[1]), PHONE_HR_BOUNDS)) out.hr = Number(bare[1]);
  }
  const pace = slots.paceSPerKm ?? phonePace(minutes ? t.replace(MINUTES_IN, ' ') : t);
  if (pace !== undefined) out.paceSPerKm = pace;
  if (slots.rpe !== undefined) out.rpe = slots.rpe;
  const feel = FEELS.find(([, re]) => re.test(t));
  if (feel && out.rpe === undefined) out.feel = feel[0];
  if (STOP.test(t)) out.stop = true;
  return out;
}

/** A bare `m:ss` said on the phone is the runner's pace (a time of day or a duration has its own words). */
function phonePace(t: string): number | undefined {
  const m = CLOCK.exec(t);
  if (!m) return undefined;
  const seconds = Number(m[1]) * 60 + Number(m[2]);
  return within(seconds, PHONE_PACE_BOUNDS) ? seconds : undefined;
}

/** True when the report says anything the call can act on. */
export function saidAnything(s: CallSpeech): boolean {
  return Object.keys(s).length > 0;
}
