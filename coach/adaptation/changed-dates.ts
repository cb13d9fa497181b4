/**
 * The days a stored decision changed: an adaptation changes the session on its `date`; a runner-asked
 * schedule change (a move touches two days, a cut week several) lists them in `after.changedDates`.
 * "Keep original" restores each of them.
 */
import type { Decision } from '../rules/decision.js';

/**
 * The ISO dates whose sessions `decision` changed.
 *
 * @example
 * changedDates({ rule: 'schedule.move-session', date: '2026-12-13', after: { changedDates: ['2026-12-13', '2026-12-12'] }, … });
 * // ['2026-12-13', '2026-12-12']
 */
export function changedDates(decision: Decision): readonly string[] {
  const after = decision.after as { changedDates?: unknown } | null | undefined;
  const listed = after?.changedDates;
  if (Array.isArray(listed)) {
    const dates = listed.filter((d): d is string => typeof d === 'string');
    if (dates.length > 0) return dates;
  }
  return [decision.date];
}
