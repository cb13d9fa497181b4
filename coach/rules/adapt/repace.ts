/**
 * "Update every future pace": when VDOT changes, every training step from today on moves by the change of
 * its intensity's Daniels pace, keeping the builder's own band widths; the race step is derived afresh from
 * the new VDOT (`racePace`), never shifted.
 */
import { trainingPaces } from '../paces/training-paces.js';
import type { TrainingPaces } from '../paces/training-paces.js';
import type { RacePace } from '../plan/race-pace.js';
import { peakTrainingWeekKm, racePace } from '../plan/race-pace.js';
import { RACE_INTENSITY } from '../plan/race-session.js';
import { stepMinutes } from '../plan/steps.js';
import type { Intensity, Plan, Range, Session, Step } from '../plan/types.js';
import { RACE_DISTANCE_METERS } from '../units/race-distance.js';

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
 * for "Keep original" are re-paced too). Pace ranges are rounded to whole seconds per km. The race step
 * takes the race pace of `newVdot` (its planned time with it), from the plan's goal and basis.
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
  const race = newRacePace(plan, newVdot);
  const repace = <S extends Omit<Session, 'replaces'>>(s: S): S => {
    if (s.kind !== 'race' || race === undefined) return { ...s, steps: s.steps.map(shift) };
    const goal = plan.goal.distance as Exclude<typeof plan.goal.distance, 'fitness'>;
    const steps = s.steps.map((st) =>
      st.kind === 'run' && st.intensity === RACE_INTENSITY[goal] && st.pace !== undefined
        ? { ...st, minutes: Math.round((race.seconds / 60) * 100) / 100, pace: race.pace }
        : shift(st),
    );
    const minutes = Math.round(steps.reduce((sum, st) => sum + stepMinutes(st), 0) * 10) / 10;
    return { ...s, steps, minutes };
  };
  const weeks = plan.weeks.map((w) => {
    if (!w.sessions.some((s) => s.date >= from)) return w;
    const sessions = w.sessions.map((s) => {
      if (s.date < from) return s;
      const next = repace(s);
      return s.replaces === undefined ? next : { ...next, replaces: repace(s.replaces) };
    });
    // Only the race step changes a session's minutes; keep the week's total its sum.
    const changed = sessions.reduce((sum, s, i) => sum + s.minutes - (w.sessions[i]?.minutes ?? 0), 0);
    return { ...w, sessions, minutes: Math.round((w.minutes + changed) * 10) / 10 };
  });
  return { ...plan, weeks };
}

/** The race pace of `vdot` for the plan's goal race (undefined for a fitness plan). */
function newRacePace(plan: Plan, vdot: number): RacePace | undefined {
  const goal = plan.goal.distance;
  if (goal === 'fitness') return undefined;
  const peak = plan.basis?.peakWeekKm ?? peakTrainingWeekKm(plan.weeks);
  return racePace(goal, RACE_DISTANCE_METERS[goal], vdot, peak, plan.goal.targetTime);
}

function shiftRange(r: Range, by: number): Range {
  return { from: Math.round(r.from + by), to: Math.round(r.to + by) };
}
