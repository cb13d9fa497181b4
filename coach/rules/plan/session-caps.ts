/**
 * Daniels' per-session caps, checked against the week's real total (*Daniels' Running Formula*, 3rd ed.,
 * ch. 4): T ≤ 10 % of weekly volume, I ≤ 8 %, R ≤ 5 % (repetition sessions), M ≤ min(110 min, 29 km).
 * Volume is time-based here: minutes of the week.
 */
import {
  M_SESSION_MAX_KM,
  M_SESSION_MAX_MINUTES,
  I_WEEK_SHARE,
  R_WEEK_SHARE,
  T_WEEK_SHARE,
} from './quality-sessions.js';
import { stepKm, stepMinutes } from './steps.js';
import type { Intensity, Session } from './types.js';

const EPS = 1e-6;

/**
 * Minutes of a session at one intensity (repeats included).
 *
 * @example
 * intensityMinutes(tempo, 'T'); // 30 for 3 × 10 min at T
 */
export function intensityMinutes(session: Session, intensity: Intensity): number {
  return session.steps.filter((s) => s.intensity === intensity).reduce((sum, s) => sum + stepMinutes(s), 0);
}

/**
 * Whether a training session keeps Daniels' caps for a week of `weekMinutes` training minutes. The race
 * is exempt.
 *
 * @example
 * sessionCapsHold(tempo, 300); // true when T ≤ 30 min
 */
export function sessionCapsHold(session: Session, weekMinutes: number): boolean {
  if (session.kind === 'race') return true;
  if (intensityMinutes(session, 'T') > T_WEEK_SHARE * weekMinutes + EPS) return false;
  if (intensityMinutes(session, 'I') > I_WEEK_SHARE * weekMinutes + EPS) return false;
  if (session.kind === 'repetitions' && intensityMinutes(session, 'R') > R_WEEK_SHARE * weekMinutes + EPS)
    return false;
  const m = session.steps.filter((s) => s.intensity === 'M');
  const mMinutes = m.reduce((sum, s) => sum + stepMinutes(s), 0);
  const mKm = m.reduce((sum, s) => sum + stepKm(s), 0);
  return mMinutes <= M_SESSION_MAX_MINUTES + EPS && mKm <= M_SESSION_MAX_KM + EPS;
}
