import { WEEKDAY_WORDS } from './dates.js';
import { matchesOf } from './scan.js';
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

const DAY_TOKEN = new RegExp(
  String.raw`\b(${Object.keys(WEEKDAY_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})s?\b`,
);
const WEEK_ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const LONG_DAY_AFTER = new RegExp(
  String.raw`\blong (?:run|runs|one)s?\s*(?:on|to|=|:|day(?: is| to| on)?|should be(?: on)?)?\s*(?:on\s*)?${DAY_TOKEN.source}`,
);
const LONG_DAY_BEFORE = new RegExp(
  String.raw`${DAY_TOKEN.source}\s*(?:for|as|is)\s*(?:the|my)?\s*long (?:run|day)`,
);

/**
 * Running days named in a message (`mon, wed and sat`, `weekends`, `weekdays`), in week order, minus
 * days the runner rules out (`not friday`, `except tue`); and the long-run day (`long run on sunday`),
 * which on its own (`move my long run to sunday`) does not change the running days.
 *
 * @example
 * daysFrom('i can run tue thu and sat, long run on sat') // → { days: ['tue', 'thu', 'sat'], longDay: 'sat' }
 */
export function daysFrom(text: string): { days: Weekday[]; longDay?: Weekday } {
  const named = new Set<Weekday>();
  const excluded = new Set<Weekday>();
  const long = LONG_DAY_AFTER.exec(text) ?? LONG_DAY_BEFORE.exec(text);
  const longDay = long ? WEEKDAY_WORDS[long[1] ?? ''] : undefined;
  const rest = long
    ? text.slice(0, long.index) + ' '.repeat(long[0].length) + text.slice(long.index + long[0].length)
    : text;
  for (const m of matchesOf(DAY_TOKEN, rest)) {
    const d = WEEKDAY_WORDS[m[1] ?? ''];
    if (!d) continue;
    const before = rest.slice(Math.max(0, m.index - 25), m.index);
    if (
      /\b(?:not|except|but not|no|never|can't(?: run)?(?: on)?|cannot(?: run)?(?: on)?)\s*(?:on\s*)?$/.test(
        before,
      )
    )
      excluded.add(d);
    else named.add(d);
  }
  if (/\bweekends?\b/.test(rest)) {
    named.add('sat');
    named.add('sun');
  }
  if (/\bweekdays?\b/.test(rest)) for (const d of WEEK_ORDER.slice(0, 5)) named.add(d);
  if (longDay !== undefined && named.size > 0) named.add(longDay);
  const days = WEEK_ORDER.filter((d) => named.has(d) && !excluded.has(d));
  return longDay === undefined ? { days } : { days, longDay };
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
