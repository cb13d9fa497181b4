/**
 * The days a runner can run, as they write them: `tue thu sat sun`, `sundays`, `mon-fri`, `monday to
 * friday`, `weekends plus tuesdays and thursdays`, `every day except friday`, `weekdays but not wed`;
 * or only how many (`3 or 4 days`), which leaves the days to ask. Pure.
 */
import { WEEKDAYS } from '../../calendar/index.js';
import { MONTH_RE, WEEKDAY_WORDS } from '../dates.js';
import type { Weekday } from '../types.js';

/** How many days a week the runner says, without naming them (`3 or 4 days` → 3 to 4). */
export interface DayCount {
  readonly min: number;
  readonly max: number;
}

export interface DaysHit {
  readonly days?: readonly Weekday[];
  readonly count?: DayCount;
  readonly longDay?: Weekday;
}

const DAY = `(${Object.keys(WEEKDAY_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})s?`;
const LONG_DAY_AFTER = new RegExp(
  String.raw`\blong (?:run|runs|one)s?\s*(?:on|to|=|:|day(?: is| to| on)?|should be(?: on)?)?\s*(?:on\s*)?\b${DAY}\b`,
);
const LONG_DAY_BEFORE = new RegExp(String.raw`\b${DAY}\s*(?:for|as|is)\s*(?:the|my)?\s*long (?:run|day)`);
const RANGE = new RegExp(String.raw`\b${DAY}\s*(?:-|to|through|thru|till|until)\s*${DAY}\b`, 'g');
const TOKEN = new RegExp(String.raw`\b${DAY}\b`, 'g');
const EVERY_DAY =
  /\b(?:every ?day|everyday|daily|any ?day|all (?:the )?days|7 days(?: a week)?|all week|otherwise any(?:thing| day)?|any other day|rest of the week|whenever)\b/;
const EXCLUDE =
  /\b(?:(?:day|days|anything|everyday|week) but|except|apart from|but not|not|no|never|can'?t do|cannot do|can'?t run|cannot run|other than|besides|excluding|minus|bar)\s*(?:on\s*)?(?:the\s*)?$/;
/** A day named for a run already done or planned once ("raced last sunday") is not a running day. */
const PAST_OR_ONCE = /\b(?:last|this past|past|next|this coming|yesterday)\s*$/;
/** A weekday that opens a date ("sunday 18 april", "sun the 18th") names the race day, not a running day. */
const DATE_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:${MONTH_RE})\b)`,
);
const COUNT =
  /\b([1-7])\s*(?:(?:or|-|to|\/)\s*([1-7])\s*)?(?:days?|times|x|runs?|sessions?)\s*(?:a|per|\/|each|every)?\s*(?:week|wk|w)?\b(?!\s*ago)/;

function range(from: Weekday, to: Weekday): Weekday[] {
  const a = WEEKDAYS.indexOf(from);
  const b = WEEKDAYS.indexOf(to);
  const out: Weekday[] = [];
  for (let i = a; ; i = (i + 1) % 7) {
    out.push(WEEKDAYS[i]!);
    if (i === b || out.length === 7) return out;
  }
}

/**
 * Reads running days from `text` (normalized, lower case). Exclusions (`except friday`, `not wed`) apply
 * to everything named; a day with `last`/`next` before it is a date, not a running day.
 *
 * @example
 * runningDaysFrom('weekends plus tuesdays and thursdays') // → { days: ['tue', 'thu', 'sat', 'sun'] }
 * runningDaysFrom('every day except friday') // → { days: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'] }
 */
export function runningDaysFrom(text: string): DaysHit {
  const named = new Set<Weekday>();
  const excluded = new Set<Weekday>();
  // The long-run phrase names the long day only: "move my long run to sunday" keeps the running days.
  const long = LONG_DAY_AFTER.exec(text) ?? LONG_DAY_BEFORE.exec(text);
  const longDay = long ? WEEKDAY_WORDS[long[1] ?? ''] : undefined;
  let rest = long
    ? text.slice(0, long.index) + ' '.repeat(long[0].length) + text.slice(long.index + long[0].length)
    : text;
  for (const m of rest.matchAll(RANGE)) {
    const from = WEEKDAY_WORDS[m[1] ?? ''];
    const to = WEEKDAY_WORDS[m[2] ?? ''];
    if (!from || !to) continue;
    const before = rest.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
    for (const d of range(from, to)) (EXCLUDE.test(before) ? excluded : named).add(d);
    rest = rest.replace(m[0], ' '.repeat(m[0].length));
  }
  for (const m of rest.matchAll(TOKEN)) {
    const d = WEEKDAY_WORDS[m[1] ?? ''];
    if (!d) continue;
    const before = rest.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
    // "sun" in "in the sun" and a weekday after "last"/"next" are not running days.
    if (EXCLUDE.test(before) || (/\b(?:and|or|,)\s*$/.test(before) && excluded.size > 0 && named.size === 0))
      excluded.add(d);
    else if (
      !PAST_OR_ONCE.test(before) &&
      !DATE_AFTER.test(rest.slice((m.index ?? 0) + m[0].length)) &&
      !(m[1] === 'sun' && /\bthe\s*$/.test(before))
    )
      named.add(d);
  }
  if (/\bweekends?\b/.test(rest)) {
    const before = rest.slice(0, rest.search(/\bweekends?\b/));
    for (const d of ['sat', 'sun'] as const) (EXCLUDE.test(before) ? excluded : named).add(d);
  }
  if (/\bweekdays?\b/.test(rest)) {
    const before = rest.slice(0, rest.search(/\bweekdays?\b/));
    for (const d of WEEKDAYS.slice(0, 5)) (EXCLUDE.test(before) ? excluded : named).add(d);
  }
  if (
    EVERY_DAY.test(rest) ||
    (excluded.size > 0 && named.size === 0 && /\b(?:except|apart from|other than|besides|but)\b/.test(rest))
  ) {
    for (const d of WEEKDAYS) named.add(d);
  }
  if (longDay !== undefined && named.size > 0) named.add(longDay);
  const days = WEEKDAYS.filter((d) => named.has(d) && !excluded.has(d));
  if (days.length > 0) return longDay === undefined ? { days } : { days, longDay };
  const count = COUNT.exec(rest);
  if (count) {
    const a = Number(count[1]);
    const b = count[2] === undefined ? a : Number(count[2]);
    const hit = { count: { min: Math.min(a, b), max: Math.max(a, b) } };
    return longDay === undefined ? hit : { ...hit, longDay };
  }
  return longDay === undefined ? {} : { longDay };
}
