/**
 * Test-side reading of continuous running, independent of the builder's own helper: steps expanded into
 * the order a runner does them (a repeated step and the repeated step after it alternate), then the
 * longest stretch without walking.
 */
import type { Session, Step } from '../../../../coach/rules/plan/types.js';

/** Steps in the order they are run, one entry per repetition. */
export function expand(steps: readonly Step[]): Step[] {
  const out: Step[] = [];
  for (let i = 0; i < steps.length; i++) {
    const st = steps[i]!;
    const next = steps[i + 1];
    const n = st.repeat ?? 1;
    if (n > 1 && next !== undefined && (next.repeat ?? 1) === n) {
      for (let k = 0; k < n; k++) out.push(st, next);
      i++;
    } else for (let k = 0; k < n; k++) out.push(st);
  }
  return out;
}

/** Longest stretch of running without a walk, minutes. */
export function continuousMinutes(session: Session): number {
  let best = 0;
  let current = 0;
  for (const st of expand(session.steps)) {
    current = st.intensity === 'walk' ? 0 : current + (st.minutes ?? 0);
    best = Math.max(best, current);
  }
  return best;
}

/** Longest single run of the race itself (its `run` steps), minutes. */
export function raceRunMinutes(race: Session): number {
  return Math.max(0, ...race.steps.filter((st) => st.kind === 'run').map((st) => st.minutes ?? 0));
}

/** Whether a session has walking in it. */
export const walks = (s: Session): boolean => s.steps.some((st) => st.intensity === 'walk');
