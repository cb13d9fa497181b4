/**
 * Race day as the plan holds it: the race paced from current fitness (`racePace`), and run as the runner
 * rehearsed it — run/walk at their rung while still on the ladder, or (a 5K) with walk breaks when the
 * race would take longer than any continuous run they trained.
 */
import type { Athlete } from './athlete.js';
import { RUN_WALK_STAGES } from './easy-sessions.js';
import { sessionPurpose } from './purposes.js';
import type { RaceGoal } from './race-pace.js';
import { racePace } from './race-pace.js';
import { raceSession } from './race-session.js';
import { RUN_WALK_RACE_BREAK_MINUTES, longestRehearsedMinutes, runWalkRace } from './run-walk-race.js';
import type { PaceContext } from './steps.js';
import type { Plan, Session } from './types.js';

/**
 * The race session for `a`'s race day.
 *
 * @param peakWeekKm the build's peak training week, km (a light build races from the conservative end)
 * @param trained every training session planned before race day (what was rehearsed)
 * @param rung the run/walk rung the runner is on at race day (undefined: running continuously)
 * @example
 * raceDayFor(athlete, pace, 32, sessions, undefined); // race: 15' E, 5 km at 5:00–5:06/km, 10' E
 */
export function raceDayFor(
  a: Athlete,
  pace: PaceContext,
  peakWeekKm: number,
  trained: readonly Session[],
  rung: number | undefined,
): Session {
  return raceAsRehearsed(raceDay(a, pace, peakWeekKm), a.goal, rung, longestRehearsedMinutes(trained), pace);
}

/**
 * The race as the runner rehearsed it: run/walk at their rung when still on the ladder, or (a 5K) at the
 * longest continuous run they rehearsed with 1-minute walk breaks when the race would take longer; else as
 * built.
 */
function raceAsRehearsed(
  race: Session,
  goal: Plan['goal']['distance'],
  rung: number | undefined,
  rehearsed: number,
  pace: PaceContext,
): Session {
  const stage = rung === undefined ? undefined : RUN_WALK_STAGES[rung];
  if (stage !== undefined) return runWalkRace(race, stage, pace);
  const raceMinutes = race.steps.find((s) => s.kind === 'run')?.minutes ?? 0;
  if (goal === '5k' && raceMinutes > rehearsed && rehearsed >= 1) {
    // Even runs, each no longer than the longest rehearsed: 30 minutes after 28 rehearsed is 2 × 15.
    const runs = Math.ceil(raceMinutes / Math.floor(rehearsed));
    const run = Math.min(Math.floor(rehearsed), Math.ceil(raceMinutes / runs));
    return runWalkRace(race, [run, RUN_WALK_RACE_BREAK_MINUTES], pace);
  }
  return race;
}

/**
 * The race session, paced from current fitness (`racePace`): never faster than today's equivalent, a
 * slower target kept, and no pace at all without a real VDOT (then the estimate only sizes the step).
 */
function raceDay(a: Athlete, pace: PaceContext, peakWeekKm: number): Session {
  const goal = a.goal as RaceGoal;
  const meters = a.goalMeters ?? 0;
  const planned = racePace(goal, meters, a.vdot ?? a.estimate.vdot, peakWeekKm, a.targetTime);
  return raceSession(
    a.raceDate ?? '',
    goal,
    meters,
    planned.seconds,
    pace,
    a.vdot === undefined ? undefined : planned.pace,
    sessionPurpose('race', a.goal, 'taper', false),
  );
}
