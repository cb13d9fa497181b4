import type { Range, Session, SessionKind } from '../plan/types.js';
import type { Activity } from './history.js';
import { isRaceRun } from './match-activities.js';
import { baseOf } from './plan-edit.js';

/**
 * Expected session RPE (CR-10, Foster et al. 2001) per session kind, `from`–`to`. Anchors: easy ≈ 2–4
 * ("easy" to "somewhat hard"), threshold ≈ 6–7, intervals 7–9, race 9–10; Seiler & Kjerland 2006 map the
 * 80/20 zones to these. Rest has no RPE.
 */
export const EXPECTED_RPE: Readonly<Record<SessionKind, Range>> = Object.freeze({
  recovery: { from: 1, to: 3 },
  easy: { from: 2, to: 4 },
  'run-walk': { from: 2, to: 4 },
  long: { from: 3, to: 5 },
  'marathon-pace': { from: 5, to: 6 },
  tempo: { from: 6, to: 7 },
  hills: { from: 7, to: 8 },
  intervals: { from: 7, to: 9 },
  repetitions: { from: 7, to: 9 },
  race: { from: 9, to: 10 },
  rest: { from: 0, to: 0 },
});

/** An RPE this many points above the top of the expected range is a mismatch ("RPE 8 on an easy run"). */
export const RPE_MISMATCH_MARGIN = 2;

/**
 * How far a rated RPE sits above the expected range for a kind (0 when within or below it).
 *
 * @example
 * rpeExcess('easy', 8); // 4
 */
export function rpeExcess(kind: SessionKind, rpe: number): number {
  return Math.max(0, rpe - EXPECTED_RPE[kind].to);
}

/**
 * The kind a run's RPE is judged against: a race as a race (RPE 9–10 is what a race should feel like,
 * whatever the plan had that day); otherwise the session it stood for, and an extra run or a run on a
 * rest day as an easy run.
 *
 * @example
 * judgedKind({ date: '2027-01-23', km: 10, minutes: 51.5, rpe: 9, race: true }, easySession); // 'race'
 * judgedKind({ date: '2027-01-23', km: 5, minutes: 22.67, rpe: 10 }, easySession, 38.4); // 'race' (recognised)
 *
 * @param vdot the plan's VDOT, so a PR-level effort over a race distance is recognised as a race
 */
export function judgedKind(a: Activity, planned: Session | undefined, vdot?: number): SessionKind {
  if (isRaceRun(a, planned, vdot)) return 'race';
  if (planned === undefined) return 'easy';
  return planned.kind === 'rest' ? baseOf(planned).kind : planned.kind;
}
