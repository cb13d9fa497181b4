/**
 * Progression ladders for quality sessions: each type climbs one rung at a time, and two neighbouring
 * rungs differ in exactly one stressor, either the length of a rep (total volume kept) or the total volume
 * (rep length kept). Pace is the third stressor: it changes only when VDOT does, which adaptation allows
 * at most every 4 weeks (Daniels, *Daniels' Running Formula*, 3rd ed., ch. 2–4: "hold a stress level for
 * 4–6 weeks", change one stress at a time; rep lengths and recoveries from ch. 4–5).
 */

/** One rung: `reps` × `size`, where size is minutes per rep (T, I, M, hills) or km per rep (R, M-long). */
export interface Rung {
  readonly reps: number;
  readonly size: number;
}

/**
 * The ladders: T, I, R and M standalone sessions, the M segment of a marathon long run, the T blocks of a
 * half-marathon long run (the T ladder, climbed on its own so midweek cruise intervals keep theirs), hill
 * sprints.
 */
export type LadderKey = 'T' | 'I' | 'R' | 'M' | 'M-long' | 'T-long' | 'hills';

/**
 * Appearances of a type at one rung before it may climb (runloop's choice: 2 appearances ≈ 2–3 weeks of
 * adaptation per step; DRF ch. 4 lets a new stress settle before the next is added).
 */
export const WEEKS_PER_RUNG = 2;

/**
 * Appearances of the marathon long run's M segment at one rung before it climbs: every appearance. The
 * race-specific phase holds only 3–5 such long runs, and Pfitzinger & Douglas (*Advanced Marathoning*, 2nd
 * ed.) lengthen the MP portion from one MP long run to the next (8 → 14 mi over the last 6–8 weeks).
 */
export const M_LONG_APPEARANCES_PER_RUNG = 1;

/**
 * Cruise intervals, minutes per rep (DRF ch. 4: T reps of 5–15 min with about 1 min jog per 5 min of T;
 * a T session up to ~10 % of the week, runloop caps the T minutes at 45 per session, which the top rung
 * reaches: 3 × 15 min, about 11 km for a 110 km-a-week runner). Each volume step is followed by a longer
 * rep at the same volume, so a runner whose week caps the volume still moves on.
 */
export const T_LADDER: readonly Rung[] = [
  { reps: 3, size: 5 },
  { reps: 4, size: 5 },
  { reps: 2, size: 10 },
  { reps: 3, size: 10 },
  { reps: 2, size: 15 },
  { reps: 3, size: 15 },
];
/** Jog between T reps: minutes of recovery per minute of T (DRF ch. 4: 1 min per 5 min of T). */
export const T_RECOVERY_PER_MINUTE = 1 / 5;

/** I reps, minutes (DRF ch. 4: 3–5 min at I with equal-time jog recoveries). */
export const I_LADDER: readonly Rung[] = [
  { reps: 4, size: 3 },
  { reps: 5, size: 3 },
  { reps: 3, size: 5 },
  { reps: 4, size: 5 },
  { reps: 5, size: 5 },
  { reps: 6, size: 5 },
];

/** R reps, km per rep (DRF ch. 4: 200–400 m at R with full recovery, 2–3 × the rep time). */
export const R_LADDER: readonly Rung[] = [
  { reps: 8, size: 0.2 },
  { reps: 10, size: 0.2 },
  { reps: 5, size: 0.4 },
  { reps: 6, size: 0.4 },
  { reps: 8, size: 0.4 },
  { reps: 10, size: 0.4 },
];

/** A steady M run, minutes (DRF ch. 4: M runs grow in length, ≤ min(110 min, 29 km)). */
export const M_LADDER: readonly Rung[] = [20, 30, 40, 50, 60, 70].map((size) => ({ reps: 1, size }));

/**
 * The M-pace segment inside a marathon long run, km (Pfitzinger & Douglas, *Advanced Marathoning*, 2nd ed.:
 * long runs with 8–14 mi (13–22 km) at marathon pace late in the build; runloop enters at 8 km).
 */
export const M_LONG_LADDER: readonly Rung[] = [8, 10, 13, 16, 19, 22].map((size) => ({ reps: 1, size }));

/** Hill sprints: reps of 30 s uphill (Hudson, *Run Faster*: 6–10 short hill sprints). */
export const HILLS_LADDER: readonly Rung[] = [6, 8, 10].map((reps) => ({ reps, size: 0.5 }));

export const LADDERS: Readonly<Record<LadderKey, readonly Rung[]>> = {
  T: T_LADDER,
  I: I_LADDER,
  R: R_LADDER,
  M: M_LADDER,
  'M-long': M_LONG_LADDER,
  'T-long': T_LADDER,
  hills: HILLS_LADDER,
};

/**
 * The top rung index of a ladder.
 *
 * @example
 * topRung('T'); // 4
 */
export function topRung(key: LadderKey): number {
  return LADDERS[key].length - 1;
}
