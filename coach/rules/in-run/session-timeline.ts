/**
 * A session's steps laid end to end (a repeated step followed by its recovery or walk is expanded into
 * rep, recovery, rep, …), so a report's
 * elapsed time or distance can be placed in a step.
 */
import type { Session, Step } from '../plan/types.js';

/** One stretch of the session: which step, which repetition, and where it starts and ends. */
export interface Segment {
  readonly stepIndex: number;
  readonly rep: number;
  readonly repeat: number;
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly startKm: number;
  readonly endKm: number;
}

/** Fallback pace (s/km) for estimating a step with no pace (walking): 10 min/km. */
export const WALK_PACE_S_PER_KM = 600;

function stepSeconds(step: Step): number {
  if (step.minutes !== undefined) return step.minutes * 60;
  const pace = step.pace ? (step.pace.from + step.pace.to) / 2 : WALK_PACE_S_PER_KM;
  return (step.km ?? 0) * pace;
}

function stepKm(step: Step): number {
  if (step.km !== undefined) return step.km;
  const pace = step.pace ? (step.pace.from + step.pace.to) / 2 : WALK_PACE_S_PER_KM;
  return ((step.minutes ?? 0) * 60) / pace;
}

/**
 * The session's segments in running order.
 *
 * @example
 * sessionTimeline(intervals).map((s) => [s.stepIndex, s.rep]); // [[0,1],[1,1],[2,1],[1,2],[2,2],…,[3,1]]
 */
export function sessionTimeline(session: Pick<Session, 'steps'>): Segment[] {
  const out: Segment[] = [];
  let t = 0;
  let d = 0;
  const push = (stepIndex: number, rep: number, repeat: number) => {
    const step = session.steps[stepIndex]!;
    const s = stepSeconds(step);
    const k = stepKm(step);
    out.push({ stepIndex, rep, repeat, startSeconds: t, endSeconds: t + s, startKm: d, endKm: d + k });
    t += s;
    d += k;
  };
  for (let i = 0; i < session.steps.length; i++) {
    const step = session.steps[i]!;
    const repeat = Math.max(1, step.repeat ?? 1);
    const partner = session.steps[i + 1];
    if (repeat > 1 && (partner?.kind === 'recovery' || partner?.kind === 'walk')) {
      for (let r = 1; r <= repeat; r++) {
        push(i, r, repeat);
        if (r < repeat || (partner?.repeat ?? 1) >= repeat) push(i + 1, r, repeat);
      }
      i++;
    } else {
      for (let r = 1; r <= repeat; r++) push(i, r, repeat);
    }
  }
  return out;
}

/**
 * The segment a position falls in: by elapsed time when given, else by distance; the last segment when
 * past the end; undefined when the position is unknown or the session has no steps.
 *
 * @example
 * locate(sessionTimeline(tempo), 25 * 60)?.stepIndex; // 1 (15 min warm-up, then the tempo)
 */
export function locate(
  timeline: readonly Segment[],
  elapsedSeconds?: number,
  distanceKm?: number,
): Segment | undefined {
  if (timeline.length === 0) return undefined;
  if (elapsedSeconds !== undefined && Number.isFinite(elapsedSeconds)) {
    return timeline.find((s) => elapsedSeconds < s.endSeconds) ?? timeline[timeline.length - 1];
  }
  if (distanceKm !== undefined && Number.isFinite(distanceKm)) {
    return timeline.find((s) => distanceKm < s.endKm) ?? timeline[timeline.length - 1];
  }
  return undefined;
}
