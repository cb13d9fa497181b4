/**
 * Which rung of its ladder each quality session stands on, week by week. A type enters at the rung its
 * week's volume carries (`entryRung`: a 100 km runner starts higher than a 40 km one, as Daniels sizes T
 * and I by weekly mileage), holds a rung for `appearancesPerRung` appearances, then climbs one rung; the
 * week that introduces a new type adds no weekly volume (build-plan.ts, DRF ch. 4). Down weeks and the taper
 * never climb (the taper steps one rung back). A session the caps, the 80/20 budget or the day forced below
 * its rung counts as what was run: the next climbing week asks one rung above it, never below it.
 */
import type { LongBlock } from './long-run-block.js';
import type { LadderKey } from './quality-ladders.js';
import type { QualityType } from './quality-sessions.js';
import type { TrainingPaces } from '../paces/training-paces.js';
import { M_LONG_WEEK_SHARE } from './long-run-block.js';
import { LADDERS, M_LONG_APPEARANCES_PER_RUNG, WEEKS_PER_RUNG, topRung } from './quality-ladders.js';
import { M_WEEK_SHARE } from './quality-sessions.js';
import { M_SESSION_MAX_KM, capKm } from './session-caps.js';
import { centralPace } from './steps.js';

export type Rungs = Readonly<Partial<Record<LadderKey, number>>>;

export interface Progress {
  /** The rung each type last held (absent: not run yet). */
  readonly rung: Rungs;
  /** Appearances at that rung so far. */
  readonly held: Rungs;
}

export const START_PROGRESS: Progress = { rung: {}, held: {} };

/**
 * A new type enters at the highest rung whose work is at most this share of its per-session distance cap
 * in the week it enters (runloop's choice: Daniels sizes a T session by weekly mileage, ≤ 10 %, and I by
 * ≤ 8 %, DRF 3rd ed. ch. 4; entering at ~60 % of that leaves the ladder room to climb toward the cap).
 */
export const ENTRY_SHARE_OF_CAP = 0.6;

/**
 * Appearances at one rung before a type climbs: `WEEKS_PER_RUNG`, but the marathon long run's M segment
 * climbs every appearance (`M_LONG_APPEARANCES_PER_RUNG`).
 *
 * @example
 * appearancesPerRung('T'); // 2
 */
export function appearancesPerRung(key: LadderKey): number {
  return key === 'M-long' ? M_LONG_APPEARANCES_PER_RUNG : WEEKS_PER_RUNG;
}

/**
 * The rung a type enters at in a week of `weekKm` km: the highest whose work (km at its pace) is at most
 * `ENTRY_SHARE_OF_CAP` of the type's distance cap, rung 0 when none is. Hill sprints have no distance cap
 * and always enter at rung 0.
 *
 * @example
 * entryRung('T', 40, trainingPaces(36));  // 0: 3 × 5 min T
 * entryRung('T', 100, trainingPaces(53)); // 2: 2 × 10 min T
 */
export function entryRung(key: LadderKey, weekKm: number, paces: TrainingPaces): number {
  const perKm = (i: 'M' | 'T' | 'I'): number => 60 / centralPace(paces, i);
  const spec: Record<LadderKey, { cap: number; kmPerUnit: number }> = {
    T: { cap: capKm('T', weekKm), kmPerUnit: perKm('T') },
    I: { cap: capKm('I', weekKm), kmPerUnit: perKm('I') },
    R: { cap: capKm('R', weekKm), kmPerUnit: 1 },
    M: { cap: Math.min(M_SESSION_MAX_KM, M_WEEK_SHARE * weekKm), kmPerUnit: perKm('M') },
    'M-long': { cap: Math.min(M_SESSION_MAX_KM, M_LONG_WEEK_SHARE * weekKm), kmPerUnit: 1 },
    'T-long': { cap: capKm('T', weekKm), kmPerUnit: perKm('T') },
    hills: { cap: 0, kmPerUnit: 0 },
  };
  const { cap, kmPerUnit } = spec[key];
  let entry = 0;
  LADDERS[key].forEach((rung, r) => {
    if (kmPerUnit > 0 && rung.reps * rung.size * kmPerUnit <= ENTRY_SHARE_OF_CAP * cap + 1e-9) entry = r;
  });
  return entry;
}

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
 * proposeRungs(START_PROGRESS, ['T'], 'climb', () => 2); // { rungs: { T: 2 }, introduces: true }
 */
export function proposeRungs(
  progress: Progress,
  keys: readonly LadderKey[],
  mode: 'climb' | 'hold' | 'ease',
  entry: (key: LadderKey) => number = () => 0,
): Proposal {
  // The half's long-run T blocks are no new intensity once T has been run midweek.
  const introduces = keys.some(
    (k) => progress.rung[k] === undefined && !(k === 'T-long' && progress.rung.T !== undefined),
  );
  const rungs: Partial<Record<LadderKey, number>> = {};
  for (const k of keys) {
    const at = progress.rung[k];
    if (at === undefined) rungs[k] = Math.min(topRung(k), entry(k));
    else if (mode === 'ease') rungs[k] = Math.max(0, at - 1);
    else if (mode === 'climb' && (progress.held[k] ?? 0) >= appearancesPerRung(k))
      rungs[k] = Math.min(topRung(k), at + 1);
    else rungs[k] = at;
  }
  return { rungs, introduces };
}

/**
 * The progress after a week whose sessions ran at `used` (−1: below the ladder; absent: not run) when
 * `proposed` was asked for. In a climbing week a session run at its rung counts as held there; one forced
 * below it counts as what was run, held in full, so the next climbing week asks one rung above what was
 * run (below the ladder: rung 0, not yet held). Down weeks and the taper count nothing.
 *
 * @example
 * recordRungs(START_PROGRESS, { T: 0 }, { T: 0 }); // { rung: { T: 0 }, held: { T: 1 } }
 * recordRungs({ rung: { T: 2 }, held: { T: 1 } }, { T: 2 }, { T: 1 }); // { rung: { T: 1 }, held: { T: 2 } }
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
    } else if (u < p && counts) {
      rung[key] = Math.max(0, u);
      held[key] = u >= 0 ? appearancesPerRung(key) : 0;
    } else if (at === undefined) {
      rung[key] = p;
      held[key] = 0;
    }
  }
  // A type asked for but not placed (the week had no room for it) still counts as introduced: it stands at
  // its entry rung, held 0, so later weeks do not hold their volume for it again.
  for (const key of Object.keys(proposed) as LadderKey[])
    if (used[key] === undefined && rung[key] === undefined) {
      rung[key] = proposed[key] ?? 0;
      held[key] = 0;
    }
  return { rung, held };
}

/**
 * The ladders a week's sessions may use: its quality types, the first of the long run's block type standing
 * for the long run (the marathon's M segment and the half's T blocks climb their own ladders).
 *
 * @example
 * weekLadders(['M', 'T'], 'M'); // ['M-long', 'T']
 * weekLadders(['T', 'T'], 'T'); // ['T-long', 'T']
 */
export function weekLadders(types: readonly QualityType[], longBlock: LongBlock | undefined): LadderKey[] {
  const block = longBlock === undefined ? -1 : types.indexOf(longBlock);
  return types.map((t, i): LadderKey => (i === block ? (t === 'M' ? 'M-long' : 'T-long') : t));
}
