/**
 * One-off rescheduling in a runner's words (issue 11 §4): moving or swapping one session this week
 * ("can I do the intervals tomorrow instead?", "long run on sat this week", "swap tuesday and thursday")
 * and a short-term limit ("I can only run 3 days next week"). Both are for one week only: a message that
 * speaks of the runner's days in general ("I can run mondays now", "change my days to mon wed fri",
 * "3 days a week") stays `change_days`, the permanent change. Pure, never throws.
 */
import { addDays, weekdayIndex, WEEKDAYS } from '../calendar/index.js';
import { WEEKDAY_WORDS } from './dates.js';
import type { DayLimitAsk, MovableKind, RescheduleAsk } from './reschedule-types.js';
import type { Intent, Slots } from './types.js';

export type { DayLimitAsk, MovableKind, RescheduleAsk } from './reschedule-types.js';

/** The session words, most specific first. */
const SESSIONS: readonly (readonly [MovableKind, RegExp])[] = [
  ['long', /\blong (?:run|one|slow run)\b|\blsd\b|\blr\b/],
  [
    'intervals',
    /\b(?:intervals?|interval session|reps|repeats|speed ?work|speed session|track (?:session|workout)|vo2 ?max(?: session)?)\b/,
  ],
  ['tempo', /\b(?:tempo|threshold)(?: run| session)?\b/],
  ['easy', /\beasy (?:run|one|jog)\b/],
  ['quality', /\b(?:workout|quality (?:session|day|run)|hard (?:session|workout|day|run)|session)\b/],
];

/** Talk of the runner's days in general: a permanent change, never a one-off move or limit. */
const PERMANENT =
  /\b(?:from now on|every week|each week|always|permanently|going forward|in (?:the )?future|for good|usually|normally|anymore|any more)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b(?:my|running|training|run) (?:days|schedule)\b|\b(?:a|per) week\b/;
/** Words that make a move one-off: this week, instead, a day close by, a swap of two days. */
const ONE_OFF =
  /\bthis (?:week|weekend)\b|\binstead\b|\btomorrow\b|\btoday\b|\btonight\b|\bthis (?:mon|tue|wed|thu|fri|sat|sun)\w*\b|\b(?:swap|switch|flip)\b|\bjust this\b|\bthis once\b|\bfor this week\b/;
/** A request to change a day, not just a session named ("today's workout?" asks what it is). */
const MOVE_CUE =
  /\b(?:move|moving|shift|switch|swap|flip|push|bump|reschedule|do|doing|have|put|instead|rather|on|to|can i|could i)\b/;
/** A question about the plan, not a request ("what's my long run on saturday?"). */
const ASKS_WHAT = /^(?:what|when|which|how|where|is|was|are|whats)\b/;
/** Day names with the word before them ("this sat", "next fri", "tomorrow"). */
const DAY_TOKEN = new RegExp(
  String.raw`\b(?:(this|next|on|coming) )?(day after tomorrow|tomorrow|today|tonight|${Object.keys(
    WEEKDAY_WORDS,
  )
    .sort((a, b) => b.length - a.length)
    .join('|')})\b(?!s\b)`,
  'g',
);

interface DayMention {
  readonly date: string;
  readonly index: number;
}

function resolveDay(word: string, qualifier: string | undefined, today: string): string | undefined {
  if (word === 'today' || word === 'tonight') return today;
  if (word === 'tomorrow') return addDays(today, 1);
  if (word === 'day after tomorrow') return addDays(today, 2);
  const day = WEEKDAY_WORDS[word];
  if (day === undefined) return undefined;
  const ahead = (WEEKDAYS.indexOf(day) - weekdayIndex(today) + 7) % 7;
  return addDays(today, qualifier === 'next' && ahead === 0 ? 7 : ahead);
}

function daysIn(text: string, today: string): DayMention[] {
  const out: DayMention[] = [];
  for (const m of text.matchAll(DAY_TOKEN)) {
    const date = resolveDay(m[2] ?? '', m[1], today);
    if (date !== undefined && !out.some((d) => d.date === date)) out.push({ date, index: m.index ?? 0 });
  }
  return out;
}

/**
 * The move or swap a normalised message asks for, if any.
 *
 * @example
 * readMove('can i do the intervals tomorrow instead?', '2026-11-24'); // { session: 'intervals', to: '2026-11-25' }
 * readMove('swap tuesday and thursday', '2026-11-24'); // { from: '2026-11-24', to: '2026-11-26' }
 */
export function readMove(text: string, today: string): RescheduleAsk | undefined {
  if (PERMANENT.test(text) || !ONE_OFF.test(text) || !MOVE_CUE.test(text) || ASKS_WHAT.test(text))
    return undefined;
  const named = SESSIONS.find(([, re]) => re.test(text));
  const session = named?.[0];
  const at = named === undefined ? -1 : (named[1].exec(text)?.index ?? -1);
  const days = daysIn(text, today);
  const instead = /\binstead of\b/.exec(text);
  const fromWord = /\bfrom\b/.exec(text);
  if (days.length >= 2) {
    const [a, b] = days as [DayMention, DayMention];
    // "sat instead of sun": the day after "instead of" is the one it leaves.
    if (instead && b.index > instead.index && a.index < instead.index)
      return { ...(session ? { session } : {}), from: b.date, to: a.date };
    if (instead && a.index > instead.index)
      return { ...(session ? { session } : {}), from: a.date, to: b.date };
    const target = days.find((d) => /\b(?:to|until|till|onto) (?:\w+ )?$/.test(text.slice(0, d.index)));
    if (target !== undefined) {
      const other = days.find((d) => d !== target) as DayMention;
      return { ...(session ? { session } : {}), from: other.date, to: target.date };
    }
    if (fromWord && a.index > fromWord.index)
      return { ...(session ? { session } : {}), from: a.date, to: b.date };
    if (/\b(?:swap|switch|flip)\b/.test(text) || session === undefined) return { from: a.date, to: b.date };
    // "ran 10k today, can I do the intervals tomorrow?": the day that follows the session named.
    return { session, to: (days.find((d) => d.index > at) ?? a).date };
  }
  if (session === undefined || days.length === 0) return undefined;
  return { session, to: (days[0] as DayMention).date };
}

/** "only 3 days", "just 2 runs", "max 3 times", "can only run 3 days". */
const LIMIT =
  /\b(?:only|just|at most|no more than)\s+(?:(?:run|do|manage|get in|fit in|squeeze in|have time for|be able to run)\s+)?(\d{1,2})\s*(?:x\s*)?(?:run(?:ning)?\s+|training\s+)?(?:days?|runs?|times|sessions?|x)\b/;
const WEEK = /\b(this|next|coming|the) (?:coming )?week(?:end)?\b/;

/**
 * The short-term limit a normalised message asks for, if any: N run days this week or next.
 *
 * @example
 * readDayLimit('i can only run 3 days next week'); // { runDays: 3, weekOffset: 1 }
 */
export function readDayLimit(text: string): DayLimitAsk | undefined {
  if (PERMANENT.test(text)) return undefined;
  const m = LIMIT.exec(text);
  const w = WEEK.exec(text);
  if (!m || !w) return undefined;
  const ahead = w[1] === 'next' || w[1] === 'coming' || /\bthis coming week\b/.test(text);
  return { runDays: Number(m[1]), weekOffset: ahead ? 1 : 0 };
}

/** The readings a reschedule replaces: a permanent day change, a plain view, a question. */
const REPLACED: readonly Intent[] = ['change_days', 'ask_today', 'ask_week', 'ask_question', 'unknown'];
/** A run reported as done beside the request ("ran 10k today, can I do the intervals tomorrow?"). */
const RAN = /\b(?:ran|jogged|did|done|finished|completed|logged|clocked)\b/;

/**
 * Records a recognised move or limit in the parse: the intent (`move_session` / `limit_days`), its slot,
 * and nothing it replaces (never `change_days`). Returns true when it recognised one.
 */
export function applyReschedule(intents: Set<Intent>, slots: Slots, text: string, today: string): boolean {
  const limit = readDayLimit(text);
  const move = limit === undefined ? readMove(text, today) : undefined;
  if (limit === undefined && move === undefined) return false;
  for (const i of REPLACED) intents.delete(i);
  // The numbers of a session named in the request ("my 8 mile long run") are not a run, unless one is reported.
  if (!RAN.test(text)) for (const i of ['log_run', 'rpe_checkin'] as const) intents.delete(i);
  // "only 3 runs next week, travelling": fewer days, not a pause.
  if (limit !== undefined) intents.delete('pause');
  delete slots.question;
  delete slots.rpe;
  if (limit !== undefined) {
    intents.add('limit_days');
    slots.dayLimit = limit;
  } else if (move !== undefined) {
    intents.add('move_session');
    slots.reschedule = move;
  }
  return true;
}
