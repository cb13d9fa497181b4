/**
 * Views of a plan the rules look things up in many times a pass — its sessions in date order, the run
 * first planned on each date, the days of its E steps — built once per plan object instead of once per
 * lookup. A plan is never changed in place (every edit makes a new plan, `replaceSession`), so a view stays
 * true for the object it was built from; the views sit in a WeakMap and go with their plan.
 */
import { isIsoDate, toEpochDay } from '../calendar/index.js';
import type { Plan, Range, Session } from '../plan/types.js';
import { easyTargets } from './base-session.js';

/** Where a session sits in the plan. */
export interface SessionRef {
  readonly week: number;
  readonly index: number;
  readonly session: Session;
}

/** Easy targets of a session, and its day (`undefined`: its date is no ISO date). */
interface EasyEntry {
  readonly date: string;
  readonly day: number | undefined;
  readonly targets: { pace?: Range; hr?: Range };
}

interface PlanViews {
  sorted?: readonly SessionRef[];
  planned?: ReadonlyMap<string, Session>;
  easy?: readonly EasyEntry[];
}

const VIEWS = new WeakMap<Plan, PlanViews>();

function viewsOf(plan: Plan): PlanViews {
  let v = VIEWS.get(plan);
  if (v === undefined) {
    v = {};
    VIEWS.set(plan, v);
  }
  return v;
}

/**
 * Every session of the plan in date order (sessions of one date in plan order), with where it sits.
 * Shared: never change the array.
 *
 * @example
 * sessionsInDateOrder(plan)[0]; // { week: 0, index: 0, session: { date: plan.weeks[0].sessions[0].date, … } }
 */
export function sessionsInDateOrder(plan: Plan): readonly SessionRef[] {
  const v = viewsOf(plan);
  if (v.sorted === undefined) {
    const out: SessionRef[] = [];
    plan.weeks.forEach((w, week) =>
      w.sessions.forEach((session, index) => out.push({ week, index, session })),
    );
    v.sorted = out.sort((a, b) =>
      a.session.date < b.session.date ? -1 : a.session.date > b.session.date ? 1 : 0,
    );
  }
  return v.sorted;
}

/**
 * The first run planned on each date by the kind it was first planned as (its `replaces`, else itself),
 * rest days left out. Shared: never change the map.
 *
 * @example
 * plannedRunsByDate(plan).get('2027-01-12')?.kind; // 'easy' (a tempo eased today: planned as a tempo)
 */
export function plannedRunsByDate(plan: Plan): ReadonlyMap<string, Session> {
  const v = viewsOf(plan);
  if (v.planned === undefined) {
    const out = new Map<string, Session>();
    for (const w of plan.weeks)
      for (const s of w.sessions) {
        const kind = s.replaces !== undefined ? s.replaces.kind : s.kind; // baseOf(s).kind, without the copy
        if (kind !== 'rest' && !out.has(s.date)) out.set(s.date, s);
      }
    v.planned = out;
  }
  return v.planned;
}

/**
 * The easy targets of the session nearest `date` (in days) whose own steps hold an E pace — the first in
 * plan order on a tie; `{}` when no session has one. Throws as `toEpochDay` does on a date that is no ISO
 * date (a broken invariant).
 *
 * @example
 * nearestEasyTargets(plan, '2027-01-12'); // { pace: { from: 350, to: 395 }, hr: { from: 125, to: 148 } }
 */
export function nearestEasyTargets(plan: Plan, date: string): { pace?: Range; hr?: Range } {
  const v = viewsOf(plan);
  if (v.easy === undefined) {
    const out: EasyEntry[] = [];
    for (const week of plan.weeks)
      for (const s of week.sessions) {
        const targets = easyTargets(s);
        if (targets.pace === undefined) continue;
        out.push({ date: s.date, day: isIsoDate(s.date) ? toEpochDay(s.date) : undefined, targets });
      }
    v.easy = out;
  }
  let best: { pace?: Range; hr?: Range } = {};
  let bestGap = Infinity;
  let target: number | undefined;
  for (const e of v.easy) {
    const day = e.day ?? toEpochDay(e.date); // throws: the session's date is no date
    target ??= toEpochDay(date);
    const gap = Math.abs(day - target);
    if (gap < bestGap) {
      best = e.targets;
      bestGap = gap;
    }
  }
  return best;
}
