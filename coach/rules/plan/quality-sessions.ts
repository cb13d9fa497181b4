/**
 * Quality (hard) sessions: a warm-up, the work of one ladder rung (`quality-ladders.ts`, `quality-blocks.ts`),
 * a cool-down. The work keeps Daniels' per-session caps in distance (`session-caps.ts`, DRF 3rd ed. ch. 4–5),
 * the week's 80/20 budget and the day's time; when the asked-for rung does not fit, the highest rung below it
 * that does is run, and below rung 0 a shorter fallback (steady tempo, fewer reps) or nothing.
 */
import { makeSession, makeStep } from './steps.js';
import type { QualityType } from './quality-blocks.js';
import { qualityBlock } from './quality-blocks.js';
import type { Block, QualityContext } from './quality-work.js';
import type { Session } from './types.js';

export type { QualityType } from './quality-blocks.js';
export {
  HILL_RECOVERY_MINUTES,
  I_MIN_REPS,
  M_WEEK_SHARE,
  R_MIN_REPS,
  R_RECOVERY_FACTOR,
  T_SESSION_MAX_MINUTES,
  T_SESSION_MIN_MINUTES,
  T_STEADY_MAX_MINUTES,
  qualityBlock,
} from './quality-blocks.js';
export type { Block, QualityContext } from './quality-work.js';

/** Warm-up and cool-down at E, minutes (short versions when the daily cap is tight). */
export const WARMUP_MINUTES = 15;
export const COOLDOWN_MINUTES = 10;
export const SHORT_WARMUP_MINUTES = 10;
export const SHORT_COOLDOWN_MINUTES = 5;

export interface QualityResult {
  readonly session: Session;
  /** Minutes of the session at a non-easy intensity. */
  readonly hardMinutes: number;
  /** Ladder rung run (−1: below the ladder). */
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
