/**
 * Race-specific long runs: late in a marathon build the long run carries a marathon-pace segment
 * (Pfitzinger & Douglas, *Advanced Marathoning*, 2nd ed.: 8–14 mi at MP inside the long run; Daniels' 2Q
 * marathon plans, DRF 3rd ed. ch. 16: long runs with M segments), and late in a half-marathon build it
 * carries threshold blocks, the half's race effort lying between M and T (DRF ch. 4, 15). Such a long run is
 * a hard day: its work counts in the 80/20 budget and in the M and T caps.
 */
import type { PurposeKey } from './purposes.js';
import type { Rung } from './quality-ladders.js';
import { M_LONG_LADDER, T_LADDER } from './quality-ladders.js';
import type { QualityContext } from './quality-sessions.js';
import { qualityBlock } from './quality-sessions.js';
import { M_SESSION_MAX_KM, M_SESSION_MAX_MINUTES } from './session-caps.js';
import type { PaceContext } from './steps.js';
import { centralPace, makeSession, makeStep } from './steps.js';
import type { GoalDistance, Phase, Purpose, Session, Step } from './types.js';

/**
 * M km of the segment as a share of the week's km (Daniels caps M running at about 20 % of the week;
 * runloop applies it to the segment inside the long run).
 */
export const M_LONG_WEEK_SHARE = 0.2;
/**
 * Below the ladder's first rung (8 km) a segment of what the caps allow runs when it is at least this many
 * km (about 3 mi: runloop's floor for lower-volume marathoners, who cannot yet hold Pfitzinger's 8 mi).
 */
export const M_LONG_MIN_KM = 5;
/**
 * Hard minutes the long run's block leaves in the week's 80/20 budget for each midweek quality session: the
 * work of the T ladder's first rung (3 × 5 min), so a long block never leaves the midweek Q (Daniels' Q2)
 * with nothing.
 */
export const MIDWEEK_RESERVE_MINUTES = (T_LADDER[0] as Rung).reps * (T_LADDER[0] as Rung).size;
/** Easy running before the segment, at least, minutes (a warm-up inside the long run). */
export const LONG_BLOCK_MIN_E_BEFORE = 20;
/** Easy running after the segment, at least, minutes (a cool-down inside the long run). */
export const LONG_BLOCK_MIN_E_AFTER = 10;

/** The work a race-specific long run carries: M for the marathon, T blocks for the half. */
export type LongBlock = 'M' | 'T';

/**
 * Which block, if any, the week's long run carries: race-specific, non-down weeks of a marathon (M) or
 * half marathon (T).
 *
 * @example
 * longBlockFor('marathon', 'race-specific', false); // 'M'
 * longBlockFor('marathon', 'build', false);         // undefined
 */
export function longBlockFor(goal: GoalDistance, phase: Phase, downWeek: boolean): LongBlock | undefined {
  if (phase !== 'race-specific' || downWeek) return undefined;
  return goal === 'marathon' ? 'M' : goal === 'half' ? 'T' : undefined;
}

export interface LongBlockInput {
  readonly date: string;
  /** The long run's total minutes. */
  readonly minutes: number;
  readonly block: LongBlock;
  readonly weekKm: number;
  readonly hardBudget: number;
  readonly pace: PaceContext;
  readonly purpose: (key: PurposeKey) => Purpose;
  /** Ladder rung asked for (M: `M_LONG_LADDER`, T: `T_LADDER`; absent: the highest that fits). */
  readonly rung?: number;
}

export interface LongBlockResult {
  readonly session: Session;
  readonly hardMinutes: number;
  readonly rung: number;
}

/**
 * The long run with its block, `minutes` long in all, or `undefined` when the block does not fit (the
 * long run then stays easy).
 *
 * @example
 * longRunWithBlock({ date, minutes: 140, block: 'M', weekKm: 70, hardBudget: 80, pace, purpose, rung: 1 });
 * // 40 min E, 10 km at M, E to 140 min
 */
export function longRunWithBlock(o: LongBlockInput): LongBlockResult | undefined {
  const room = o.minutes - LONG_BLOCK_MIN_E_BEFORE - LONG_BLOCK_MIN_E_AFTER;
  if (room <= 0) return undefined;
  const work = o.block === 'M' ? marathonSegment(o, room) : thresholdBlocks(o, room);
  if (work === undefined) return undefined;
  const workMinutes = work.steps.reduce((s, st) => s + (st.minutes ?? 0) * (st.repeat ?? 1), 0);
  const easy = o.minutes - workMinutes;
  // The work sits in the second half: about two thirds of the easy running before it.
  const after = Math.max(LONG_BLOCK_MIN_E_AFTER, Math.floor(easy / 3));
  const steps: Step[] = [
    makeStep('run', 'E', easy - after, o.pace),
    ...work.steps,
    makeStep('cooldown', 'E', after, o.pace),
  ];
  const key: PurposeKey = o.block === 'M' ? 'long-marathon-pace' : 'long-threshold';
  return {
    session: makeSession(o.date, 'long', true, o.purpose(key), steps),
    hardMinutes: work.hard,
    rung: work.rung,
  };
}

interface Work {
  readonly steps: Step[];
  readonly hard: number;
  readonly rung: number;
}

function marathonSegment(o: LongBlockInput, room: number): Work | undefined {
  const m = centralPace(o.pace.estimate, 'M');
  const capKm = Math.min(M_SESSION_MAX_KM, M_LONG_WEEK_SHARE * o.weekKm);
  const capMinutes = Math.min(M_SESSION_MAX_MINUTES, o.hardBudget, room);
  const top = M_LONG_LADDER.length - 1;
  for (let r = Math.min(o.rung ?? top, top); r >= 0; r--) {
    const rung = M_LONG_LADDER[r] as Rung;
    const minutes = Math.floor((rung.size * m) / 60);
    const step = makeStep('run', 'M', minutes, o.pace);
    if ((step.km ?? 0) <= capKm + 1e-9 && minutes <= capMinutes)
      return { steps: [step], hard: minutes, rung: r };
  }
  // Below the first rung: what the caps allow, when that is a segment worth running.
  const minutes = Math.floor(
    Math.min((capKm * m) / 60, capMinutes, ((M_LONG_LADDER[0] as Rung).size * m) / 60),
  );
  const step = makeStep('run', 'M', minutes, o.pace);
  if ((step.km ?? 0) < M_LONG_MIN_KM || (step.km ?? 0) > capKm + 1e-9) return undefined;
  return { steps: [step], hard: minutes, rung: -1 };
}

function thresholdBlocks(o: LongBlockInput, room: number): Work | undefined {
  const ctx: QualityContext = {
    date: o.date,
    weekKm: o.weekKm,
    hardBudget: o.hardBudget,
    room,
    pace: o.pace,
    purpose: o.purpose,
    ...(o.rung === undefined ? {} : { rung: o.rung }),
  };
  const b = qualityBlock('T', ctx, room);
  // Only reps count as blocks: a single steady tempo below the ladder stays a midweek session.
  if (b === undefined || b.rung < 0) return undefined;
  return { steps: b.steps, hard: b.hard, rung: b.rung };
}
