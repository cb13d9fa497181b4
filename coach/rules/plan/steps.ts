/**
 * Structured steps with their pace range (from VDOT), HR range (when known) and estimated km, and the
 * session totals computed from them. Minutes per repetition are kept to 2 decimals, km to 2.
 */
import type { HrTargets } from '../heart-rate/hr-targets.js';
import type { TrainingPaces } from '../paces/training-paces.js';
import type { Intensity, Purpose, Range, Session, SessionKind, Step, StepKind } from './types.js';

/**
 * Half-width of the prescribed pace band around a single Daniels pace, s/km: ±4 s/km ≈ ±1.5 s per 400 m,
 * inside the 2 s/km agreement bar of the pace tables and tight enough to mean "this pace".
 */
export const PACE_BAND_SECONDS_PER_KM = 4;
/** A brisk walk for run/walk estimates, s/km (6 km/h). */
export const WALK_PACE_SECONDS_PER_KM = 600;

/** The paces and HR targets a plan prescribes from, and the paces it estimates km with. */
export interface PaceContext {
  /** Paces to prescribe; absent when the runner has no VDOT (steps then go by effort). */
  readonly paces?: TrainingPaces;
  /** Paces to estimate km with (always present). */
  readonly estimate: TrainingPaces;
  readonly hr?: HrTargets;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * The single representative pace of an intensity, s/km (E: middle of the easy range; walk: 6 km/h).
 *
 * @example
 * centralPace(trainingPaces(50), 'T'); // T pace, ≈ 255
 */
export function centralPace(paces: TrainingPaces, intensity: Intensity): number {
  switch (intensity) {
    case 'E':
      return (paces.easy.from + paces.easy.to) / 2;
    case 'M':
      return paces.marathon;
    case 'T':
      return paces.threshold;
    case 'I':
      return paces.interval;
    case 'R':
      return paces.repetition;
    case 'walk':
      return WALK_PACE_SECONDS_PER_KM;
  }
}

/**
 * The pace range to prescribe for an intensity, whole s/km, `from` the faster end.
 *
 * @example
 * paceRange(trainingPaces(50), 'T'); // { from: 251, to: 259 } (T ≈ 255 ± 4)
 */
export function paceRange(paces: TrainingPaces, intensity: Intensity): Range | undefined {
  if (intensity === 'walk') return undefined;
  if (intensity === 'E') return { from: Math.round(paces.easy.from), to: Math.round(paces.easy.to) };
  const p = centralPace(paces, intensity);
  return { from: Math.round(p - PACE_BAND_SECONDS_PER_KM), to: Math.round(p + PACE_BAND_SECONDS_PER_KM) };
}

/**
 * One step of `minutes` per repetition at an intensity, with pace, HR and estimated km.
 *
 * @example
 * makeStep('rep', 'I', 3, ctx, 5); // 5 × 3 min at I pace
 */
export function makeStep(
  kind: StepKind,
  intensity: Intensity,
  minutes: number,
  ctx: PaceContext,
  repeat?: number,
  options: { readonly noPace?: boolean } = {},
): Step {
  const km = (minutes * 60) / centralPace(ctx.estimate, intensity);
  const pace =
    ctx.paces === undefined || options.noPace === true ? undefined : paceRange(ctx.paces, intensity);
  const hr =
    intensity === 'E' || intensity === 'M' || intensity === 'T' || intensity === 'I'
      ? ctx.hr?.[intensity]
      : undefined;
  return {
    kind,
    intensity,
    minutes: round2(minutes),
    km: round2(km),
    ...(repeat === undefined ? {} : { repeat }),
    ...(pace === undefined ? {} : { pace }),
    ...(hr === undefined ? {} : { hr: { from: hr.from, to: hr.to } }),
  };
}

/**
 * Minutes of a step including its repeats.
 *
 * @example
 * stepMinutes({ kind: 'rep', intensity: 'I', minutes: 3, repeat: 5 }); // 15
 */
export function stepMinutes(step: Step): number {
  return (step.minutes ?? 0) * (step.repeat ?? 1);
}

/**
 * Km of a step including its repeats.
 *
 * @example
 * stepKm({ kind: 'rep', intensity: 'R', km: 0.4, repeat: 8 }); // 3.2
 */
export function stepKm(step: Step): number {
  return (step.km ?? 0) * (step.repeat ?? 1);
}

/**
 * A session with totals computed from its steps (minutes to 0.1, km to 0.1).
 *
 * @example
 * makeSession('2027-01-05', 'easy', false, { code: 'EASY' }, [makeStep('run', 'E', 40, ctx)]);
 */
export function makeSession(
  date: string,
  kind: SessionKind,
  hard: boolean,
  purpose: Purpose,
  steps: Step[],
): Session {
  const minutes = steps.reduce((sum, s) => sum + stepMinutes(s), 0);
  const km = steps.reduce((sum, s) => sum + stepKm(s), 0);
  return {
    date,
    kind,
    hard,
    minutes: Math.round(minutes * 10) / 10,
    km: Math.round(km * 10) / 10,
    purpose,
    steps,
  };
}

/**
 * Whether an intensity counts as easy for the 80/20 rule (warm-ups, cool-downs, recoveries and walks are
 * E or walk, so they count).
 *
 * @example
 * isEasyIntensity('walk'); // true
 * isEasyIntensity('T');    // false
 */
export function isEasyIntensity(intensity: Intensity): boolean {
  return intensity === 'E' || intensity === 'walk';
}

/**
 * Minutes spent running in `sessions`, minutes: every step but walking (walk breaks, walking warm-ups and
 * cool-downs are time on your feet, not running volume).
 *
 * @example
 * runningMinutes([runWalkSession]); // 5 (5 × 1 min run inside a 20-minute run/walk)
 */
export function runningMinutes(sessions: readonly Session[]): number {
  let total = 0;
  for (const s of sessions) for (const st of s.steps) if (st.intensity !== 'walk') total += stepMinutes(st);
  return total;
}
