import { runningDaysFrom } from './onboarding/days.js';
import type { PauseReason, Persona, Weekday } from './types.js';

/** Persona words → the persona they pick. First match wins, most specific first. */
const PERSONA_WORDS: readonly (readonly [RegExp, Persona])[] = [
  [
    /\bneutral\b|\bplain\b|\bjust the facts\b|\bnormal (?:voice|coach)\b|\bless (?:cheesy|shouty|intense)\b|\bno nonsense\b/,
    'neutral',
  ],
  [
    /\bdrill[- ]?sergeant\b|\bsergeant\b|\btough love\b|\b(?:tougher|harsher|meaner|stricter|more strict)\b|\byell at me\b|\bstrict\b/,
    'drill-sergeant',
  ],
  [
    /\bhype\b|\bhyped\b|\bhigh[- ]energy\b|\bmore energetic\b|\bcheerleader\b|\bpump me up\b|\bmotivat(?:e|ing) me\b/,
    'hype',
  ],
  [
    /\bbest ?friend\b|\bfriend(?:ly)?\b|\b(?:nicer|kinder|gentler|softer|warmer|more supportive)\b|\bwarm\b|\bsupportive\b/,
    'friend',
  ],
];

/**
 * The persona a message asks for (`switch to the drill sergeant`, `be nicer` → friend).
 *
 * @example
 * personaFrom('can you be my hype coach') // → 'hype'
 */
export function personaFrom(text: string): Persona | undefined {
  return PERSONA_WORDS.find(([re]) => re.test(text))?.[1];
}

/**
 * Running days named in a message (`mon, wed and sat`, `weekends`, `mon-fri`, `every day except friday`),
 * in week order; and the long-run day (`long run on sunday`), which on its own (`move my long run to
 * sunday`) does not change the running days. See `onboarding/days.ts`.
 *
 * @example
 * daysFrom('i can run tue thu and sat, long run on sat') // → { days: ['tue', 'thu', 'sat'], longDay: 'sat' }
 */
export function daysFrom(text: string): { days: Weekday[]; longDay?: Weekday } {
  const hit = runningDaysFrom(text);
  const days = hit.days ? [...hit.days] : [];
  return hit.longDay === undefined ? { days } : { days, longDay: hit.longDay };
}

/**
 * Why a runner pauses: injury, illness, travel, or other.
 *
 * @example
 * pauseReasonFrom('pause my plan, traveling for work') // → 'travel'
 */
export function pauseReasonFrom(text: string): PauseReason {
  if (/\binjur|\bhurt|\bpain\b|\bsprain|\bstrain|\bfracture|\bphysio|\bdoctor|\bsidelined\b/.test(text))
    return 'injury';
  if (/\bsick\b|\bill\b|\bflu\b|\bcovid\b|\bcold\b|\bunwell\b|\bfever\b|\bvirus\b/.test(text))
    return 'illness';
  if (/\btravel|\bholiday|\bvacation|\btrip\b|\baway\b|\bflying\b|\bconference\b/.test(text)) return 'travel';
  return 'other';
}
