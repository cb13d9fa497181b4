/**
 * The race itself, on race day: a warm-up for the shorter races, the race at the pace current fitness
 * supports (`race-pace.ts`), and a cool-down jog after a 5K or 10K.
 */
import type { PaceContext } from './steps.js';
import { makeSession, makeStep } from './steps.js';
import type { GoalDistance, Intensity, Purpose, Range, Step } from './types.js';

/** Race effort as a Daniels intensity: 5K ≈ I, 10K and half ≈ T, marathon = M (DRF ch. 4). */
export const RACE_INTENSITY: Readonly<Record<Exclude<GoalDistance, 'fitness'>, Intensity>> = {
  '5k': 'I',
  '10k': 'T',
  half: 'T',
  marathon: 'M',
};
/** Warm-up before the race, minutes: longer for short races (DRF ch. 12), a jog before the marathon. */
export const RACE_WARMUP_MINUTES: Readonly<Record<Exclude<GoalDistance, 'fitness'>, number>> = {
  '5k': 15,
  '10k': 15,
  half: 10,
  marathon: 5,
};
/** Cool-down after 5K/10K races, minutes. */
export const RACE_COOLDOWN_MINUTES = 10;

/**
 * The race session.
 *
 * @param raceSeconds the time the race step is planned at (`racePace`), seconds
 * @param racePace the race step's pace range from current fitness (`racePace`; absent without a real VDOT)
 * @example
 * raceSession('2027-04-18', 'half', 21097.5, 6910, pace, { from: 328, to: 338 }, { code: 'RACE', facts: { goal: 'half' } });
 */
export function raceSession(
  date: string,
  goal: Exclude<GoalDistance, 'fitness'>,
  meters: number,
  raceSeconds: number,
  pace: PaceContext,
  racePace: Range | undefined,
  purpose: Purpose,
): ReturnType<typeof makeSession> {
  const km = meters / 1000;
  const race: Step = {
    kind: 'run',
    intensity: RACE_INTENSITY[goal],
    minutes: Math.round((raceSeconds / 60) * 100) / 100,
    km: Math.round(km * 100) / 100,
    ...(racePace === undefined ? {} : { pace: { from: racePace.from, to: racePace.to } }),
  };
  const steps: Step[] = [makeStep('warmup', 'E', RACE_WARMUP_MINUTES[goal], pace), race];
  if (goal === '5k' || goal === '10k') steps.push(makeStep('cooldown', 'E', RACE_COOLDOWN_MINUTES, pace));
  return makeSession(date, 'race', true, purpose, steps);
}
