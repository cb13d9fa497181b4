/**
 * Which rung of its ladder each quality session stands on, week by week. A type enters at rung 0, holds a
 * rung for `WEEKS_PER_RUNG` appearances, then climbs one rung; a week that introduces a new type climbs
 * nothing else (never a new intensity and more volume in the same week, DRF ch. 4); down weeks and the
 * taper never climb (the taper steps one rung back). A session the week could not hold at its rung (caps,
 * daily time) does not count as held, so the next climb is still one rung from what was run.
 */
import type { LongBlock } from './long-run-block.js';
import type { LadderKey } from './quality-ladders.js';
import type { QualityType } from './quality-sessions.js';
import { WEEKS_PER_RUNG, topRung } from './quality-ladders.js';

export type Rungs = Readonly<Partial<Record<LadderKey, number>>>;

export interface Progress {
  /** The rung each type last held (absent: not run yet). */
  readonly rung: Rungs;
  /** Appearances at that rung so far. */
  readonly held: Rungs;
}

export const START_PROGRESS: Progress = { rung: {}, held: {} };

export interface Proposal {
  /** The rung each of this week's types asks for. */
  readonly rungs: Rungs;
  /** Whether a type appears for the first time this week. */
  readonly introduces: boolean;
}

/**
 * The rungs this week's sessions ask for.
 *
 * @example
 * proposeRungs(START_PROGRESS, ['T', 'I'], 'climb'); // { rungs: { T: 0, I: 0 }, introduces: true }
 */
export function proposeRungs(
  progress: Progress,
  keys: readonly LadderKey[],
  mode: 'climb' | 'hold' | 'ease',
): Proposal {
  const introduces = keys.some((k) => progress.rung[k] === undefined);
  const rungs: Partial<Record<LadderKey, number>> = {};
  for (const k of keys) {
    const at = progress.rung[k];
    if (at === undefined) rungs[k] = 0;
    else if (mode === 'ease') rungs[k] = Math.max(0, at - 1);
    else if (mode === 'climb' && !introduces && (progress.held[k] ?? 0) >= WEEKS_PER_RUNG)
      rungs[k] = Math.min(topRung(k), at + 1);
    else rungs[k] = at;
  }
  return { rungs, introduces };
}

/**
 * The progress after a week whose sessions ran at `used` (−1: below the ladder; absent: not run) when
 * `proposed` was asked for. Only a session run at the rung it asked for counts as held.
 *
 * @example
 * recordRungs(START_PROGRESS, { T: 0 }, { T: 0 }); // { rung: { T: 0 }, held: { T: 1 } }
 */
export function recordRungs(progress: Progress, proposed: Rungs, used: Rungs, counts = true): Progress {
  const rung: Partial<Record<LadderKey, number>> = { ...progress.rung };
  const held: Partial<Record<LadderKey, number>> = { ...progress.held };
  for (const key of Object.keys(used) as LadderKey[]) {
    const u = used[key];
    const p = proposed[key];
    if (u === undefined || p === undefined) continue;
    const at = progress.rung[key];
    if (u === p && counts) {
      held[key] = at === p ? (held[key] ?? 0) + 1 : 1;
      rung[key] = p;
    } else if (at === undefined) {
      rung[key] = 0;
      held[key] = 0;
    }
  }
  // A type asked for but not placed (the week had no room for it) still counts as introduced: it stands at
  // rung 0, held 0, so later weeks neither hold their volume for it again nor stop other types climbing.
  for (const key of Object.keys(proposed) as LadderKey[])
    if (used[key] === undefined && rung[key] === undefined) {
      rung[key] = 0;
      held[key] = 0;
    }
  return { rung, held };
}

/**
 * The ladders a week's sessions may use: its quality types, and the long run's block in place of its type
 * (the marathon's M segment climbs its own ladder; the half's T blocks share the T ladder).
 *
 * @example
 * weekLadders(['M', 'T'], 'M'); // ['M-long', 'T']
 */
export function weekLadders(types: readonly QualityType[], longBlock: LongBlock | undefined): LadderKey[] {
  return types.map((t): LadderKey => (longBlock === 'M' && t === 'M' ? 'M-long' : t));
}
