/**
 * Current fitness from what the runner told: a recent race (→ VDOT from the published table), else an easy
 * pace they know (→ a cautious VDOT estimate), else nothing (sessions go by effort).
 */
import { PLAUSIBLE } from '../plausibility.js';
import type { Result } from '../result.js';
import { ok, refusal } from '../result.js';
import { vdotFromRace } from '../vdot/vdot-from-race.js';
import { fastestEasyPace, vdotFromEasyPace } from './easy-pace-vdot.js';
import type { PlanErrorCode } from './plan-errors.js';
import type { PlanInput } from './plan-input.js';

/**
 * The runner's VDOT and where it came from, with the VDOT to estimate km with when there is none.
 *
 * @param estimationVdot the level's estimation VDOT (`ESTIMATION_VDOT`), used only to turn minutes into km
 * @example
 * resolveFitness({ fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } }, … }, 38);
 * // ok({ vdot: 38.3, vdotSource: 'race', estimationVdot: 38 })
 */
export function resolveFitness(
  input: PlanInput,
  estimationVdot: number,
): Result<{ vdot?: number; vdotSource?: 'race' | 'easy-pace'; estimationVdot: number }, PlanErrorCode> {
  const race = input.fitness.race;
  if (race !== undefined) {
    const v = vdotFromRace(race.distanceMeters, race.timeSeconds);
    if (!v.ok) return v;
    return ok({ vdot: v.value, vdotSource: 'race', estimationVdot });
  }
  const pace = input.fitness.easyPaceSecondsPerKm;
  if (pace !== undefined) {
    if (!(Number.isFinite(pace) && pace >= fastestEasyPace() && pace <= PLAUSIBLE.paceSPerKm.max))
      return refusal('INVALID_EASY_PACE');
    const vdot = vdotFromEasyPace(pace);
    return ok(
      vdot === undefined ? { estimationVdot: 20 } : { vdot, vdotSource: 'easy-pace', estimationVdot },
    );
  }
  return ok({ estimationVdot });
}
