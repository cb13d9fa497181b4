/**
 * ISO calendar dates (`YYYY-MM-DD`) as whole days since 1970-01-01 (UTC, proleptic Gregorian), the one
 * representation the other calendar helpers compute with. Pure: `Date.UTC` with arguments only, no clock.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD` (rejects `2027-02-30`, `2027-2-3`).
 *
 * @example
 * isIsoDate('2028-02-29'); // true
 * isIsoDate('2027-02-29'); // false
 */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const back = new Date(Date.UTC(y, mo - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
}

/**
 * Days since 1970-01-01 for an ISO date. Throws on a malformed date (a broken invariant: validate runner
 * input with `isIsoDate` first).
 *
 * @example
 * toEpochDay('1970-01-02'); // 1
 */
export function toEpochDay(iso: string): number {
  if (!isIsoDate(iso)) throw new Error(`not an ISO date: ${iso}`);
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, mo - 1, d) / MS_PER_DAY);
}

/**
 * The ISO date `days` days after 1970-01-01.
 *
 * @example
 * fromEpochDay(1); // '1970-01-02'
 */
export function fromEpochDay(days: number): string {
  const date = new Date(days * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const mo = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${mo}-${d}`;
}
