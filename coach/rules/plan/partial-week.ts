/**
 * A partial first week (the plan's first week begins before the start date): the start week's own
 * sessions on the days left, never longer ones (review #14: a single 54' run before 45' easy runs, or
 * 3 × 46' with no long run before a week of 40' runs).
 */
import type { BuiltWeek, WeekSpec } from './week-spec.js';

/**
 * Builds the whole week at the start week's volume (`startMinutes`), as if it began on its first day, and
 * keeps the sessions on or after the start date (the long run among them when its day is left). When none
 * is left (the full week dropped those days), the days left share `spec.target` with no session longer
 * than the start week's longest run besides the long run.
 *
 * @example
 * partialFirstWeek(spec, 219, buildWeek); // Mon easy 45' alone, as the 219-minute start week has it
 */
export function partialFirstWeek(
  spec: WeekSpec,
  startMinutes: number,
  build: (spec: WeekSpec) => BuiltWeek,
): BuiltWeek {
  const a = spec.athlete;
  const full = build({ ...spec, athlete: { ...a, startDate: spec.weekStart }, target: startMinutes });
  const kept = full.sessions.filter((s) => s.date >= a.startDate);
  if (kept.length > 0) {
    const long = kept.find((s) => s.kind === 'long');
    return {
      sessions: kept,
      minutes: Math.round(kept.reduce((sum, s) => sum + s.minutes, 0) * 10) / 10,
      longMinutes: long === undefined ? 0 : full.longMinutes,
      easyRuns: [],
      rungs: kept.some((s) => s.hard) ? full.rungs : {},
    };
  }
  const others = full.sessions.filter((s) => s.kind !== 'long').map((s) => s.minutes);
  const ceiling = others.length === 0 ? full.longMinutes : Math.max(...others);
  return build({
    ...spec,
    ...(ceiling > 0 ? { sessionCeiling: Math.min(spec.sessionCeiling ?? ceiling, ceiling) } : {}),
  });
}
