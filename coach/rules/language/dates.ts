import { addDays, isIsoDate, weekdayIndex, WEEKDAYS } from '../calendar/index.js';
import type { Span } from './scan.js';
import { spanOf } from './scan.js';
import type { Weekday } from './types.js';

/** Spellings of weekdays runners use. */
export const WEEKDAY_WORDS: Readonly<Record<string, Weekday>> = {
  monday: 'mon',
  mon: 'mon',
  tuesday: 'tue',
  tue: 'tue',
  tues: 'tue',
  wednesday: 'wed',
  wed: 'wed',
  weds: 'wed',
  thursday: 'thu',
  thu: 'thu',
  thur: 'thu',
  thurs: 'thu',
  friday: 'fri',
  fri: 'fri',
  saturday: 'sat',
  sat: 'sat',
  sunday: 'sun',
  sun: 'sun',
  // Common misspellings (typed on a phone).
  munday: 'mon',
  tusday: 'tue',
  teusday: 'tue',
  wensday: 'wed',
  wednsday: 'wed',
  wedensday: 'wed',
  thursady: 'thu',
  thrusday: 'thu',
  thurday: 'thu',
  firday: 'fri',
  fryday: 'fri',
  saterday: 'sat',
  saturady: 'sat',
  satuday: 'sat',
  sundy: 'sun',
  sunady: 'sun',
};
/** Month names and abbreviations → month number 1–12. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
/** Alternation of every `MONTHS` spelling, longest first (for regular expressions). */
export const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const FULL_DAY_RE = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const SHORT_DAY_RE = 'mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun';

/** Which way an unqualified weekday points: logs look back, questions about the plan look ahead. */
export type DateDirection = 'past' | 'upcoming';

export interface DateHit {
  readonly date: string;
  readonly span: Span;
  /** The phrase names a later part of today ("tonight") — a run there has not happened yet. */
  readonly laterToday?: boolean;
}

/** Hour of day (local) from which "tonight"/"this evening" may be in the past: 17:00. */
export const EVENING_STARTS_HOUR = 17;

/**
 * `last` is the one before the most recent; `this` the coming one (today included); `next` the one in next
 * calendar week (Monday to Sunday, as the plan's weeks): on a Tuesday "next friday" is 10 days away, on a
 * Saturday it is the coming Friday. The British reading, and the one a plan shown by weeks makes plain
 * (README "Dates").
 */
function weekdayDate(today: string, day: Weekday, mode: 'last' | 'next' | 'this' | DateDirection): string {
  const todayIdx = weekdayIndex(today);
  const idx = WEEKDAYS.indexOf(day);
  if (mode === 'next') {
    // (weekday indices count from Monday = 0)
    return addDays(today, 7 - todayIdx + idx);
  }
  const back = (todayIdx - idx + 7) % 7;
  if (mode === 'last') return addDays(today, -(back === 0 ? 7 : back));
  if (mode === 'past') return addDays(today, -back);
  const ahead = (idx - todayIdx + 7) % 7;
  return addDays(today, ahead);
}

function isoFromParts(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function dayOfMonth(
  today: string,
  month: number | undefined,
  day: number,
  direction: DateDirection,
): string | undefined {
  const year = Number(today.slice(0, 4));
  const candidates: string[] = [];
  for (const yy of [year - 1, year, year + 1]) {
    for (const mm of month === undefined ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [month]) {
      const iso = isoFromParts(yy, mm, day);
      if (iso) candidates.push(iso);
    }
  }
  const sorted = candidates.sort();
  return direction === 'past' ? sorted.filter((d) => d <= today).pop() : sorted.find((d) => d >= today);
}

const RULES: readonly (readonly [
  RegExp,
  (m: RegExpExecArray, today: string, dir: DateDirection) => string | undefined,
  boolean?,
])[] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => (isIsoDate(m[0]) ? m[0] : undefined)],
  [/\b(?:the )?day before yesterday\b/, (_m, today) => addDays(today, -2)],
  [
    /\b(\d{1,2}|a couple of|couple of|a couple|a few) days ago\b/,
    (m, today) => {
      const n = /^\d/.test(m[1] ?? '') ? Number(m[1]) : (m[1] ?? '').includes('few') ? 3 : 2;
      return n <= 60 ? addDays(today, -n) : undefined;
    },
  ],
  [/\b(?:a|one) week ago\b/, (_m, today) => addDays(today, -7)],
  [/\byesterday\b|\blast night\b/, (_m, today) => addDays(today, -1)],
  [/\btomorrow\b/, (_m, today) => addDays(today, 1)],
  [/\b(?:tonight|this evening|later today|this afternoon)\b/, (_m, today) => today, true],
  [/\b(?:today|this morning|earlier|just now|this am|this lunch(?:time)?|at lunch)\b/, (_m, today) => today],
  [
    new RegExp(
      String.raw`\b(last|this past|past|next|this coming|coming|on|this)?\s*(${FULL_DAY_RE})\b|\b(last|next|on|this)\s+(${SHORT_DAY_RE})\b|\b()(${SHORT_DAY_RE})\s*\?*\s*$`,
    ),
    (m, today, dir) => {
      const q = m[1] ?? m[3] ?? m[5] ?? '';
      const day = WEEKDAY_WORDS[m[2] ?? m[4] ?? m[6] ?? ''];
      if (!day) return undefined;
      const mode =
        q === 'last' || q === 'this past' || q === 'past'
          ? 'last'
          : q === 'next'
            ? 'next'
            : q === 'this coming' || q === 'coming' || (q === 'this' && dir === 'upcoming')
              ? 'this'
              : dir;
      return weekdayDate(today, day, mode);
    },
  ],
  [
    new RegExp(
      String.raw`\b(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_RE})\b(?:,?\s+(\d{4})\b)?`,
    ),
    (m, today, dir) => {
      const month = MONTHS[m[1] ?? m[5] ?? ''];
      const day = Number(m[2] ?? m[4]);
      const year = m[3] ?? m[6];
      if (month === undefined) return undefined;
      return year === undefined ? dayOfMonth(today, month, day, dir) : isoFromParts(Number(year), month, day);
    },
  ],
  [
    /\b(?:on )?the (\d{1,2})(?:st|nd|rd|th)\b/,
    (m, today, dir) => dayOfMonth(today, undefined, Number(m[1]), dir),
  ],
];

/**
 * Finds the day a message talks about and resolves it against the runner's `today` (ISO, their
 * timezone): `yesterday`, `this morning`, `last night`, `on Sunday`, `last tuesday`, `3 days ago`,
 * `nov 20`, `18 april 2027`, `the 12th`, `2026-11-20`. A bare weekday points back (`past`) for logs and forward
 * (`upcoming`) for questions about the plan. Returns the first date phrase found.
 *
 * @example
 * extractDate('ran 10k on sunday', '2026-11-24', 'past')?.date // → '2026-11-22'
 */
export function extractDate(text: string, today: string, direction: DateDirection): DateHit | undefined {
  let best: DateHit | undefined;
  for (const [re, resolve, later] of RULES) {
    const m = re.exec(text);
    if (!m) continue;
    const date = resolve(m, today, direction);
    if (date === undefined || !isIsoDate(date)) continue;
    if (best === undefined || m.index < best.span.start) {
      best = later === true ? { date, span: spanOf(m), laterToday: true } : { date, span: spanOf(m) };
    }
  }
  return best;
}
