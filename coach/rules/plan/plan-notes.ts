/** Notes the builder attaches to a plan: what it adjusted that the runner should hear about. */
import type { PlanNote } from './types.js';
import { MIN_START_WEEK_MINUTES } from './weekly-volume.js';

/**
 * `START_ABOVE_STATED_VOLUME`: a runner below the smallest starting week starts on run/walk, the running
 * part within their stated volume + 10 %, the walking making up the rest.
 *
 * @param stated the runner's weekly minutes; @param start the first full week, minutes;
 * @param running its running minutes
 * @example
 * startNote(20, 60, 20).facts; // { statedMinutes: 20, startMinutes: 60, runningMinutes: 20, minStartMinutes: 60 }
 */
export function startNote(stated: number, start: number, running: number): PlanNote {
  const r = (x: number): number => Math.round(x);
  return {
    code: 'START_ABOVE_STATED_VOLUME',
    facts: {
      statedMinutes: r(stated),
      startMinutes: r(start),
      runningMinutes: r(running),
      minStartMinutes: MIN_START_WEEK_MINUTES,
    },
  };
}
