/**
 * "Update every future pace": when VDOT changes, every step from today on moves by the change of its
 * intensity's Daniels pace, keeping the builder's own band widths.
 */
import { trainingPaces } from '../paces/training-paces.js';
import type { TrainingPaces } from '../paces/training-paces.js';
import type { Intensity, Plan, Range, Session, Step } from '../plan/types.js';

/**
 * The centre pace (s/km) of an intensity in Daniels' table; undefined for walking.
 *
 * @example
 * intensityPace(trainingPaces(50), 'T'); // ≈ 255
 */
export function intensityPace(p: TrainingPaces, intensity: Intensity): number | undefined {
  switch (intensity) {
    case 'E':
      return (p.easy.from + p.easy.to) / 2;
    case 'M':
      return p.marathon;
    case 'T':
      return p.threshold;
    case 'I':
      return p.interval;
    case 'R':
      return p.repetition;
    case 'walk':
      return undefined;
  }
}

/**
 * The plan with every step dated `from` or later re-paced from `oldVdot` to `newVdot` (the originals kept
 * for "Keep original" are re-paced too). Pace ranges are rounded to whole seconds per km.
 *
 * @param from ISO date of the first session to update (usually today)
 * @example
 * repacePlan(plan, 45, 47, '2027-01-12').weeks[5].sessions[1].steps[1].pace; // ≈ 8 s/km faster T range
 */
export function repacePlan(plan: Plan, oldVdot: number, newVdot: number, from: string): Plan {
  const before = trainingPaces(oldVdot);
  const after = trainingPaces(newVdot);
  const shift = (step: Step): Step => {
    if (step.pace === undefined) return step;
    const a = intensityPace(before, step.intensity);
    const b = intensityPace(after, step.intensity);
    if (a === undefined || b === undefined) return step;
    return { ...step, pace: shiftRange(step.pace, b - a) };
  };
  const repace = <S extends Omit<Session, 'replaces'>>(s: S): S => ({ ...s, steps: s.steps.map(shift) });
  const weeks = plan.weeks.map((w) => {
    if (!w.sessions.some((s) => s.date >= from)) return w;
    return {
      ...w,
      sessions: w.sessions.map((s) => {
        if (s.date < from) return s;
        const next = repace(s);
        return s.replaces === undefined ? next : { ...next, replaces: repace(s.replaces) };
      }),
    };
  });
  return { ...plan, weeks };
}

function shiftRange(r: Range, by: number): Range {
  return { from: Math.round(r.from + by), to: Math.round(r.to + by) };
}
