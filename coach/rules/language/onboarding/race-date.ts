/**
 * The race day in an onboarding answer: `2027-04-18`, `18/04/2027`, `April 18`, `May 2nd`, `28 Feb`,
 * `the 18th of april 2027`, `in 20 weeks`, or only a month (`in april`), which leaves the day to ask.
 * A date without a year is the next such date after today. Pure: today is an argument.
 */
import { addDays, isIsoDate } from '../../calendar/index.js';
import { MONTH_RE, MONTHS } from '../dates.js';

/** A race month without its day: which day in it is still to ask. */
export interface RaceMonth {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
}

export interface RaceDateHit {
  readonly date?: string;
  readonly month?: RaceMonth;
}

/** Longest horizon a race date may be ahead, weeks (`in 60 weeks` is read; `in 300 weeks` is not). */
export const RACE_HORIZON_WEEKS = 104;

function iso(year: number, month: number, day: number): string | undefined {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(s) ? s : undefined;
}

function fullYear(y: string | undefined): number | undefined {
  if (y === undefined) return undefined;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** The first `month`/`day` strictly after `today` (this year or the next). */
function nextDayOfMonth(today: string, month: number, day: number): string | undefined {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1, year + 2]) {
    const d = iso(y, month, day);
    if (d !== undefined && d > today) return d;
  }
  return undefined;
}

/** The next `month` that has days after `today`: this year's when it is not over yet, else next year's. */
export function nextMonth(today: string, month: number, year?: number): RaceMonth {
  if (year !== undefined) return { year, month };
  const y = Number(today.slice(0, 4));
  return month >= Number(today.slice(5, 7)) ? { year: y, month } : { year: y + 1, month };
}

const NUMERIC = /(?<![\d:./-])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d:./])/;
const MONTH_DAY = new RegExp(
  String.raw`\b(${MONTH_RE})\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s+(\d{4})\b)?`,
);
const DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?(${MONTH_RE})\b\.?(?:,?\s+(\d{4})\b)?`,
);
/** "may" is a verb too: as a month alone it needs a preposition before it or a year after it. */
const MONTH_ONLY = new RegExp(
  String.raw`\b(?:(in|on|for|during|this|next|early|mid|late|end of|start of|beginning of)\s+)?(${MONTH_RE})\b\.?(?:\s+(\d{4})\b)?`,
);
const IN_WEEKS = /\bin (\d{1,3}) weeks?\b/;
const IN_MONTHS = /\bin (\d{1,2}) months?\b/;

/**
 * Reads a race date from `text` (normalized, lower case). Numeric dates are day first
 * (`18/04/2027`), unless the first number cannot be a month day (`4/18/2027` is US order).
 *
 * @example
 * raceDateFrom('half marathon on may 2nd', '2026-12-01') // → { date: '2027-05-02' }
 * raceDateFrom('half marathon in april', '2026-12-01') // → { month: { year: 2027, month: 4 } }
 */
export function raceDateFrom(text: string, today: string): RaceDateHit | undefined {
  const isoHit = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (isoHit && isIsoDate(isoHit[0])) return { date: isoHit[0] };
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[3]);
    const year = fullYear(numeric[4])!;
    const date = b > 12 ? iso(year, a, b) : iso(year, b, a);
    if (date !== undefined) return { date };
  }
  const md = MONTH_DAY.exec(text);
  const dm = DAY_MONTH.exec(text);
  const named = [
    md && { m: md, month: md[1], day: md[2], year: md[3] },
    dm && { m: dm, month: dm[2], day: dm[1], year: dm[3] },
  ]
    .filter((x) => x !== null && x !== undefined)
    .sort((x, y) => x.m.index - y.m.index)[0];
  if (named) {
    const month = MONTHS[named.month ?? ''];
    const day = Number(named.day);
    const year = fullYear(named.year);
    if (month !== undefined) {
      const date = year === undefined ? nextDayOfMonth(today, month, day) : iso(year, month, day);
      if (date !== undefined) return { date };
    }
  }
  const weeks = IN_WEEKS.exec(text);
  if (weeks && Number(weeks[1]) > 0 && Number(weeks[1]) <= RACE_HORIZON_WEEKS) {
    return { date: addDays(today, Number(weeks[1]) * 7) };
  }
  const only = MONTH_ONLY.exec(text);
  if (only) {
    const word = only[2] ?? '';
    const month = MONTHS[word];
    const year = fullYear(only[3]);
    const spoken = only[1] !== undefined || year !== undefined || (word !== 'may' && word !== 'mar');
    if (month !== undefined && spoken) return { month: nextMonth(today, month, year) };
  }
  const months = IN_MONTHS.exec(text);
  if (months && Number(months[1]) > 0) {
    const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)) + Number(months[1])];
    return { month: { year: y + Math.floor((m - 1) / 12), month: ((m - 1) % 12) + 1 } };
  }
  return undefined;
}

/**
 * The day of a known race month: `18`, `the 18th`, `18th`, `sunday the 18th`.
 *
 * @example
 * dayInMonth('the 18th', { year: 2027, month: 4 }, '2026-12-01') // → '2027-04-18'
 */
export function dayInMonth(text: string, month: RaceMonth, today: string): string | undefined {
  const m =
    /^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*[.!]?\s*$/.exec(
      text,
    );
  if (!m) return undefined;
  const date = iso(month.year, month.month, Number(m[1]));
  return date !== undefined && date > today ? date : undefined;
}
