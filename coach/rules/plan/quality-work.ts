/**
 * The work of a quality session (without warm-up and cool-down) from a ladder (`quality-ladders.ts`): the
 * highest rung at or below the asked-for one whose reps fit Daniels' per-session distance cap
 * (`session-caps.ts`, DRF 3rd ed. ch. 4–5), the session's minute cap, the week's 80/20 budget and the
 * minutes the day leaves. Pure: minutes and km in, steps out.
 */
import type { PaceContext } from './steps.js';
import { makeStep, stepMinutes } from './steps.js';
import type { PurposeKey } from './purposes.js';
import type { Rung } from './quality-ladders.js';
import { intensityKm } from './session-caps.js';
import type { Intensity, Purpose, SessionKind, Step } from './types.js';

/** What a quality session is fitted into: its day, the week's km and 80/20 budget, the day's minutes. */
export interface QualityContext {
  readonly date: string;
  /** Planned km of the week (the distance caps are shares of it). */
  readonly weekKm: number;
  /** Non-easy minutes the week may still take (80/20 budget). */
  readonly hardBudget: number;
  /** Longest this session may be, minutes (daily cap). */
  readonly room: number;
  readonly pace: PaceContext;
  readonly purpose: (key: PurposeKey) => Purpose;
  /** Ladder rung asked for (absent: the highest that fits). */
  readonly rung?: number;
}

/** The work of a quality session, without warm-up and cool-down. */
export interface Block {
  readonly kind: SessionKind;
  readonly purpose: PurposeKey;
  readonly steps: Step[];
  readonly hard: number;
  readonly rung: number;
}

/** How one family's ladder rungs become work: intensity, reps, recoveries and the family's caps. */
export interface LadderSpec {
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
export function fromLadder(spec: LadderSpec, ctx: QualityContext, block: number): Block | undefined {
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

/**
 * The work of `reps` reps of `rep` minutes at the family's intensity (one continuous run when `reps` is 1),
 * each followed by the family's recovery jog; `hard` is the minutes at intensity.
 *
 * @example
 * repBlock(tSpec, ctx, 2, 10, 2, 'cruise'); // 2 × 10 min T, 2 × 2 min E jog; hard 20, rung 2
 */
export function repBlock(
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

/**
 * Whether the work keeps the family's distance cap, its minute cap and the week's 80/20 budget, and fits
 * in `block` minutes (with 1e-9 slack for float sums).
 *
 * @example
 * fits(tSpec, { ...ctx, hardBudget: 15 }, twoByTen, 40); // false: 20 hard minutes over a budget of 15
 */
export function fits(spec: LadderSpec, ctx: QualityContext, b: Block, block: number): boolean {
  return (
    intensityKm(b, spec.intensity) <= spec.capKm + 1e-9 &&
    b.hard <= Math.min(spec.capMinutes, ctx.hardBudget) + 1e-9 &&
    b.steps.reduce((sum, st) => sum + stepMinutes(st), 0) <= block + 1e-9
  );
}
