/**
 * Moves or swaps ONE session within its plan week, when the runner asks ("can I do the intervals tomorrow
 * instead?", "long run on saturday this week", "swap tuesday and thursday"). No rebuild: two days change.
 *
 * - The target must be today or later, in the same plan week as the session, and never race day; the race
 *   itself never moves.
 * - A target holding a run swaps the two sessions; a rest day (or a day with nothing planned) takes the
 *   session and the source day becomes a rest day. The week's sessions and minutes are conserved.
 * - Hard-day spacing is kept: a move or swap that puts a hard day (quality, long run, race) next to
 *   another hard day is refused with the days that would keep an easy day between
 *   (Daniels' Running Formula, 3rd ed., ch. 2: hard days are separated by at least one easy day; the long
 *   run counts as a hard day; Pfitzinger & Douglas, Advanced Marathoning, 3rd ed., ch. 1: no quality the
 *   day before or after the long run).
 * - Availability: the runner names the target day themselves in the request, which tells the coach they
 *   can run that day, so a day outside their usual running days is allowed here (decided for issue 11 §4;
 *   the permanent days only change through `change_days`).
 *
 * Pure: the plan and today come in; the outcome is a Decision with the changed sessions, or a refusal with
 * a stable code and its facts (worded in `coach/prompts`).
 */
import { addDays } from '../calendar/index.js';
import type { Decision } from '../decision.js';
import type { Result } from '../result.js';
import { refusal, ok } from '../result.js';
import type { Plan, Session, SessionKind } from '../plan/types.js';
import type { DaySummary } from './schedule-days.js';
import { countsAsHard, restOn, sessionAt, summarize, weekOf } from './schedule-days.js';
import { isRun } from './plan-edit.js';

/** The rule id stored with the decision. */
export const MOVE_SESSION_RULE = 'schedule.move-session';

/** How a runner names a session: its kind, or `quality` for "the workout". */
export type MovableKind = 'intervals' | 'tempo' | 'long' | 'easy' | 'quality';

/** The plan kinds each spoken kind covers. */
const KINDS: Readonly<Record<MovableKind, readonly SessionKind[]>> = {
  intervals: ['intervals', 'repetitions', 'hills'],
  tempo: ['tempo', 'marathon-pace'],
  long: ['long'],
  easy: ['easy', 'recovery', 'run-walk'],
  quality: ['intervals', 'repetitions', 'hills', 'tempo', 'marathon-pace'],
};

export interface MoveRequest {
  readonly plan: Plan;
  /** The runner's today, ISO date. */
  readonly today: string;
  /** The session to move: by kind (the next one from today) or by its date. */
  readonly session: { readonly kind: MovableKind } | { readonly date: string };
  /** The day it should move to, ISO date. */
  readonly to: string;
}

export type MoveRefusalCode =
  | 'TARGET_IN_PAST'
  | 'TARGET_OUTSIDE_PLAN'
  | 'NO_SUCH_SESSION'
  | 'SESSION_IN_PAST'
  | 'SESSION_DONE'
  | 'NOT_SAME_WEEK'
  | 'SAME_DAY'
  | 'TARGET_DONE'
  | 'RACE_DAY'
  | 'HARD_DAYS_ADJACENT';

export interface MoveBeforeAfter {
  readonly sessions: readonly DaySummary[];
  /** In `after`: the days the decision changed ("Keep original" restores each). */
  readonly changedDates?: readonly string[];
}

export interface MoveOutcome {
  readonly decision: Decision<MoveBeforeAfter, MoveBeforeAfter>;
  /** The sessions to store, one per changed day (the source day and the target day). */
  readonly sessions: readonly Session[];
}

const dated = (s: Session, date: string): Session => {
  const { replaces: _original, ...rest } = s;
  return { ...rest, date, status: 'adapted' };
};

/** The hard neighbour a hard day on `date` would have in `layout`, if any. */
function hardNeighbour(
  layout: (date: string) => Session | undefined,
  date: string,
): { date: string; kind: SessionKind; side: 'before' | 'after' } | undefined {
  if (!countsAsHard(layout(date))) return undefined;
  for (const [offset, side] of [
    [-1, 'after'],
    [1, 'before'],
  ] as const) {
    const d = addDays(date, offset);
    const s = layout(d);
    if (countsAsHard(s)) return { date: d, kind: s!.kind, side };
  }
  return undefined;
}

function findSource(plan: Plan, req: MoveRequest): Session | undefined {
  if ('date' in req.session) {
    const s = sessionAt(plan, req.session.date);
    return s !== undefined && isRun(s) ? s : undefined;
  }
  // "my long run" is the next one still to run (a move to another week is then refused, not guessed).
  const kinds = KINDS[req.session.kind];
  return plan.weeks
    .flatMap((w) => w.sessions)
    .filter((s) => isRun(s) && kinds.includes(s.kind) && s.date >= req.today && s.status !== 'done')
    .sort((a, b) => (a.date < b.date ? -1 : 1))[0];
}

/** The plan's days with `changes` applied (date → session). */
function layoutWith(plan: Plan, changes: readonly Session[]): (date: string) => Session | undefined {
  const byDate = new Map(changes.map((s) => [s.date, s]));
  return (date) => byDate.get(date) ?? sessionAt(plan, date);
}

/** The two sessions after moving `source` to `to` (a swap when `to` holds a run). */
function movedPair(source: Session, to: string, target: Session | undefined): Session[] {
  const swap = target !== undefined && isRun(target);
  return [swap ? dated(target, source.date) : restOn(source.date), dated(source, to)];
}

/**
 * Moves (or swaps) one session within its week, keeping an easy day between hard days.
 *
 * @example
 * moveSession({ plan, today: '2026-12-08', session: { kind: 'long' }, to: '2026-12-12' });
 * // ok: { decision: { rule: 'schedule.move-session', action: 'swap_sessions',
 * //   before: { sessions: [{ date: '2026-12-13', kind: 'long', … }, { date: '2026-12-12', kind: 'easy', … }] },
 * //   after: { sessions: [{ date: '2026-12-13', kind: 'easy', … }, { date: '2026-12-12', kind: 'long', … }] }, … } }
 */
export function moveSession(req: MoveRequest): Result<MoveOutcome, MoveRefusalCode> {
  const { plan, today, to } = req;
  const asked = 'date' in req.session ? { from: req.session.date } : { kind: req.session.kind };
  if (to < today) return refusal('TARGET_IN_PAST', { to, today });
  const week = weekOf(plan, to);
  if (week === undefined) return refusal('TARGET_OUTSIDE_PLAN', { to });
  const source = findSource(plan, req);
  if (source === undefined) return refusal('NO_SUCH_SESSION', { ...asked, to, weekStart: week.start });
  const facts = {
    from: source.date,
    to,
    kind: source.kind,
    weekStart: week.start,
    weekEnd: addDays(week.start, 6),
  };
  if (source.date === to) return refusal('SAME_DAY', facts);
  if (source.status === 'done') return refusal('SESSION_DONE', facts);
  if (source.date < today) return refusal('SESSION_IN_PAST', facts);
  if (weekOf(plan, source.date)?.start !== week.start)
    return refusal('NOT_SAME_WEEK', {
      ...facts,
      sessionWeekEnd: addDays(weekOf(plan, source.date)?.start ?? source.date, 6),
    });
  const target = sessionAt(plan, to);
  if (source.kind === 'race' || target?.kind === 'race')
    return refusal('RACE_DAY', {
      ...facts,
      raceDate: source.kind === 'race' ? source.date : to,
    });

  if (target?.status === 'done') return refusal('TARGET_DONE', facts);

  const sessions = movedPair(source, to, target);
  const layout = layoutWith(plan, sessions);
  const clash = sessions.map((s) => ({ at: s.date, n: hardNeighbour(layout, s.date) })).find((c) => c.n);
  if (clash?.n !== undefined) {
    return refusal('HARD_DAYS_ADJACENT', {
      ...facts,
      clashDate: clash.at,
      neighbourDate: clash.n.date,
      neighbourKind: clash.n.kind,
      side: clash.n.side,
      alternatives: alternatives(plan, source, today, week.start),
    });
  }
  const swap = target !== undefined && isRun(target);
  const before = { sessions: [summarize(source.date, source), summarize(to, target)] };
  const after = {
    sessions: sessions.map((s) => summarize(s.date, s)),
    changedDates: sessions.map((s) => s.date),
  };
  return ok({
    decision: {
      rule: MOVE_SESSION_RULE,
      date: source.date,
      action: swap ? 'swap_sessions' : 'move_session',
      before,
      after,
      reasons: [
        swap
          ? { code: 'SESSIONS_SWAPPED', facts: { ...facts, swappedKind: target.kind } }
          : { code: 'SESSION_MOVED', facts: { ...facts, restDate: source.date } },
        { code: 'HARD_DAY_SPACING_KEPT', facts: { hard: countsAsHard(source), weekStart: week.start } },
      ],
    },
    sessions,
  });
}

/**
 * The easy or rest days of the week (today or later, not the session's own day) the session could move to
 * with the spacing kept, in date order.
 *
 * @example
 * alternatives(plan, longRun, '2026-12-08', '2026-12-07'); // ['2026-12-12']
 */
export function alternatives(plan: Plan, source: Session, today: string, weekStart: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < 7; i++) {
    const day = addDays(weekStart, i);
    if (day < today || day === source.date) continue;
    const target = sessionAt(plan, day);
    if (countsAsHard(target) || target?.status === 'done') continue;
    const pair = movedPair(source, day, target);
    const layout = layoutWith(plan, pair);
    if (pair.every((s) => hardNeighbour(layout, s.date) === undefined)) out.push(day);
  }
  return out;
}
