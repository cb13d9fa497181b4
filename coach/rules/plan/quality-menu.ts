/**
 * Which quality sessions each phase asks for, per goal, in priority order (after Daniels' phase emphases,
 * DRF ch. 3: build adds T and I, race-specific leans to race pace, the taper keeps a short sharp one).
 * The gentle track swaps R reps and hill sprints for threshold work; the first weeks after an Achilles or
 * calf problem swap I reps too (3–5 min at 5K pace load the calf more than strides; threshold work stays).
 */
import { longBlockFor } from './long-run-block.js';
import type { Level } from './plan-input.js';
import type { QualityType } from './quality-sessions.js';
import type { GoalDistance, Phase } from './types.js';

const MENU: Readonly<Record<Exclude<Phase, 'base'>, Readonly<Record<GoalDistance, readonly QualityType[]>>>> =
  {
    build: {
      '5k': ['I', 'T'],
      '10k': ['T', 'I'],
      half: ['T', 'I'],
      marathon: ['T', 'I'],
      fitness: ['T', 'hills'],
    },
    'race-specific': {
      '5k': ['I', 'R'],
      '10k': ['I', 'T'],
      // The half: T blocks in the long run and cruise intervals midweek (SCIENCE.md: "half: HMP and T
      // blocks"; half-marathon effort lies between M and T, DRF ch. 15), never M-pace midweek.
      half: ['T', 'T'],
      marathon: ['M', 'T'],
      fitness: ['T', 'I'],
    },
    taper: { '5k': ['I'], '10k': ['T'], half: ['T'], marathon: ['M'], fitness: ['T'] },
  };

/** Most quality sessions a week per level (Daniels' "2Q" weeks, DRF 3rd ed. ch. 13–16); beginners keep one. */
export const MAX_QUALITY_PER_WEEK: Readonly<Record<Level, number>> = {
  beginner: 1,
  intermediate: 2,
  advanced: 2,
};
/**
 * Running days needed for a second midweek quality session. Below it (4 days: Q, E, E, L), runloop's
 * version of Daniels' 2Q week counts the long run as the first Q, as Daniels' 2Q plans do (DRF ch. 16:
 * "Q1 = L run"): in the race-specific weeks of a half or marathon it carries the race-specific block
 * (`long-run-block.ts`) and the midweek Q is the other session, so a 4-day runner gets 2Q with two easy
 * days left to hold the week's volume; in other weeks the long run is E and one midweek Q follows the menu.
 */
export const TWO_QUALITY_FROM_DAYS = 5;

export interface MenuInput {
  readonly goal: GoalDistance;
  readonly phase: Phase;
  readonly level: Level;
  readonly gentle: boolean;
  readonly downWeek: boolean;
  readonly runWalk: boolean;
  readonly availableDays: number;
  /** Week index, to rotate between sessions when only one fits. */
  readonly weekIndex: number;
  /** No I or R reps or hill sprints this week whatever the track: the first weeks after an Achilles or calf problem. */
  readonly noFastRunning?: boolean;
}

/**
 * The quality sessions a week asks for, in priority order (empty: an all-easy week).
 *
 * @example
 * weekQuality({ goal: 'marathon', phase: 'race-specific', level: 'advanced', gentle: false, downWeek: false,
 *   runWalk: false, availableDays: 6, weekIndex: 12 }); // ['M', 'T']
 */
export function weekQuality(input: MenuInput): QualityType[] {
  if (input.runWalk || input.phase === 'base') return [];
  const menu = MENU[input.phase][input.goal].map((t): QualityType =>
    (input.gentle || input.noFastRunning === true) && (t === 'R' || t === 'hills')
      ? 'T'
      : input.noFastRunning === true && t === 'I'
        ? 'T'
        : t,
  );
  const unique = [...new Set(menu)];
  let count = input.phase === 'taper' ? 1 : MAX_QUALITY_PER_WEEK[input.level];
  // 2Q with the long run as Q1: the block type first, the other session midweek.
  if (longBlockFor(input.goal, input.phase, input.downWeek) !== undefined)
    return menu.slice(0, MAX_QUALITY_PER_WEEK[input.level]);
  if (input.availableDays < TWO_QUALITY_FROM_DAYS || input.downWeek) count = Math.min(count, 1);
  if (count >= unique.length) return unique;
  const shift = input.phase === 'taper' ? 0 : input.weekIndex % unique.length;
  return Array.from({ length: count }, (_, i) => unique[(shift + i) % unique.length] as QualityType);
}
