/**
 * What runner-asked rescheduling (`move-session.ts`, `limit-days.ts`) reads of a plan: which days count as
 * hard, the plan week holding a date, and the session on a day. Dates are ISO `YYYY-MM-DD`.
 */
import { addDays } from '../calendar/index.js';
import type { Plan, Session, Week } from '../plan/types.js';
import { NO_PURPOSE } from '../plan/purposes.js';
import { isRun } from './plan-edit.js';

/**
 * True for a day that needs an easy day beside it: a quality session (`hard`), the race, or the long
 * run. Daniels (Daniels' Running Formula, 3rd ed., ch. 2 and 4: "never two quality days in a row"; the long
 * run is one of the week's quality sessions) and Pfitzinger & Douglas (Advanced Marathoning, 3rd ed., ch. 1:
 * no hard session the day before or after the long run).
 *
 * @example
 * countsAsHard({ ...easy, kind: 'long', hard: false }); // true
 */
export function countsAsHard(session: Session | undefined): boolean {
  if (session === undefined || !isRun(session)) return false;
  return session.hard || session.kind === 'long' || session.kind === 'race';
}

/**
 * The plan week holding `date`, or `undefined` when the date is outside the plan.
 *
 * @example
 * weekOf(plan, '2026-12-10')?.start; // '2026-12-07'
 */
export function weekOf(plan: Plan, date: string): Week | undefined {
  return plan.weeks.find((w) => date >= w.start && date <= addDays(w.start, 6));
}

/**
 * The session planned on `date` anywhere in the plan (the first, if a day holds several).
 *
 * @example
 * sessionAt(plan, '2026-12-13')?.kind; // 'long'
 */
export function sessionAt(plan: Plan, date: string): Session | undefined {
  for (const w of plan.weeks) for (const s of w.sessions) if (s.date === date) return s;
  return undefined;
}

/**
 * A rest day on `date` in place of `from` (kept as the original it replaces, for "Keep original").
 *
 * @example
 * restOn('2026-12-13').kind; // 'rest'
 */
export function restOn(date: string): Session {
  return {
    date,
    kind: 'rest',
    hard: false,
    minutes: 0,
    km: 0,
    purpose: NO_PURPOSE,
    steps: [],
    status: 'adapted',
  };
}

/** A session in a schedule decision's before/after: the day and what is on it (minutes, km). */
export interface DaySummary {
  readonly date: string;
  readonly kind: Session['kind'];
  readonly minutes: number;
  readonly km: number;
}

/**
 * The short form of a day for a decision's before/after (rest when nothing is planned).
 *
 * @example
 * summarize('2026-12-12', undefined); // { date: '2026-12-12', kind: 'rest', minutes: 0, km: 0 }
 */
export function summarize(date: string, session: Session | undefined): DaySummary {
  if (session === undefined || !isRun(session)) return { date, kind: 'rest', minutes: 0, km: 0 };
  return { date, kind: session.kind, minutes: session.minutes, km: session.km };
}
