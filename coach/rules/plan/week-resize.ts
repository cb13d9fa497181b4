/**
 * Re-sizing one week around `allocate` (build-week.ts): against its real total for Daniels' caps and the
 * 80/20 budget, and around the long run when the easy runs' caps (easy-days.ts) bind.
 */
import { sessionCapsHold, trainingKm } from './session-caps.js';
import { centralPace, isEasyIntensity, stepMinutes } from './steps.js';
import type { QualityType } from './quality-sessions.js';
import type { BuiltWeek, WeekSpec } from './week-spec.js';
import { MAX_RESIZE_ATTEMPTS, MIN_EASY_SHARE } from './week-spec.js';

/** A week as `allocate` lays it out, with what re-sizing needs to know. */
export interface AllocatedWeek extends BuiltWeek {
  /** The easy runs' caps left minutes unplaced. */
  readonly easyCapped: boolean;
  /** The long run was cut after the easy runs were sized beside it. */
  readonly longCut: boolean;
}

export type Allocate = (
  spec: WeekSpec,
  asked: readonly QualityType[],
  capBasis: number,
  kmBasis: number,
) => AllocatedWeek;

/**
 * Builds a week with `allocate`, re-sizing it until Daniels' caps and the 80/20 budget hold against its real
 * total (then all easy if they never do).
 *
 * @example
 * resizeWeek(spec, allocate); // the week `buildWeek` returns
 */
export function resizeWeek(spec: WeekSpec, allocate: Allocate): BuiltWeek {
  let capBasis = spec.target;
  // Distance caps are shares of the week's km, first estimated at easy pace, then the week's real km.
  let kmBasis = (spec.target * 60) / centralPace(spec.pace.estimate, 'E');
  for (let attempt = 0; attempt < MAX_RESIZE_ATTEMPTS; attempt++) {
    const week = allocateTopped(spec, allocate, spec.quality, capBasis, kmBasis);
    const km = trainingKm(week.sessions);
    const capsHold = week.sessions.every((s) => sessionCapsHold(s, km));
    const hardHolds = hardShareHolds(week);
    if (capsHold && hardHolds) return week;
    if (!hardHolds) capBasis = Math.min(capBasis - 1, Math.floor(week.minutes));
    if (!capsHold) kmBasis = Math.min(kmBasis * 0.97, km);
  }
  return allocateTopped(spec, allocate, [], spec.target, kmBasis);
}

/**
 * `allocate`, and when the easy runs' caps left minutes unplaced in a week of three or more sessions, the
 * long run takes them, within its own cap (`longCap`) and `LONG_RUN_FLOOR_MAX_SHARE` of the week (Higdon's
 * three- and four-day plans: the long run about half the week). Otherwise the week stays smaller than its
 * target — with three days it would shrink week after week.
 */
function allocateTopped(
  spec: WeekSpec,
  allocate: Allocate,
  asked: readonly QualityType[],
  capBasis: number,
  kmBasis: number,
): BuiltWeek {
  let week = allocate(spec, asked, capBasis, kmBasis);
  // A long run cut after the easy runs were sized from it: size them again beside the shorter one.
  for (let i = 0; i < MAX_RESIZE_ATTEMPTS && week.longCut; i++) {
    const cut = week.longMinutes;
    week = allocate(
      { ...spec, longCap: cut, longFloor: Math.min(spec.longFloor ?? 0, cut) },
      asked,
      capBasis,
      kmBasis,
    );
  }
  for (let i = 0; i < MAX_RESIZE_ATTEMPTS && week.easyCapped && week.sessions.length >= 3; i++) {
    const long = Math.min(spec.longCap, week.longMinutes + Math.floor((spec.target - week.minutes) / 2));
    if (week.longMinutes === 0 || long <= week.longMinutes) break;
    const next = allocate(
      { ...spec, longFloor: Math.max(spec.longFloor ?? 0, long) },
      asked,
      capBasis,
      kmBasis,
    );
    if (next.minutes > spec.target || next.longMinutes <= week.longMinutes) break;
    week = next;
  }
  const { easyCapped: _capped, longCut: _cut, ...built } = week;
  return built;
}

function hardShareHolds(week: BuiltWeek): boolean {
  let hard = 0;
  for (const s of week.sessions)
    for (const st of s.steps) if (!isEasyIntensity(st.intensity)) hard += stepMinutes(st);
  return hard <= week.minutes * (1 - MIN_EASY_SHARE) + 1e-9;
}
