/**
 * The runner's calendar: "today" and the hour in their own timezone, for an instant. Uses Intl, so it
 * lives here at the edge of the core, not in coach/rules (which takes "today" as an argument).
 *
 * A message asks twice or three times for about the same instant (when it was written, the coach's clock,
 * the unlocked reading in UTC), so each timezone keeps its last answer for the second it was asked about:
 * timezone offsets and their changes fall on whole seconds, so every instant of one second has the same
 * local date and hour.
 */

/** Timezones kept (their formatter and last answer); both maps are cleared when this many are held. */
const TIMEZONES_KEPT = 1024;
const MS_PER_SECOND = 1000;

/** The formatter of each timezone asked about; `null` for a name Intl does not know (read as UTC). */
const formatters = new Map<string, Intl.DateTimeFormat | null>();
/** The last answer of each timezone: the whole second (since 1970, UTC) it is for, its date and hour. */
const lastAnswers = new Map<
  string,
  { readonly second: number; readonly date: string; readonly hour: number }
>();

/** `formatToParts` written out for the options below: `2026-12-02, 14` (anything else is read by parts). */
const WRITTEN = /^(\d{4}-\d{2}-\d{2}), (\d{2})$/;

function newFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  });
}

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = newFormatter(timeZone);
    } catch {
      f = null;
    }
    if (formatters.size >= TIMEZONES_KEPT) formatters.clear();
    formatters.set(timeZone, f);
  }
  return f;
}

/** The date and hour `f` gives `instant`: from the written string when it has the usual shape, else by parts. */
function dateAndHour(f: Intl.DateTimeFormat, instant: Date): { date: string; hour: number } {
  const m = WRITTEN.exec(f.format(instant));
  if (m !== null) return { date: m[1]!, hour: Number(m[2]) % 24 };
  const parts = f.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) % 24 };
}

/** The ISO date (`YYYY-MM-DD`) and hour (0–23) of `instant` in `timeZone` (UTC when unknown). */
export function localNow(instant: Date, timeZone: string): { date: string; hour: number } {
  const ms = instant.getTime();
  // An invalid instant throws as Intl does (RangeError), whatever the timezone.
  if (Number.isNaN(ms)) return dateAndHour(formatter('UTC') ?? newFormatter('UTC'), instant);
  const second = Math.floor(ms / MS_PER_SECOND);
  const last = lastAnswers.get(timeZone);
  if (last !== undefined && last.second === second) return { date: last.date, hour: last.hour };
  const f = formatter(timeZone) ?? formatter('UTC') ?? newFormatter('UTC');
  const answer = dateAndHour(f, instant);
  if (lastAnswers.size >= TIMEZONES_KEPT) lastAnswers.clear();
  lastAnswers.set(timeZone, { second, date: answer.date, hour: answer.hour });
  return answer;
}
