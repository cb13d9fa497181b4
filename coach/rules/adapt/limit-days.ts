/**
 * "I can only run 3 days next week": one plan week cut to N run days, the rest of the plan untouched.
 *
 * What stays, in order: the race, the long run, then the quality session that matters most in the week's
 * phase (`KEY_QUALITY`), then other quality, then easy runs (longest first). Easy runs go first (Daniels'
 * Running Formula, 3rd ed., ch. 4: when time is short keep the quality and the long run, drop easy
 * mileage). A quality session that would sit next to a kept hard day is not kept (hard days stay apart,
 * see `move-session.ts`). The dropped minutes are NOT added to the kept days: a week that life cuts short
 * is simply a lower week (Pfitzinger & Douglas, Advanced Marathoning, 3rd ed., ch. 1: missed mileage is
 * not made up by cramming; Daniels ch. 3: stay within each day's usual load) — `MAX_ADDED_MINUTES` is 0.
 *
 * Days before today are not changed: a run already past counts as one of the N days unless it was missed
 * or skipped. Pure; the outcome is a Decision with before → after for the week and the sessions to store,
 * or a refusal with a stable code.
 */
import type { Decision } from '../decision.js';
import type { Result } from '../result.js';
import { refusal, ok } from '../result.js';
import type { GoalDistance, Phase, Plan, Session, SessionKind } from '../plan/types.js';
import { addDays } from '../calendar/index.js';
import type { DaySummary } from './schedule-days.js';
import { countsAsHard, restOn, sessionAt, summarize, weekOf } from './schedule-days.js';
import { isRun, round1 } from './plan-edit.js';

export const LIMIT_DAYS_RULE = 'schedule.limit-days';

/** Minutes the cut may add to the kept days in all: none (a lower week is accepted, see above). */
export const MAX_ADDED_MINUTES = 0;

/** Days a week has. */
const WEEK_DAYS = 7;

/**
 * The quality kinds in the order that matters in each phase (Daniels' Running Formula, 3rd ed., ch. 3:
 * phase I foundation and strides/R, phase II R, phase III I, phase IV T and race pace; for the half and the
 * marathon the race-specific work is T and M).
 */
function keyQuality(phase: Phase, distance: GoalDistance): readonly SessionKind[] {
  if (phase === 'base') return ['repetitions', 'hills', 'tempo', 'intervals', 'marathon-pace'];
  if (phase === 'build') return ['intervals', 'tempo', 'repetitions', 'hills', 'marathon-pace'];
  return distance === 'half' || distance === 'marathon'
    ? ['marathon-pace', 'tempo', 'intervals', 'repetitions', 'hills']
    : ['intervals', 'tempo', 'repetitions', 'hills', 'marathon-pace'];
}

export interface LimitRequest {
  readonly plan: Plan;
  readonly today: string;
  /** Any day of the week to cut, ISO date. */
  readonly weekOf: string;
  /** Run days the runner can manage that week, 1–7. */
  readonly runDays: number;
}

export type LimitRefusalCode = 'DAYS_OUT_OF_RANGE' | 'WEEK_OUTSIDE_PLAN' | 'WEEK_PAST' | 'NOTHING_TO_CHANGE';

export interface WeekSummary {
  readonly weekStart: string;
  readonly runDays: number;
  readonly minutes: number;
  readonly km: number;
  readonly sessions: readonly DaySummary[];
  /** In `after`: the days the decision changed ("Keep original" restores each). */
  readonly changedDates?: readonly string[];
}

export interface LimitOutcome {
  readonly decision: Decision<WeekSummary, WeekSummary>;
  /** The days that change (each dropped run as a rest day). */
  readonly sessions: readonly Session[];
}

const active = (s: Session) => isRun(s) && s.status !== 'missed' && s.status !== 'skipped';

function rank(s: Session, key: readonly SessionKind[]): number {
  if (s.kind === 'race') return 0;
  if (s.kind === 'long') return 1;
  const q = key.indexOf(s.kind);
  if (q >= 0) return 2 + q;
  if (s.hard) return 2 + key.length;
  return 100;
}

function weekSummary(start: string, days: readonly Session[]): WeekSummary {
  const runs = days.filter(active);
  return {
    weekStart: start,
    runDays: runs.length,
    minutes: round1(runs.reduce((t, s) => t + s.minutes, 0)),
    km: round1(runs.reduce((t, s) => t + s.km, 0)),
    sessions: runs.map((s) => summarize(s.date, s)),
  };
}

/**
 * Cuts one week to `runDays` run days.
 *
 * @example
 * limitRunDays({ plan, today: '2026-12-10', weekOf: '2026-12-14', runDays: 3 });
 * // ok: { decision: { rule: 'schedule.limit-days', action: 'limit_run_days',
 * //   before: { runDays: 4, … }, after: { runDays: 3, … } }, sessions: [restOn('2026-12-17')] }
 */
export function limitRunDays(req: LimitRequest): Result<LimitOutcome, LimitRefusalCode> {
  const { plan, today, runDays } = req;
  if (!Number.isInteger(runDays) || runDays < 1 || runDays > WEEK_DAYS)
    return refusal('DAYS_OUT_OF_RANGE', {
      runDays,
      minDays: 1,
      maxDays: WEEK_DAYS,
    });
  const week = weekOf(plan, req.weekOf);
  if (week === undefined) return refusal('WEEK_OUTSIDE_PLAN', { date: req.weekOf });
  const end = addDays(week.start, WEEK_DAYS - 1);
  if (end < today) return refusal('WEEK_PAST', { weekStart: week.start });
  const days = week.sessions.filter((s) => s.date >= week.start && s.date <= end);
  const runs = days.filter(active);
  const facts = { weekStart: week.start, runDays, runDaysNow: runs.length };
  if (runDays >= runs.length) return refusal('NOTHING_TO_CHANGE', facts);

  const past = runs.filter((s) => s.date < today);
  const key = keyQuality(week.phase, plan.goal.distance);
  const open = runs
    .filter((s) => s.date >= today)
    .sort((a, b) => rank(a, key) - rank(b, key) || b.minutes - a.minutes || (a.date < b.date ? -1 : 1));
  const kept: Session[] = [...past];
  const nextToHard = (s: Session) =>
    [-1, 1].some((o) => {
      const d = addDays(s.date, o);
      const k =
        kept.find((x) => x.date === d) ?? (d < week.start || d > end ? sessionAt(plan, d) : undefined);
      return countsAsHard(k);
    });
  for (const s of open) {
    if (kept.length >= runDays) break;
    if (countsAsHard(s) && s.kind !== 'race' && nextToHard(s)) continue;
    kept.push(s);
  }
  // Easy runs fill what spacing left free (never beyond N).
  for (const s of open) {
    if (kept.length >= runDays) break;
    if (!kept.includes(s) && !countsAsHard(s)) kept.push(s);
  }
  const dropped = open.filter((s) => !kept.includes(s));
  const sessions = dropped.map((s) => restOn(s.date));
  const changed = new Map(sessions.map((s) => [s.date, s]));
  const afterDays = days.map((s) => changed.get(s.date) ?? s);
  const before = weekSummary(week.start, days);
  const after = { ...weekSummary(week.start, afterDays), changedDates: sessions.map((s) => s.date) };
  const keptKinds = kept.filter((s) => s.date >= today).map((s) => s.kind);
  return ok({
    decision: {
      rule: LIMIT_DAYS_RULE,
      date: week.start,
      action: 'limit_run_days',
      before,
      after,
      reasons: [
        {
          code: 'RUN_DAYS_LIMITED',
          facts: { ...facts, minutesBefore: before.minutes, minutesAfter: after.minutes },
        },
        { code: 'KEPT_KEY_SESSIONS', facts: { kept: keptKinds, phase: week.phase } },
        {
          code: 'DROPPED_NOT_ADDED',
          facts: {
            dropped: dropped.map((s) => s.kind),
            droppedMinutes: round1(before.minutes - after.minutes),
            addedMinutes: MAX_ADDED_MINUTES,
          },
        },
      ],
    },
    sessions,
  });
}
