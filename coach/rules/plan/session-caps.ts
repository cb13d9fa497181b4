/**
 * Daniels' per-session caps, measured in DISTANCE against the week's planned km (*Daniels' Running
 * Formula*, 3rd ed., ch. 4–5): T ≤ 10 % of weekly distance; I ≤ the lesser of 10 km and 8 %; R reps ≤ the
 * lesser of 8 km and 5 %; M ≤ the lesser of 110 min and 29 km per session. Fast work covers more ground per
 * minute than easy running, so shares of minutes would let it exceed these shares of distance.
 */
import { stepKm, stepMinutes } from './steps.js';
import type { Intensity, Session } from './types.js';

/** T km in one session, as a share of the week's km (DRF ch. 4: T ≤ 10 % of weekly mileage). */
export const T_WEEK_SHARE = 0.1;
/** I km in one session, as a share of the week's km (DRF ch. 4: I ≤ the lesser of 10 km and 8 %). */
export const I_WEEK_SHARE = 0.08;
/** Most I km in one session (DRF ch. 4: 10 km). */
export const I_SESSION_MAX_KM = 10;
/** R km in one session, as a share of the week's km (DRF ch. 4: R ≤ the lesser of 8 km and 5 %). */
export const R_WEEK_SHARE = 0.05;
/** Most R km in one session (DRF ch. 4: 8 km). */
export const R_SESSION_MAX_KM = 8;
/** Most M minutes in one session (DRF ch. 4: the lesser of 110 min and 29 km). */
export const M_SESSION_MAX_MINUTES = 110;
/** Most M km in one session (DRF ch. 4: 29 km, 18 mi). */
export const M_SESSION_MAX_KM = 29;

/** Slack for rounding in the checks, km (step km are kept to 0.01). */
const EPS = 1e-6;

/**
 * Most km one session may run at T, I or R in a week of `weekKm` km.
 *
 * @example
 * capKm('I', 60);  // 4.8 (8 % of 60 km)
 * capKm('I', 200); // 10  (the 10 km ceiling)
 */
export function capKm(intensity: 'T' | 'I' | 'R', weekKm: number): number {
  switch (intensity) {
    case 'T':
      return T_WEEK_SHARE * weekKm;
    case 'I':
      return Math.min(I_SESSION_MAX_KM, I_WEEK_SHARE * weekKm);
    case 'R':
      return Math.min(R_SESSION_MAX_KM, R_WEEK_SHARE * weekKm);
  }
}

/**
 * Minutes of a session at one intensity (repeats included).
 *
 * @example
 * intensityMinutes(tempo, 'T'); // 30 for 3 × 10 min at T
 */
export function intensityMinutes(session: Pick<Session, 'steps'>, intensity: Intensity): number {
  return session.steps.filter((s) => s.intensity === intensity).reduce((sum, s) => sum + stepMinutes(s), 0);
}

/**
 * Km of a session at one intensity (repeats included).
 *
 * @example
 * intensityKm(intervals, 'I'); // 4.3 for 5 × 3 min at I pace 4:10/km
 */
export function intensityKm(session: Pick<Session, 'steps'>, intensity: Intensity): number {
  return session.steps.filter((s) => s.intensity === intensity).reduce((sum, s) => sum + stepKm(s), 0);
}

/**
 * The planned km of a week's training sessions (the race excluded), from their steps.
 *
 * @example
 * trainingKm(week.sessions); // 52.4
 */
export function trainingKm(sessions: readonly Session[]): number {
  let km = 0;
  for (const s of sessions) if (s.kind !== 'race') for (const st of s.steps) km += stepKm(st);
  return km;
}

/**
 * Whether a training session keeps Daniels' caps for a week of `weekKm` planned km. The race is exempt;
 * strides and hill sprints are not R sessions (the R cap applies to repetition sessions).
 *
 * @example
 * sessionCapsHold(tempo, 60); // true when its T km ≤ 6
 */
export function sessionCapsHold(session: Session, weekKm: number): boolean {
  if (session.kind === 'race') return true;
  if (intensityKm(session, 'T') > capKm('T', weekKm) + EPS) return false;
  if (intensityKm(session, 'I') > capKm('I', weekKm) + EPS) return false;
  if (session.kind === 'repetitions' && intensityKm(session, 'R') > capKm('R', weekKm) + EPS) return false;
  return (
    intensityMinutes(session, 'M') <= M_SESSION_MAX_MINUTES + EPS &&
    intensityKm(session, 'M') <= M_SESSION_MAX_KM + EPS
  );
}
