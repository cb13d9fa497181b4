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
 * startNote(20, 60, 20).facts; // { statedMinutes: 20, startMinutes: 60, runningMinutes: 20 }
 */
export function startNote(stated: number, start: number, running: number): PlanNote {
  const r = (x: number): number => Math.round(x);
  return {
    code: 'START_ABOVE_STATED_VOLUME',
    message:
      `${r(stated) === 0 ? 'You are starting from no running' : `You run about ${r(stated)} min a week`}; the smallest week a plan starts from is ${MIN_START_WEEK_MINUTES} min, ` +
      `so your first week is run/walk: ${r(start)} min on your feet, about ${r(running)} of them running, the rest walking.`,
    facts: { statedMinutes: r(stated), startMinutes: r(start), runningMinutes: r(running) },
  };
}
