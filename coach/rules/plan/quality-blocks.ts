/**
 * The work of each quality family: threshold (tempo and cruise intervals), intervals, repetitions,
 * marathon pace and hill sprints, each from its ladder (`quality-work.ts`), and below rung 0 a shorter
 * fallback (a steady tempo, fewer reps) or nothing. Daniels' caps in distance (DRF 3rd ed. ch. 4–5,
 * `session-caps.ts`); the hill recovery from Hudson, *Run Faster*. Pure: minutes and km in, steps out.
 */
import { centralPace } from './steps.js';
import type { Rung } from './quality-ladders.js';
import {
  HILLS_LADDER,
  I_LADDER,
  M_LADDER,
  R_LADDER,
  T_LADDER,
  T_RECOVERY_PER_MINUTE,
} from './quality-ladders.js';
import type { Block, LadderSpec, QualityContext } from './quality-work.js';
import { fits, fromLadder, repBlock } from './quality-work.js';
import { M_SESSION_MAX_KM, M_SESSION_MAX_MINUTES, capKm } from './session-caps.js';

export type QualityType = 'T' | 'I' | 'R' | 'M' | 'hills';

/**
 * Most T minutes in one session (DRF: ~60 min of cruise intervals at most, and T ≤ 10 % of the week;
 * runloop caps lower, at the T ladder's top rung of 3 × 15 min).
 */
export const T_SESSION_MAX_MINUTES = 45;
/** Fewest T minutes worth a session. */
export const T_SESSION_MIN_MINUTES = 10;
/** A steady tempo below the ladder runs up to this many minutes (DRF ch. 4: steady tempo ~20 min). */
export const T_STEADY_MAX_MINUTES = 20;
/** Fewest I reps worth a session below the ladder (3 × 3 min). */
export const I_MIN_REPS = 3;
/** Fewest R reps worth a session below the ladder (of 200 m). */
export const R_MIN_REPS = 4;
/** R recovery: jog this many times the rep time (DRF ch. 4: full recovery, 2–3 × the rep). */
export const R_RECOVERY_FACTOR = 2;
/**
 * M km of a standalone M run as a share of the week's km (runloop's 15 %, under Daniels' 20 % so a T
 * session still fits the 80/20 budget the same week).
 */
export const M_WEEK_SHARE = 0.15;
/** Hill sprints: walk/jog down 90 s after each 30 s rep (Hudson, *Run Faster*; Daniels' hill work). */
export const HILL_RECOVERY_MINUTES = 1.5;

/**
 * The work of a quality session in `block` minutes (also used inside long runs), or `undefined`.
 *
 * @example
 * qualityBlock('T', ctx, 40); // 2 × 10 min T with 2 min jog, rung 2
 */
export function qualityBlock(type: QualityType, ctx: QualityContext, block: number): Block | undefined {
  return BUILDERS[type](ctx, block);
}

const BUILDERS: Readonly<Record<QualityType, (ctx: QualityContext, block: number) => Block | undefined>> = {
  T: threshold,
  I: intervals,
  R: repetitions,
  M: marathonPace,
  hills,
};

function tSpec(ctx: QualityContext): LadderSpec {
  return {
    ladder: T_LADDER,
    intensity: 'T',
    kind: 'tempo',
    purpose: (r) => (r.reps === 1 ? 'tempo' : 'cruise'),
    repMinutes: (r) => r.size,
    recovery: (rep) => Math.max(1, Math.round(rep * T_RECOVERY_PER_MINUTE)),
    capKm: capKm('T', ctx.weekKm),
    capMinutes: T_SESSION_MAX_MINUTES,
  };
}

function threshold(ctx: QualityContext, block: number): Block | undefined {
  const spec = tSpec(ctx);
  const laddered = fromLadder(spec, ctx, block);
  if (laddered !== undefined) return laddered;
  // Below the ladder: one steady tempo of what the caps allow, 10–20 min.
  const byKm = (spec.capKm * centralPace(ctx.pace.estimate, 'T')) / 60;
  const steady = Math.floor(Math.min(byKm, T_STEADY_MAX_MINUTES, ctx.hardBudget, block));
  if (steady < T_SESSION_MIN_MINUTES) return undefined;
  const b = repBlock(spec, ctx, 1, steady, -1, 'tempo');
  return fits(spec, ctx, b, block) ? b : repBlock(spec, ctx, 1, steady - 1, -1, 'tempo');
}

function intervals(ctx: QualityContext, block: number): Block | undefined {
  const spec: LadderSpec = {
    ladder: I_LADDER,
    intensity: 'I',
    kind: 'intervals',
    purpose: () => 'intervals',
    repMinutes: (r) => r.size,
    recovery: (rep) => rep,
    capKm: capKm('I', ctx.weekKm),
    capMinutes: Number.POSITIVE_INFINITY,
  };
  const laddered = fromLadder(spec, ctx, block);
  if (laddered !== undefined) return laddered;
  const b = repBlock(spec, ctx, I_MIN_REPS, 3, -1, 'intervals');
  return fits(spec, ctx, b, block) ? b : undefined;
}

function repetitions(ctx: QualityContext, block: number): Block | undefined {
  const r = centralPace(ctx.pace.estimate, 'R');
  const spec: LadderSpec = {
    ladder: R_LADDER,
    intensity: 'R',
    kind: 'repetitions',
    purpose: () => 'repetitions',
    repMinutes: (rung) => Math.round(((rung.size * r) / 60) * 100) / 100,
    recovery: (rep) => Math.round(rep * R_RECOVERY_FACTOR * 100) / 100,
    capKm: capKm('R', ctx.weekKm),
    capMinutes: Number.POSITIVE_INFINITY,
    // Daniels prescribes R by distance: 200 m and 400 m reps (DRF ch. 4).
    repKm: (rung) => rung.size,
  };
  const laddered = fromLadder(spec, ctx, block);
  if (laddered !== undefined) return laddered;
  const first = R_LADDER[0] as Rung;
  for (let n = first.reps - 1; n >= R_MIN_REPS; n--) {
    const b = repBlock(spec, ctx, n, spec.repMinutes(first), -1, 'repetitions', first.size);
    if (fits(spec, ctx, b, block)) return b;
  }
  return undefined;
}

function marathonPace(ctx: QualityContext, block: number): Block | undefined {
  return fromLadder(
    {
      ladder: M_LADDER,
      intensity: 'M',
      kind: 'marathon-pace',
      purpose: () => 'marathon-pace',
      repMinutes: (r) => r.size,
      recovery: () => 0,
      capKm: Math.min(M_SESSION_MAX_KM, M_WEEK_SHARE * ctx.weekKm),
      capMinutes: M_SESSION_MAX_MINUTES,
    },
    ctx,
    block,
  );
}

function hills(ctx: QualityContext, block: number): Block | undefined {
  return fromLadder(
    {
      ladder: HILLS_LADDER,
      intensity: 'R',
      kind: 'hills',
      purpose: () => 'hills',
      repMinutes: (r) => r.size,
      recovery: () => HILL_RECOVERY_MINUTES,
      capKm: Number.POSITIVE_INFINITY,
      capMinutes: Number.POSITIVE_INFINITY,
      noPace: true,
    },
    ctx,
    block,
  );
}
