/**
 * Race day for a runner who has not rehearsed running the whole race: still on the run/walk ladder, or
 * (for a 5K) never having run continuously as long as the race takes. They race run/walk at their rung,
 * as Galloway's run-walk-run racing and the NHS Couch to 5K graduate's first parkrun do, after a walking
 * warm-up instead of a warm-up jog: the race never asks for a continuous run longer than any rehearsed.
 */
import { makeSession, makeStep, WALK_PACE_SECONDS_PER_KM } from './steps.js';
import type { PaceContext } from './steps.js';
import type { Session, Step } from './types.js';

/** Walking warm-up and cool-down around a run/walk race, minutes (NHS Couch to 5K: a brisk 5-minute walk). */
export const RUN_WALK_RACE_WALK_MINUTES = 5;
/** Walk break in a run/walk race after the ladder's last rung, minutes (Galloway: short, regular breaks). */
export const RUN_WALK_RACE_BREAK_MINUTES = 1;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The longest stretch of running without a walk in a session, minutes: consecutive non-walking steps add
 * up (a warm-up jog into reps and their jog recoveries is one stretch); walking steps break it. Repeated
 * run/walk blocks (a run step then a walk step with the same `repeat`) count one run each.
 *
 * @example
 * longestContinuousMinutes(easySession({ minutes: 40, … })); // 40
 * longestContinuousMinutes(runWalkSession); // the rung's run, e.g. 8
 */
export function longestContinuousMinutes(session: Session): number {
  let best = 0;
  let current = 0;
  const steps = session.steps;
  for (let i = 0; i < steps.length; i++) {
    const st = steps[i];
    if (st === undefined) continue;
    if (st.intensity === 'walk') {
      current = 0;
      continue;
    }
    const next = steps[i + 1];
    const repeat = st.repeat ?? 1;
    const minutes = st.minutes ?? 0;
    // A repeated step followed by a walking recovery of the same count: each repetition stands alone.
    if (repeat > 1 && next?.intensity === 'walk' && (next.repeat ?? 1) === repeat) {
      best = Math.max(best, current + minutes);
      current = minutes;
    } else current += minutes * repeat;
    best = Math.max(best, current);
  }
  return best;
}

/**
 * The longest continuous run rehearsed across training sessions (the race excluded), minutes.
 *
 * @example
 * longestRehearsedMinutes(plan.weeks.flatMap((w) => w.sessions)); // e.g. 45
 */
export function longestRehearsedMinutes(sessions: readonly Session[]): number {
  return Math.max(0, ...sessions.filter((s) => s.kind !== 'race').map(longestContinuousMinutes));
}

/**
 * A race session turned into run/walk: a walking warm-up, cycles of `cycle` [run, walk] minutes at the
 * race step's pace until the distance is covered (the last run shorter), a walking cool-down. The race's
 * intensity, pace band and distance come from the race step of `race`, so the race pace stays whatever the
 * race session prescribes; the walking makes the finish time longer, never the runs faster.
 *
 * @example
 * runWalkRace(raceSession('2027-03-14', '5k', 5000, 2400, pace, false, purpose), [8, 2], pace);
 * // 5' walk, 3 × (8' run, 2' walk), 5.6' run, 5' walk
 */
export function runWalkRace(race: Session, cycle: readonly [number, number], pace: PaceContext): Session {
  const raceStep = race.steps.find((s) => s.kind === 'run');
  const km = raceStep?.km ?? 0;
  const raceMinutes = raceStep?.minutes ?? 0;
  if (raceStep === undefined || km <= 0 || raceMinutes <= 0) return race;
  const secondsPerKm = (raceMinutes * 60) / km;
  const [run, walk] = cycle;
  const runKm = (run * 60) / secondsPerKm;
  const cycleKm = runKm + (walk * 60) / WALK_PACE_SECONDS_PER_KM;
  const n = km <= runKm ? 0 : Math.ceil((km - runKm) / cycleKm - 1e-9);
  const lastKm = Math.max(0, km - n * cycleKm);
  const runStep = (minutes: number, distance: number, repeat?: number): Step => ({
    ...raceStep,
    minutes: round2(minutes),
    km: round2(distance),
    ...(repeat === undefined ? {} : { repeat }),
  });
  const steps: Step[] = [makeStep('warmup', 'walk', RUN_WALK_RACE_WALK_MINUTES, pace)];
  if (n > 0) steps.push(runStep(run, runKm, n), makeStep('walk', 'walk', walk, pace, n));
  if (lastKm > 0) steps.push(runStep((lastKm * secondsPerKm) / 60, lastKm));
  steps.push(makeStep('cooldown', 'walk', RUN_WALK_RACE_WALK_MINUTES, pace));
  const purpose = { ...race.purpose, facts: { ...race.purpose.facts, runMinutes: run, walkMinutes: walk } };
  return makeSession(race.date, 'race', true, purpose, steps);
}
