/**
 * Quality (hard) sessions: a warm-up, the work of one ladder rung (`quality-ladders.ts`), a cool-down.
 * The work keeps Daniels' per-session caps in distance (`session-caps.ts`, DRF 3rd ed. ch. 4–5), the
 * week's 80/20 budget and the day's time; when the asked-for rung does not fit, the highest rung below it
 * that does is run, and below rung 0 a shorter fallback (steady tempo, fewer reps) or nothing.
 */
import type { PaceContext } from './steps.js';
import { centralPace, makeSession, makeStep, stepMinutes } from './steps.js';
import type { PurposeKey } from './purposes.js';
import type { Rung } from './quality-ladders.js';
import {
  HILLS_LADDER,
  I_LADDER,
  M_LADDER,
  R_LADDER,
  T_LADDER,
  T_RECOVERY_PER_MINUTE,
} from './quality-ladders.js';
import { M_SESSION_MAX_KM, M_SESSION_MAX_MINUTES, capKm, intensityKm } from './session-caps.js';
import type { Intensity, SessionKind, Session, Step } from './types.js';

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

/** Warm-up and cool-down at E, minutes (short versions when the daily cap is tight). */
export const WARMUP_MINUTES = 15;
export const COOLDOWN_MINUTES = 10;
export const SHORT_WARMUP_MINUTES = 10;
export const SHORT_COOLDOWN_MINUTES = 5;

export interface QualityContext {
  readonly date: string;
  /** Planned km of the week (the distance caps are shares of it). */
  readonly weekKm: number;
  /** Non-easy minutes the week may still take (80/20 budget). */
  readonly hardBudget: number;
  /** Longest this session may be, minutes (daily cap). */
  readonly room: number;
  readonly pace: PaceContext;
  readonly purpose: (key: PurposeKey) => string;
  /** Ladder rung asked for (absent: the highest that fits). */
  readonly rung?: number;
}

export interface QualityResult {
  readonly session: Session;
  /** Minutes of the session at a non-easy intensity. */
  readonly hardMinutes: number;
  /** Ladder rung run (−1: below the ladder). */
  readonly rung: number;
}

/** The work of a quality session, without warm-up and cool-down. */
export interface Block {
  readonly kind: SessionKind;
  readonly purpose: PurposeKey;
  readonly steps: Step[];
  readonly hard: number;
  readonly rung: number;
}

/**
 * A quality session of the given type that fits the week, or `undefined` when the week cannot hold one
 * (too little distance, 80/20 budget spent, daily cap too short).
 *
 * @example
 * qualitySession('T', { date: '2027-01-05', weekKm: 60, hardBudget: 60, room: 120, pace, purpose, rung: 2 });
 * // tempo: 15 min E, 2 × 10 min T with 2 min jog, 10 min E
 */
export function qualitySession(type: QualityType, ctx: QualityContext): QualityResult | undefined {
  // The full warm-up when the day allows it, the short one when only it lets a higher rung fit the day.
  const frames: [number, number][] =
    ctx.room >= WARMUP_MINUTES + COOLDOWN_MINUTES + 20
      ? [
          [WARMUP_MINUTES, COOLDOWN_MINUTES],
          [SHORT_WARMUP_MINUTES, SHORT_COOLDOWN_MINUTES],
        ]
      : [[SHORT_WARMUP_MINUTES, SHORT_COOLDOWN_MINUTES]];
  let best: { built: Block; warm: number; cool: number } | undefined;
  for (const [warm, cool] of frames) {
    const b = qualityBlock(type, ctx, ctx.room - warm - cool);
    if (b !== undefined && (best === undefined || b.rung > best.built.rung)) best = { built: b, warm, cool };
  }
  if (best === undefined) return undefined;
  const { built, warm, cool } = best;
  const steps = [
    makeStep('warmup', 'E', warm, ctx.pace),
    ...built.steps,
    makeStep('cooldown', 'E', cool, ctx.pace),
  ];
  return {
    session: makeSession(ctx.date, built.kind, true, ctx.purpose(built.purpose), steps),
    hardMinutes: built.hard,
    rung: built.rung,
  };
}

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

interface LadderSpec {
  readonly ladder: readonly Rung[];
  readonly intensity: Intensity;
  readonly kind: SessionKind;
  readonly purpose: (rung: Rung) => PurposeKey;
  /** Minutes of one rep. */
  readonly repMinutes: (rung: Rung) => number;
  /** Recovery after each rep, minutes (0: none). */
  readonly recovery: (repMinutes: number) => number;
  /** Most km at the intensity, and most hard minutes. */
  readonly capKm: number;
  readonly capMinutes: number;
  readonly noPace?: boolean;
  /** Km of one rep, when reps are run by distance (R: 200 / 400 m on a track). */
  readonly repKm?: (rung: Rung) => number;
}

/** The highest rung ≤ the asked-for one whose work fits the caps, the budget and `block`. */
function fromLadder(spec: LadderSpec, ctx: QualityContext, block: number): Block | undefined {
  const top = spec.ladder.length - 1;
  for (let r = Math.min(ctx.rung ?? top, top); r >= 0; r--) {
    const rung = spec.ladder[r] as Rung;
    const built = repBlock(
      spec,
      ctx,
      rung.reps,
      spec.repMinutes(rung),
      r,
      spec.purpose(rung),
      spec.repKm?.(rung),
    );
    if (fits(spec, ctx, built, block)) return built;
  }
  return undefined;
}

function repBlock(
  spec: LadderSpec,
  ctx: QualityContext,
  reps: number,
  rep: number,
  rung: number,
  purpose: PurposeKey,
  repKm?: number,
): Block {
  const recovery = spec.recovery(rep);
  const opts = spec.noPace === true ? { noPace: true } : {};
  const byDistance = (st: Step): Step => (repKm === undefined ? st : { ...st, km: repKm });
  const steps =
    reps === 1
      ? [makeStep('run', spec.intensity, rep, ctx.pace, undefined, opts)]
      : [
          byDistance(makeStep('rep', spec.intensity, rep, ctx.pace, reps, opts)),
          ...(recovery > 0 ? [makeStep('recovery', 'E', recovery, ctx.pace, reps)] : []),
        ];
  return { kind: spec.kind, purpose, steps, hard: reps * rep, rung };
}

function fits(spec: LadderSpec, ctx: QualityContext, b: Block, block: number): boolean {
  return (
    intensityKm(b, spec.intensity) <= spec.capKm + 1e-9 &&
    b.hard <= Math.min(spec.capMinutes, ctx.hardBudget) + 1e-9 &&
    b.steps.reduce((sum, st) => sum + stepMinutes(st), 0) <= block + 1e-9
  );
}

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
