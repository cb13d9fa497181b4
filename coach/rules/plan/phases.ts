/**
 * Periodisation: base → build (quality) → race-specific → taper, after Daniels' four phases (*Daniels'
 * Running Formula*, 3rd ed., ch. 3: foundation, early quality, transition quality, final quality) and
 * Pfitzinger's taper lengths (*Advanced Marathoning*, 2nd ed.: 3 weeks marathon; 1–2 weeks shorter races).
 */
import type { Level } from './plan-input.js';
import type { GoalDistance, Phase } from './types.js';

/**
 * Taper weeks (race week included) per goal and horizon: marathon 2–3, half 1–2, 5K/10K 1 (issue 4).
 *
 * @example
 * taperWeeks('marathon', 18); // 3
 * taperWeeks('half', 8);      // 1
 */
export function taperWeeks(goal: GoalDistance, totalWeeks: number): number {
  switch (goal) {
    case 'marathon':
      return totalWeeks >= MARATHON_LONG_TAPER_FROM_WEEKS ? 3 : 2;
    case 'half':
      return totalWeeks >= HALF_LONG_TAPER_FROM_WEEKS ? 2 : 1;
    case '5k':
    case '10k':
      return 1;
    case 'fitness':
      return 0;
  }
}

/** From this many plan weeks a marathon gets the full 3-week taper (below: 2). */
export const MARATHON_LONG_TAPER_FROM_WEEKS = 12;
/** From this many plan weeks a half marathon gets a 2-week taper (below: 1). */
export const HALF_LONG_TAPER_FROM_WEEKS = 10;

/** Share of the pre-taper weeks spent in base: beginners need longer foundation (DRF ch. 3). */
export const BASE_SHARE: Readonly<Record<Level, number>> = {
  beginner: 0.45,
  intermediate: 0.35,
  advanced: 0.3,
};
/** Share of the pre-taper weeks that are race-specific (Daniels' phase III–IV, before the taper). */
export const RACE_SPECIFIC_SHARE = 0.3;
/** A general-fitness plan spends this share in base, the rest in build. */
export const FITNESS_BASE_SHARE = 0.4;

/**
 * The phase of every week of a plan, in order: base, then build, race-specific, taper (some may be
 * empty on short plans; a fitness plan has only base and build).
 *
 * @param goal goal distance
 * @param totalWeeks weeks in the plan (race week included)
 * @param level experience level
 * @example
 * planPhases('10k', 6, 'intermediate'); // ['base','base','build','race-specific','race-specific','taper']
 */
export function planPhases(goal: GoalDistance, totalWeeks: number, level: Level): Phase[] {
  const taper = taperWeeks(goal, totalWeeks);
  const training = totalWeeks - taper;
  if (goal === 'fitness') {
    const base = Math.max(1, Math.round(training * FITNESS_BASE_SHARE));
    return Array.from({ length: totalWeeks }, (_, i): Phase => (i < base ? 'base' : 'build'));
  }
  const base = Math.min(training, Math.max(1, Math.round(training * BASE_SHARE[level])));
  const specific = Math.min(training - base, Math.round(training * RACE_SPECIFIC_SHARE));
  const build = training - base - specific;
  return [
    ...Array<Phase>(base).fill('base'),
    ...Array<Phase>(build).fill('build'),
    ...Array<Phase>(specific).fill('race-specific'),
    ...Array<Phase>(taper).fill('taper'),
  ];
}
