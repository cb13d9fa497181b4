/** Who the nightly adaptation takes tonight (`nightly-adaptation.ts`): by local hour, date and last word. */
import type { NightlyCandidate } from '../ports/nightly.js';
import { localNow } from '../local-date.js';
import { addDays } from '../rules/calendar/add-days.js';

/**
 * The runs due at `now`: each candidate whose local hour is `fromHour` or later, not yet recorded for their
 * local date D, and not heard from on D-1 or D.
 *
 * @example
 * dueRuns([{ athleteId: 'a', timezone: 'Europe/Berlin' }], new Date('2027-01-12T05:00:00Z'), 3);
 * // [{ athleteId: 'a', localDate: '2027-01-12' }] (06:00 in Berlin)
 */
export function dueRuns(
  candidates: readonly NightlyCandidate[],
  now: Date,
  fromHour: number,
): { athleteId: string; localDate: string }[] {
  // One Intl call per timezone for "now", not one per runner.
  const local = new Map<string, { date: string; hour: number }>();
  const due: { athleteId: string; localDate: string }[] = [];
  for (const c of candidates) {
    let here = local.get(c.timezone);
    if (!here) local.set(c.timezone, (here = localNow(now, c.timezone)));
    if (here.hour < fromHour) continue;
    const today = here.date;
    if (c.lastRunOn !== undefined && c.lastRunOn >= today) continue;
    if (c.lastMessageAt && localNow(c.lastMessageAt, c.timezone).date >= addDays(today, -1)) continue;
    due.push({ athleteId: c.athleteId, localDate: today });
  }
  return due;
}
