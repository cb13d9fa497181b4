/**
 * ISO calendar dates (`YYYY-MM-DD`) as whole days since 1970-01-01 (UTC, proleptic Gregorian), the one
 * representation the other calendar helpers compute with. Pure integer arithmetic (Hinnant's
 * days-from-civil), no `Date`, no clock: the plan and adaptation rules convert dates in their inner loops,
 * so a conversion is a few arithmetic steps and a repeat is a map lookup.
 */

const MS_PER_DAY = 86_400_000;
/** Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar. */
const DAYS_TO_EPOCH = 719_468;
/** Days in a 400-year era. */
const DAYS_PER_ERA = 146_097;
/** Converted dates kept for a repeat (a plan spans a few hundred); cleared when full. */
const MEMO_LIMIT = 4_096;
const memo = new Map<string, number>();

const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

/** Year, month and day of `YYYY-MM-DD`, or undefined when it is not written so. */
function fields(text: string): [number, number, number] | undefined {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return undefined;
  const y = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const mo = digit(text, 5) * 10 + digit(text, 6);
  const d = digit(text, 8) * 10 + digit(text, 9);
  return Number.isNaN(y + mo + d) ? undefined : [y, mo, d];
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function realDate(y: number, mo: number, d: number): boolean {
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= (mo === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[mo - 1]!);
}

/** Days since 1970-01-01 of a valid calendar date (Hinnant, "chrono-compatible low-level date algorithms"). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - DAYS_TO_EPOCH;
}

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD` (rejects `2027-02-30`, `2027-2-3`).
 *
 * @example
 * isIsoDate('2028-02-29'); // true
 * isIsoDate('2027-02-29'); // false
 */
export function isIsoDate(text: string): boolean {
  if (memo.has(text)) return true;
  const f = fields(text);
  return f !== undefined && realDate(...f);
}

/**
 * Days since 1970-01-01 for an ISO date. Throws on a malformed date (a broken invariant: validate runner
 * input with `isIsoDate` first).
 *
 * @example
 * toEpochDay('1970-01-02'); // 1
 */
export function toEpochDay(iso: string): number {
  const known = memo.get(iso);
  if (known !== undefined) return known;
  const f = fields(iso);
  if (f === undefined || !realDate(...f)) throw new Error(`not an ISO date: ${iso}`);
  const days = daysFromCivil(...f);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(iso, days);
  return days;
}

/** Dates written back for a repeat, by day number; cleared when full. */
const written = new Map<number, string>();
/** Day numbers of 0000-01-01 and 9999-12-31: the four-digit years computed without `Date`. */
const FIRST_FOUR_DIGIT_DAY = -719_528;
const LAST_FOUR_DIGIT_DAY = 2_932_896;

/**
 * The ISO date `days` days after 1970-01-01.
 *
 * @example
 * fromEpochDay(1); // '1970-01-02'
 */
export function fromEpochDay(days: number): string {
  const known = written.get(days);
  if (known !== undefined) return known;
  let iso: string;
  if (Number.isInteger(days) && days >= FIRST_FOUR_DIGIT_DAY && days <= LAST_FOUR_DIGIT_DAY) {
    const [y, mo, d] = civilFromDays(days);
    iso = `${String(y).padStart(4, '0')}-${mo < 10 ? '0' : ''}${mo}-${d < 10 ? '0' : ''}${d}`;
  } else {
    // Fractions and years beyond four digits: as `Date` writes them.
    const date = new Date(days * MS_PER_DAY);
    const y = String(date.getUTCFullYear()).padStart(4, '0');
    const mo = String(date.getUTCMonth() + 1).padStart(2, '0');
    const d = String(date.getUTCDate()).padStart(2, '0');
    return `${y}-${mo}-${d}`;
  }
  if (written.size >= MEMO_LIMIT) written.clear();
  written.set(days, iso);
  return iso;
}

/** Year, month and day of a day number (Hinnant's civil-from-days, the inverse of `daysFromCivil`). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + DAYS_TO_EPOCH;
  const era = Math.floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}
