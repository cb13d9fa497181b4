/**
 * A week on the run/walk ladder, shaped like the NHS Couch to 5K programme: three runs a week spread over
 * the available days, each the same length so every one carries the week's rung, no quality sessions.
 * The rung advances one step when the week's sessions can carry it and is held otherwise, so the longest
 * continuous run never steps back.
 */
import { dayCapMinutes } from './athlete.js';
import type { BuiltWeek, WeekSpec } from './build-week.js';
import { MIN_SESSION_MINUTES, SHAKEOUT_MINUTES } from './build-week.js';
import {
  RUN_WALK_STAGES,
  easySession,
  longSession,
  runWalkSessionMinutes,
  shakeoutSession,
} from './easy-sessions.js';
import type { PurposeKey } from './purposes.js';
import { sessionPurpose } from './purposes.js';
import type { Purpose, Session } from './types.js';
import { chooseEasyDays, weekDays } from './week-layout.js';

/** Run/walk sessions a week: NHS Couch to 5K has three, with a rest day between them. */
export const RUN_WALK_SESSIONS_PER_WEEK = 3;

export interface RunWalkWeek extends BuiltWeek {
  /** The rung the week was built on (the `next` rung when its sessions carry it, else the held one). */
  readonly stage: number;
}

/**
 * Builds a run/walk week on rung `next` when its sessions (the shakeout aside) are long enough for one full
 * cycle of it, else on the held rung `held`. `spec.runWalkStage` is ignored.
 *
 * @example
 * runWalkWeek(spec, 3, 4); // target 69 min over 3 days: 3 × 23 min on rung 4 (8 min run / 2 min walk)
 */
export function runWalkWeek(spec: WeekSpec, held: number, next: number): RunWalkWeek {
  const a = spec.athlete;
  const { dateOf, raceIndex, raceWeek, usable } = weekDays(a, spec.weekStart);
  const hasLong = !raceWeek && usable.includes(a.longDay);
  let count = Math.min(RUN_WALK_SESSIONS_PER_WEEK, usable.length);
  while (count > 1 && spec.target / count < MIN_SESSION_MINUTES) count--;
  // Race week: no session over the build's race-week ceiling (build-week.ts), run/walk included.
  // The sessions share one length: it fits the tightest of the days' caps (athlete.ts `dayCapMinutes`).
  const cap = Math.min(
    ...usable.map((d) => dayCapMinutes(a, d)),
    spec.sessionCeiling ?? Number.POSITIVE_INFINITY,
  );
  const per = Math.min(Math.floor(spec.target / Math.max(1, count)), cap);
  if (count === 0 || per < MIN_SESSION_MINUTES)
    return { sessions: [], minutes: 0, longMinutes: 0, easyRuns: [], rungs: {}, stage: held };

  const taken = hasLong ? [a.longDay] : raceWeek ? [raceIndex ?? 0] : [];
  const others = chooseEasyDays(
    usable.filter((d) => d !== a.longDay || !hasLong),
    taken,
    count - (hasLong ? 1 : 0),
  );
  const days = [...(hasLong ? [a.longDay] : []), ...others].sort((x, y) => x - y);
  const shakeoutDay = raceWeek ? days.find((d) => d === (raceIndex ?? 0) - 1) : undefined;
  // The minutes left by flooring the share go one each to the first sessions, so the week meets its target.
  const spread = Math.floor(spec.target - per * days.length);
  const minutesOf = (i: number): number => Math.min(cap, per + (i < spread && per < cap ? 1 : 0));
  const carried = days.filter((d) => d !== shakeoutDay).map((_, i) => minutesOf(i));
  const stage =
    next > held && carried.length > 0 && Math.min(...carried) >= runWalkSessionMinutes(next) ? next : held;
  const rung = Math.min(stage, RUN_WALK_STAGES.length - 1);

  const purpose = (key: PurposeKey): Purpose => sessionPurpose(key, a.goal, spec.phase, spec.downWeek);
  const sessions: Session[] = [];
  let i = 0;
  let longMinutes = 0;
  for (const day of days) {
    const o = { date: dateOf(day), pace: spec.pace, purpose, runWalkStage: rung };
    if (day === shakeoutDay) {
      sessions.push(shakeoutSession({ ...o, minutes: Math.min(SHAKEOUT_MINUTES, per) }));
      continue;
    }
    const minutes = minutesOf(i++);
    if (hasLong && day === a.longDay) {
      longMinutes = minutes;
      sessions.push(longSession({ ...o, minutes }));
    } else sessions.push(easySession({ ...o, minutes }));
  }
  const minutes = Math.round(sessions.reduce((sum, s) => sum + s.minutes, 0) * 10) / 10;
  const easyRuns = sessions.filter((s) => s.kind === 'run-walk' || s.kind === 'easy').map((s) => s.minutes);
  return { sessions, minutes, longMinutes, easyRuns, rungs: {}, stage };
}
