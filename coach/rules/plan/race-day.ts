/**
 * Race day as the plan holds it: the race paced from current fitness (`racePace`), and run as the runner
 * rehearsed it — run/walk at their rung while still on the ladder, or with walk breaks when the race would
 * take longer than any continuous run they trained (a 5K or 10K at any level, any race for a beginner).
 */
import type { Athlete } from './athlete.js';
import { RUN_WALK_STAGES } from './easy-sessions.js';
import { sessionPurpose } from './purposes.js';
import type { RaceGoal } from './race-pace.js';
import { racePace } from './race-pace.js';
import { raceSession } from './race-session.js';
import { RUN_WALK_RACE_BREAK_MINUTES, longestRehearsedMinutes, runWalkRace } from './run-walk-race.js';
import type { PaceContext } from './steps.js';
import { WALK_PACE_SECONDS_PER_KM } from './steps.js';
import type { Session } from './types.js';

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
  const held = a.level === 'beginner' || a.goal === '5k' || a.goal === '10k';
  return raceAsRehearsed(raceDay(a, pace, peakWeekKm), held, rung, longestRehearsedMinutes(trained), pace);
}

/**
 * The race as the runner rehearsed it (Galloway's run-walk-run): run/walk in runs no longer than their
 * rung's run with its walk break when still on the ladder, or (`held`) in runs no longer than the longest
 * continuous run they rehearsed with 1-minute walk breaks when the race would take longer; else as built.
 * The runs are even (a 42-minute race on a 25-minute rung is 2 × 21), so no run is an unrehearsed stretch.
 * A half or marathon after intermediate or advanced training is run through, as every plan has it.
 */
function raceAsRehearsed(
  race: Session,
  held: boolean,
  rung: number | undefined,
  rehearsed: number,
  pace: PaceContext,
): Session {
  const stage = rung === undefined ? undefined : RUN_WALK_STAGES[rung];
  const raceMinutes = race.steps.find((s) => s.kind === 'run')?.minutes ?? 0;
  const [limit, walk] =
    stage ??
    (held && raceMinutes > rehearsed ? [Math.floor(rehearsed), RUN_WALK_RACE_BREAK_MINUTES] : [0, 0]);
  const km = race.steps.find((s) => s.kind === 'run')?.km ?? 0;
  if (limit < 1 || raceMinutes <= 0 || km <= 0) return race;
  // Even runs, each no longer than the limit: 30 minutes after 28 rehearsed is 2 × 15 less what the walk
  // break covers (its distance at walking pace, in minutes of race pace).
  const walkRun = (walk * raceMinutes * 60) / (km * WALK_PACE_SECONDS_PER_KM);
  const runs = Math.ceil((raceMinutes + walkRun) / (limit + walkRun) - 1e-9);
  const run = Math.ceil(((raceMinutes - (runs - 1) * walkRun) / runs) * 100) / 100;
  return runWalkRace(race, [Math.min(limit, run), walk], pace);
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
