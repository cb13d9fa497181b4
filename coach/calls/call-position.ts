/** Small helpers over today's session for a call: a step as a `NextStep`, and an empty day to coach on. */
import type { NextStep } from '../rules/in-run/run-report.js';
import type { Session } from '../rules/plan/types.js';

/** Step `i` of the session described like the cue's next step. */
export function stepAt(session: Session, i: number): NextStep {
  const s = session.steps[i] ?? session.steps[0]!;
  return {
    stepIndex: i,
    kind: s.kind,
    intensity: s.intensity,
    ...(s.minutes !== undefined ? { minutes: s.minutes } : {}),
    ...(s.km !== undefined ? { km: s.km } : {}),
    ...(s.pace !== undefined ? { pace: s.pace } : {}),
  };
}

/** A day with nothing planned: the cue still reads red flags and pain against it (safety first). */
export function nothingPlanned(date: string): Session {
  return { date, kind: 'rest', hard: false, minutes: 0, km: 0, purpose: { code: 'NONE' }, steps: [] };
}
