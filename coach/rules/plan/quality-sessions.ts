/**
 * Quality (hard) session templates with Daniels' per-session caps (*Daniels' Running Formula*, 3rd ed.,
 * ch. 4–5): T ≤ 10 % of weekly volume, I ≤ 8 % with 3–5 min work bouts and equal jog recoveries, R ≤ 5 %
 * with full recoveries, M run ≤ min(110 min, 29 km). Volumes are time-based (minutes of the week).
 */
import type { PaceContext } from './steps.js';
import { centralPace, makeSession, makeStep } from './steps.js';
import type { PurposeKey } from './purposes.js';
import type { SessionKind, Session, Step } from './types.js';

export type QualityType = 'T' | 'I' | 'R' | 'M' | 'hills';

/** Share of weekly minutes one T session may hold (DRF: ≤ 10 % of weekly mileage). */
export const T_WEEK_SHARE = 0.1;
/** Most T minutes in one session (DRF: ~60 min of cruise intervals at most; runloop caps lower). */
export const T_SESSION_MAX_MINUTES = 40;
/** Fewest T minutes worth a session. */
export const T_SESSION_MIN_MINUTES = 10;
/** T run as one steady block up to this many minutes (DRF: steady tempo ~20 min), cruise reps beyond. */
export const T_STEADY_MAX_MINUTES = 20;
/** Target cruise-interval length, minutes (DRF: 5–15 min), with 1 min jog per rep. */
export const T_CRUISE_REP_MINUTES = 8;
export const T_CRUISE_RECOVERY_MINUTES = 1;

/** Share of weekly minutes one I session may hold (DRF: ≤ 8 %), and a per-session ceiling. */
export const I_WEEK_SHARE = 0.08;
export const I_SESSION_MAX_MINUTES = 24;
/** Fewest I reps worth a session. */
export const I_MIN_REPS = 3;

/** Share of weekly minutes at R (DRF: ≤ 5 %, ≤ 8 km), 400 m reps, jog recovery twice the rep time. */
export const R_WEEK_SHARE = 0.05;
export const R_SESSION_MAX_KM = 8;
export const R_REP_KM = 0.4;
export const R_RECOVERY_FACTOR = 2;
export const R_MIN_REPS = 4;
export const R_MAX_REPS = 12;

/** M run caps (DRF: lesser of 110 min and 29 km per session); share of the week is runloop's (15 %,
 * under Daniels' 20 % so a T session still fits the 80/20 budget the same week). */
export const M_SESSION_MAX_MINUTES = 110;
export const M_SESSION_MAX_KM = 29;
export const M_WEEK_SHARE = 0.15;
export const M_SESSION_MIN_MINUTES = 20;

/** Hill sprints: 8 × 30 s uphill, walk/jog down 90 s (Hudson, *Run Faster*; Daniels' hill work). */
export const HILL_REPS = 8;
export const HILL_REP_MINUTES = 0.5;
export const HILL_RECOVERY_MINUTES = 1.5;

/** Warm-up and cool-down at E, minutes (short versions when the daily cap is tight). */
export const WARMUP_MINUTES = 15;
export const COOLDOWN_MINUTES = 10;
export const SHORT_WARMUP_MINUTES = 10;
export const SHORT_COOLDOWN_MINUTES = 5;

export interface QualityContext {
  readonly date: string;
  /** Planned training minutes of the week (caps are shares of it). */
  readonly weekMinutes: number;
  /** Non-easy minutes the week may still take (80/20 budget). */
  readonly hardBudget: number;
  /** Longest this session may be, minutes (daily cap). */
  readonly room: number;
  readonly pace: PaceContext;
  readonly purpose: (key: PurposeKey) => string;
}

export interface QualityResult {
  readonly session: Session;
  /** Minutes of the session at a non-easy intensity. */
  readonly hardMinutes: number;
}

/**
 * A quality session of the given type that fits the week, or `undefined` when the week cannot hold one
 * (too little volume, 80/20 budget spent, daily cap too short).
 *
 * @example
 * qualitySession('T', { date: '2027-01-05', weekMinutes: 300, hardBudget: 60, room: 120, pace, purpose });
 * // tempo: 15 min E, 2 × 15 min… (30 min at T), 10 min E
 */
export function qualitySession(type: QualityType, ctx: QualityContext): QualityResult | undefined {
  const warm = ctx.room >= WARMUP_MINUTES + COOLDOWN_MINUTES + 20 ? WARMUP_MINUTES : SHORT_WARMUP_MINUTES;
  const cool = ctx.room >= WARMUP_MINUTES + COOLDOWN_MINUTES + 20 ? COOLDOWN_MINUTES : SHORT_COOLDOWN_MINUTES;
  const block = ctx.room - warm - cool;
  const built = BUILDERS[type](ctx, block);
  if (built === undefined) return undefined;
  const steps = [
    makeStep('warmup', 'E', warm, ctx.pace),
    ...built.steps,
    makeStep('cooldown', 'E', cool, ctx.pace),
  ];
  return {
    session: makeSession(ctx.date, built.kind, true, ctx.purpose(built.purpose), steps),
    hardMinutes: built.hard,
  };
}

interface Block {
  readonly kind: SessionKind;
  readonly purpose: PurposeKey;
  readonly steps: Step[];
  readonly hard: number;
}

const BUILDERS: Readonly<Record<QualityType, (ctx: QualityContext, block: number) => Block | undefined>> = {
  T: threshold,
  I: intervals,
  R: repetitions,
  M: marathonPace,
  hills,
};

function threshold(ctx: QualityContext, block: number): Block | undefined {
  const total = Math.floor(Math.min(ctx.weekMinutes * T_WEEK_SHARE, T_SESSION_MAX_MINUTES, ctx.hardBudget));
  if (total > T_STEADY_MAX_MINUTES) {
    for (let n = Math.max(2, Math.round(total / T_CRUISE_REP_MINUTES)); n >= 2; n--) {
      const rep = Math.floor(total / n);
      if (n * (rep + T_CRUISE_RECOVERY_MINUTES) <= block)
        return {
          kind: 'tempo',
          purpose: 'cruise',
          steps: [
            makeStep('rep', 'T', rep, ctx.pace, n),
            makeStep('recovery', 'E', T_CRUISE_RECOVERY_MINUTES, ctx.pace, n),
          ],
          hard: n * rep,
        };
    }
  }
  const steady = Math.min(total, T_STEADY_MAX_MINUTES, block);
  if (steady < T_SESSION_MIN_MINUTES) return undefined;
  return { kind: 'tempo', purpose: 'tempo', steps: [makeStep('run', 'T', steady, ctx.pace)], hard: steady };
}

function intervals(ctx: QualityContext, block: number): Block | undefined {
  const total = Math.min(ctx.weekMinutes * I_WEEK_SHARE, I_SESSION_MAX_MINUTES, ctx.hardBudget);
  const rep = total >= 20 ? 4 : 3;
  let n = Math.floor(total / rep);
  while (n >= I_MIN_REPS && n * rep * 2 > block) n--;
  if (n < I_MIN_REPS) return undefined;
  return {
    kind: 'intervals',
    purpose: 'intervals',
    steps: [makeStep('rep', 'I', rep, ctx.pace, n), makeStep('recovery', 'E', rep, ctx.pace, n)],
    hard: n * rep,
  };
}

function repetitions(ctx: QualityContext, block: number): Block | undefined {
  const repMinutes = (R_REP_KM * centralPace(ctx.pace.estimate, 'R')) / 60;
  const maxMinutes = (R_SESSION_MAX_KM * centralPace(ctx.pace.estimate, 'R')) / 60;
  const total = Math.min(ctx.weekMinutes * R_WEEK_SHARE, maxMinutes, ctx.hardBudget);
  let n = Math.min(R_MAX_REPS, Math.floor(total / repMinutes));
  const recovery = Math.round(repMinutes * R_RECOVERY_FACTOR * 100) / 100;
  const rep = Math.round(repMinutes * 100) / 100;
  while (n >= R_MIN_REPS && n * (rep + recovery) > block) n--;
  if (n < R_MIN_REPS) return undefined;
  return {
    kind: 'repetitions',
    purpose: 'repetitions',
    steps: [makeStep('rep', 'R', rep, ctx.pace, n), makeStep('recovery', 'E', recovery, ctx.pace, n)],
    hard: n * rep,
  };
}

function marathonPace(ctx: QualityContext, block: number): Block | undefined {
  const byKm = (M_SESSION_MAX_KM * centralPace(ctx.pace.estimate, 'M')) / 60;
  const total = Math.floor(
    Math.min(M_SESSION_MAX_MINUTES, byKm, ctx.weekMinutes * M_WEEK_SHARE, ctx.hardBudget, block),
  );
  if (total < M_SESSION_MIN_MINUTES) return undefined;
  return {
    kind: 'marathon-pace',
    purpose: 'marathon-pace',
    steps: [makeStep('run', 'M', total, ctx.pace)],
    hard: total,
  };
}

function hills(ctx: QualityContext, block: number): Block | undefined {
  const hard = HILL_REPS * HILL_REP_MINUTES;
  if (hard > ctx.hardBudget || HILL_REPS * (HILL_REP_MINUTES + HILL_RECOVERY_MINUTES) > block)
    return undefined;
  return {
    kind: 'hills',
    purpose: 'hills',
    steps: [
      makeStep('rep', 'R', HILL_REP_MINUTES, ctx.pace, HILL_REPS, { noPace: true }),
      makeStep('recovery', 'E', HILL_RECOVERY_MINUTES, ctx.pace, HILL_REPS),
    ],
    hard,
  };
}
