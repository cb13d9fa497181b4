/**
 * Sessions already behind the runner are never edited: the pipeline guard. A session is settled when it is
 * dated before today, marked done, or stands for a logged run (an activity matched to it, or its day done
 * by a race). `adapt` runs every rule through `keepSettled`, so no rule — present or future — can rewrite
 * what was already run ("the long run you did yesterday is now an easy run"). The one change allowed on a
 * settled session is `missed.mark`: a past session with no run logged may get `status: 'missed'`.
 */
import type { Decision } from '../decision.js';
import type { Plan, Session } from '../plan/types.js';
import type { Activity } from './history.js';
import { matchActivities } from './match-activities.js';
import { replaceSession } from './plan-edit.js';

/** Settled sessions of a plan: position key (`week:index`) → the session as it must stay. */
export interface Settled {
  readonly sessions: ReadonlyMap<string, Session>;
  /** Keys of settled sessions that were run (a matched run, a race that day, or `status: 'done'`). */
  readonly run: ReadonlySet<string>;
}

/**
 * The plan each `settledSessions` answer was read from: a week `keepSettled` finds as that plan's own week
 * object holds the very sessions settled from it, so it needs no check.
 */
const READ_FROM = new WeakMap<Settled, Plan>();

const key = (week: number, index: number) => `${week}:${index}`;

/**
 * The sessions no rule may edit, as they stand in `plan` when adaptation starts.
 *
 * @param activities sorted by date
 * @example
 * settledSessions(plan, [{ date: '2027-01-12', km: 10, minutes: 55, rpe: 7 }], '2027-01-12').sessions.size;
 * // every session before the 12th, plus the 12th's tempo (run today)
 */
export function settledSessions(plan: Plan, activities: readonly Activity[], today: string): Settled {
  // A run dated after today (a clock or typing slip) settles nothing yet.
  const { sessionOf, doneDates } = matchActivities(
    plan,
    activities.filter((a) => a.date <= today),
  );
  const matched = new Set<Session>();
  for (const s of sessionOf.values()) if (s !== undefined) matched.add(s);
  const sessions = new Map<string, Session>();
  const run = new Set<string>();
  plan.weeks.forEach((w, week) =>
    w.sessions.forEach((s, index) => {
      const wasRun = matched.has(s) || s.status === 'done' || (s.kind !== 'rest' && doneDates.has(s.date));
      if (wasRun) run.add(key(week, index));
      if (wasRun || s.date < today) sessions.set(key(week, index), s);
    }),
  );
  const settled = { sessions, run };
  READ_FROM.set(settled, plan);
  return settled;
}

/** True when `after` is `before` marked missed and nothing else (the one edit allowed on a past day). */
function isMissedMark(before: Session, after: Session): boolean {
  if (after.status !== 'missed' || before.status === 'missed') return false;
  return JSON.stringify({ ...before, status: 'missed' }) === JSON.stringify(after);
}

/** True when a decision's before/after describe one session (not a plan-level change or advice). */
function sessionDate(d: Decision): string | undefined {
  const b = d.before as { date?: unknown; kind?: unknown } | null | undefined;
  return typeof b?.date === 'string' && typeof b.kind === 'string' ? b.date : undefined;
}

/**
 * `next` with every settled session put back as it was, and the decisions about those sessions dropped.
 * A plan-level decision (a new VDOT) stands; only the settled sessions it re-paced are put back.
 *
 * @example
 * keepSettled(settled, ruleOutput.plan, ruleOutput.decisions); // the done long run stays as it was run
 */
export function keepSettled(
  settled: Settled,
  next: Plan,
  decisions: readonly Decision[],
): { plan: Plan; decisions: readonly Decision[] } {
  let plan = next;
  const restored = new Set<string>();
  const from = READ_FROM.get(settled)?.weeks;
  next.weeks.forEach((w, week) => {
    // A week no rule touched is the settled plan's own: its sessions are the settled ones.
    if (from !== undefined && from[week] === w) return;
    w.sessions.forEach((s, index) => {
      const k = key(week, index);
      const was = settled.sessions.get(k);
      if (was === undefined || was === s) return;
      if (!settled.run.has(k) && isMissedMark(was, s)) return;
      plan = replaceSession(plan, { week, index }, was);
      restored.add(was.date);
    });
  });
  if (restored.size === 0) return { plan, decisions };
  return {
    plan,
    decisions: decisions.filter((d) => {
      const date = sessionDate(d);
      return date === undefined || !restored.has(date);
    }),
  };
}
