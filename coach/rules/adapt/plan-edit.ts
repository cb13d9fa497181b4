/**
 * Small immutable edits of a plan used by the adaptation rules. Every edit only ever makes a session
 * lighter (hard → easy → rest, fewer minutes) and is computed from the session's original (`replaces`), so
 * applying an edit to its own output changes nothing: the root of `adapt`'s idempotence.
 */
import type { Plan, Purpose, Range, Session, Step } from '../plan/types.js';
import { baseOf, easyTargets, type BaseSession } from './base-session.js';
import { plannedRunsByDate, sessionsInDateOrder, type SessionRef } from './plan-index.js';

export { baseOf, easyTargets } from './base-session.js';
export type { BaseSession } from './base-session.js';
export type { SessionRef } from './plan-index.js';

/**
 * Every session of the plan in date order, with where it sits.
 *
 * @example
 * allSessions(plan)[0]; // { week: 0, index: 0, session: { date: plan.weeks[0].sessions[0].date, … } }
 */
export function allSessions(plan: Plan): SessionRef[] {
  return sessionsInDateOrder(plan).slice();
}

/**
 * The first run (not rest) planned on each date, by its current kind or — with `original` — by the kind
 * it was first planned as.
 *
 * @example
 * runsByDate(plan).get('2027-01-12')?.kind; // 'tempo'
 */
export function runsByDate(plan: Plan, original = false): Map<string, Session> {
  if (original) return new Map(plannedRunsByDate(plan));
  const out = new Map<string, Session>();
  for (const w of plan.weeks)
    for (const s of w.sessions) if (s.kind !== 'rest' && !out.has(s.date)) out.set(s.date, s);
  return out;
}

/**
 * Sessions dated within `[from, to]` (ISO dates, inclusive), in date order.
 *
 * @example
 * sessionsBetween(plan, '2027-01-12', '2027-01-12').map((r) => r.session.kind); // ['tempo']
 */
export function sessionsBetween(plan: Plan, from: string, to: string): SessionRef[] {
  const sorted = sessionsInDateOrder(plan);
  // The first session dated on or after `from` (the list is in date order), then every one up to `to`.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.session.date < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < sorted.length && sorted[end]!.session.date <= to) end++;
  return sorted.slice(lo, end);
}

/**
 * True when the session is a run (not a rest day).
 *
 * @example
 * isRun({ ...rest, kind: 'rest', minutes: 0 }); // false
 */
export function isRun(session: BaseSession): boolean {
  return session.kind !== 'rest' && session.minutes > 0;
}

/**
 * Replaces one session and keeps the week's totals consistent (adds the change in minutes and km).
 * Returns the same plan object when `next` is the same session object.
 *
 * @example
 * replaceSession(plan, { week: 1, index: 2 }, easier).weeks[1].minutes; // old total − minutes saved
 */
export function replaceSession(plan: Plan, ref: Pick<SessionRef, 'week' | 'index'>, next: Session): Plan {
  const week = plan.weeks[ref.week];
  const prev = week?.sessions[ref.index];
  if (week === undefined || prev === undefined) throw new Error('replaceSession: no such session');
  if (prev === next) return plan;
  const sessions = week.sessions.map((s, i) => (i === ref.index ? next : s));
  const minutes = round1(week.minutes + next.minutes - prev.minutes);
  const km = round1(week.km + next.km - prev.km);
  const weeks = plan.weeks.map((w, i) => (i === ref.week ? { ...w, sessions, minutes, km } : w));
  return { ...plan, weeks };
}

/**
 * Rounds to one decimal (km, minutes of totals).
 *
 * @example
 * round1(7.46); // 7.5
 */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Options for `toEasy`: the longest the easy run may be and the targets to use if the session has none. */
export interface EasyOptions {
  readonly maxMinutes?: number;
  readonly pace?: Range;
  readonly hr?: Range;
  readonly purpose: Purpose;
}

/**
 * The session as an easy run (no intensity), at most `maxMinutes` long; the same object when it already is.
 * A hard session becomes one continuous easy run; an easy session keeps its shape (a run/walk stays a
 * run/walk) without its strides.
 *
 * @example
 * toEasy(tempo55, { maxMinutes: 40, purpose: { code: 'UNDER_RECOVERED_EASY' } }).kind; // 'easy'
 */
export function toEasy(session: Session, options: EasyOptions): Session {
  if (!isRun(session)) return session;
  const max = options.maxMinutes ?? Infinity;
  if (!session.hard) {
    // An easy day keeps its shape (run/walk stays run/walk): strides go, then it is capped.
    const plain = withoutStrides(session, options.purpose);
    return capMinutes(plain, Math.min(plain.minutes, max), options.purpose);
  }
  const base = baseOf(session);
  const own = easyTargets(session);
  const pace = own.pace ?? options.pace;
  const hr = own.hr ?? options.hr;
  const mid = pace === undefined ? undefined : (pace.from + pace.to) / 2;
  // Never more time and never more distance than the session it replaces.
  const byKm = mid === undefined ? Infinity : Math.floor((session.km * mid) / 60);
  const minutes = Math.min(session.minutes, Math.round(max), byKm);
  const km =
    mid !== undefined
      ? Math.min(session.km, round1((minutes * 60) / mid))
      : round1(session.km * (minutes / session.minutes));
  const step: Step = {
    kind: 'run',
    intensity: 'E',
    minutes,
    km,
    ...(pace ? { pace } : {}),
    ...(hr ? { hr } : {}),
  };
  return {
    date: session.date,
    kind: 'easy',
    hard: false,
    minutes,
    km,
    purpose: options.purpose,
    steps: [step],
    status: 'adapted',
    replaces: base,
  };
}

/**
 * True when a session holds any step faster than easy (M, T, I, R, strides).
 *
 * @example
 * hasIntensity(easyWithStrides); // true
 */
export function hasIntensity(session: BaseSession): boolean {
  return session.steps.some((s) => s.kind === 'strides' || (s.intensity !== 'E' && s.intensity !== 'walk'));
}

/**
 * The session as a rest day; the same object when it already is one.
 *
 * @example
 * toRest(tempo, { code: 'ILLNESS_REST' }).kind; // 'rest'
 */
export function toRest(session: Session, purpose: Purpose): Session {
  if (!isRun(session)) return session;
  return {
    date: session.date,
    kind: 'rest',
    hard: false,
    minutes: 0,
    km: 0,
    purpose,
    steps: [],
    status: 'adapted',
    replaces: baseOf(session),
  };
}

/**
 * The session shortened to at most `targetMinutes` (steps scaled alike); the same object when it is
 * already that short. Never lengthens.
 *
 * @example
 * capMinutes(easy50, 40, { code: 'ACWR_LIGHTER' }).minutes; // 40
 */
export function capMinutes(session: Session, targetMinutes: number, purpose: Purpose): Session {
  const target = Math.max(0, Math.round(targetMinutes));
  if (!isRun(session) || session.minutes <= target) return session;
  const k = target / session.minutes;
  const steps = session.steps.map((s) => scaleStep(s, k));
  return {
    ...session,
    minutes: target,
    km: Math.floor(session.km * k * 10) / 10,
    purpose,
    steps,
    status: 'adapted',
    replaces: baseOf(session),
  };
}

function scaleStep(step: Step, k: number): Step {
  const out: { -readonly [K in keyof Step]: Step[K] } = { ...step };
  if (step.minutes !== undefined) out.minutes = Math.round(step.minutes * k * 2) / 2;
  if (step.km !== undefined) out.km = round1(step.km * k);
  return out;
}

/**
 * The session without strides (and the recoveries between them); the same object when it has none.
 *
 * @example
 * withoutStrides(easyWithStrides, { code: 'PROTECT_QUALITY' }).steps.some((s) => s.kind === 'strides'); // false
 */
export function withoutStrides(session: Session, purpose: Purpose): Session {
  const drop = new Set<number>();
  session.steps.forEach((s, i) => {
    if (s.kind !== 'strides') return;
    drop.add(i);
    if (session.steps[i + 1]?.kind === 'recovery') drop.add(i + 1);
  });
  if (drop.size === 0) return session;
  const steps = session.steps.filter((_, i) => !drop.has(i));
  const removed = session.steps.filter((_, i) => drop.has(i));
  const minutes = removed.reduce((t, s) => t + (s.minutes ?? 0) * (s.repeat ?? 1), 0);
  const km = removed.reduce((t, s) => t + (s.km ?? 0) * (s.repeat ?? 1), 0);
  return {
    ...session,
    minutes: Math.max(0, Math.round(session.minutes - minutes)),
    km: Math.max(0, Math.floor((session.km - km) * 10) / 10),
    purpose,
    steps,
    status: 'adapted',
    replaces: baseOf(session),
  };
}
