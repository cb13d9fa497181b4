/**
 * Where a week's quality goes: which sessions run midweek on which days, and whether the long run carries
 * the race-specific block in place of its session (only when no hard day sits next to the long day, so a
 * hard long run never makes two hard days in a row); and each midweek session at its ladder rung.
 */
import type { LongBlock } from './long-run-block.js';
import type { PurposeKey } from './purposes.js';
import type { QualityResult, QualityType } from './quality-sessions.js';
import { qualitySession } from './quality-sessions.js';
import type { Rungs } from './progression.js';
import type { PaceContext } from './steps.js';
import { chooseHardDays, circularGap } from './week-layout.js';
import type { Purpose } from './types.js';

export interface PlacementInput {
  readonly asked: readonly QualityType[];
  readonly longBlock?: LongBlock;
  /** The long run's weekday index this week (absent: no long run). */
  readonly longDay?: number;
  readonly candidates: readonly number[];
  /** Running days of the week. */
  readonly runDays: number;
}

export interface Placement {
  readonly longBlock?: LongBlock;
  /** Midweek sessions, in the order of `hardDays`. */
  readonly wanted: readonly QualityType[];
  readonly hardDays: number[];
}

/**
 * The week's quality placement.
 *
 * @example
 * placeQuality({ asked: ['M', 'T'], longBlock: 'M', longDay: 6, candidates: [0, 1, 2, 3, 4], runDays: 5 });
 * // { longBlock: 'M', wanted: ['T'], hardDays: [2] }
 */
export function placeQuality(o: PlacementInput): Placement {
  const pick = (wanted: readonly QualityType[]): number[] =>
    chooseHardDays(
      o.candidates,
      o.longDay,
      Math.max(0, Math.min(wanted.length, o.runDays - (o.longDay === undefined ? 0 : 1))),
    );
  const block =
    o.longDay !== undefined && o.longBlock !== undefined && o.asked.includes(o.longBlock)
      ? o.longBlock
      : undefined;
  if (block !== undefined && o.longDay !== undefined) {
    // The long run takes the first session of its type; a second of that type (the half's midweek T) stays.
    const at = o.asked.indexOf(block);
    const wanted = o.asked.filter((_, i) => i !== at);
    const hardDays = pick(wanted);
    const longDay = o.longDay;
    if (hardDays.every((d) => circularGap(d, longDay) >= 2)) return { longBlock: block, wanted, hardDays };
  }
  const midweek = [...new Set(o.asked)];
  return { wanted: midweek, hardDays: pick(midweek) };
}

export interface MidweekInput {
  readonly type: QualityType;
  readonly date: string;
  readonly weekKm: number;
  readonly hardBudget: number;
  readonly room: number;
  readonly pace: PaceContext;
  readonly purpose: (key: PurposeKey) => Purpose;
  /** Rungs the week asks for (absent: the highest the caps allow). */
  readonly rungs?: Rungs;
}

/**
 * A midweek quality session at its rung, or a threshold session when that type does not fit, with the
 * type it ran as; `undefined` when neither fits.
 *
 * @example
 * midweekQuality({ type: 'I', date, weekKm: 60, hardBudget: 60, room: 90, pace, purpose, rungs: { I: 1 } });
 */
export function midweekQuality(o: MidweekInput): { type: QualityType; result: QualityResult } | undefined {
  const build = (type: QualityType): QualityResult | undefined => {
    // A type the week did not plan for (a fallback) enters at the bottom of its ladder.
    const rung = o.rungs === undefined ? undefined : (o.rungs[type] ?? 0);
    return qualitySession(type, {
      date: o.date,
      weekKm: o.weekKm,
      hardBudget: o.hardBudget,
      room: o.room,
      pace: o.pace,
      purpose: o.purpose,
      ...(rung === undefined ? {} : { rung }),
    });
  };
  const own = build(o.type);
  if (own !== undefined) return { type: o.type, result: own };
  const fallback = o.type === 'T' ? undefined : build('T');
  return fallback === undefined ? undefined : { type: 'T', result: fallback };
}
