/**
 * Where a runner is in a session from what a phone call knows: "rep three" → the elapsed time that rep
 * starts at; an elapsed time → minutes left of the current part and of the session.
 */
import type { Session } from '../plan/types.js';
import { locate, sessionTimeline } from './session-timeline.js';

/**
 * Seconds from the start of the session to the start of repetition `rep` (1-based) of its first repeated
 * step; undefined when the session has no such rep.
 *
 * @example
 * repStartSeconds(tempo, 2); // 1380 (15 min warm-up, 7 min rep, 1 min recovery)
 */
export function repStartSeconds(session: Pick<Session, 'steps'>, rep: number): number | undefined {
  const seg = sessionTimeline(session).find(
    (s) => s.repeat > 1 && s.rep === rep && session.steps[s.stepIndex]?.kind !== 'recovery',
  );
  return seg?.startSeconds;
}

/** Minutes left (whole, rounded up) of the current part and of the whole session. */
export interface TimeLeft {
  readonly stepMinutes: number;
  readonly sessionMinutes: number;
  /** Index into `session.steps` of the current part. */
  readonly stepIndex: number;
}

/**
 * Time left at `elapsedSeconds` into the session; undefined when the session has no steps.
 *
 * @example
 * timeLeft(tempo, 1200); // { stepMinutes: 2, sessionMinutes: 29, stepIndex: 1 }
 */
export function timeLeft(session: Pick<Session, 'steps'>, elapsedSeconds: number): TimeLeft | undefined {
  const timeline = sessionTimeline(session);
  const seg = locate(timeline, elapsedSeconds);
  const end = timeline.at(-1)?.endSeconds;
  if (seg === undefined || end === undefined) return undefined;
  const minutes = (s: number) => Math.max(0, Math.ceil(s / 60));
  return {
    stepMinutes: minutes(seg.endSeconds - elapsedSeconds),
    sessionMinutes: minutes(end - elapsedSeconds),
    stepIndex: seg.stepIndex,
  };
}

/**
 * Whole minutes (rounded up) until `seconds` have passed; 0 or less gives 0.
 *
 * @example
 * minutesUntil(61); // 2
 */
export function minutesUntil(seconds: number): number {
  return Math.max(0, Math.ceil(seconds / 60));
}
