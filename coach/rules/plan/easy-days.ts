/**
 * How a week's easy minutes are shared among its easy days: a short recovery run the day after a hard
 * session or the long run, general-aerobic runs on the other days, and for marathon (and advanced half)
 * weeks with enough days one medium-long run midweek (Pfitzinger & Douglas, *Advanced Marathoning*:
 * recovery, general-aerobic and medium-long runs; SCIENCE.md "Plan shape").
 */
import { circularGap } from './week-layout.js';

/**
 * A recovery run is this share of the week's general-aerobic run (Pfitzinger's 18/55 schedules: recovery
 * runs of 4–5 mi beside general-aerobic runs of 7–10 mi, i.e. about half to two thirds).
 */
export const RECOVERY_SHARE_OF_GENERAL = 0.6;
/** Longest recovery run, minutes (Pfitzinger & Douglas: recovery runs of 4–6 mi, about 30–45 min). */
export const RECOVERY_MAX_MINUTES = 45;
/**
 * A general-aerobic run is at most this share of the week's long run (Pfitzinger's 18/55 and 18/70:
 * general-aerobic runs of 7–10 mi beside long runs of 16–22 mi), so the long run stays the only long one.
 */
export const GENERAL_SHARE_OF_LONG = 0.6;
/**
 * With three or fewer running days a general-aerobic run may be this share of the long run: the two runs
 * beside a long run of 40 % of the week (`LONG_RUN_SHARE_FEW_DAYS.three`) carry 30 % each, i.e. 75 % of it
 * (Higdon's three-day novice weeks: 3–5 mi runs beside a 6–10 mi long run). Pfitzinger's 60 % is for weeks
 * of five days or more; with 60 % a three-day week could not hold its own target and would shrink each week.
 */
export const GENERAL_SHARE_OF_LONG_FEW_DAYS = 0.75;

/**
 * Most a general-aerobic run may be of the week's long run, by running days.
 *
 * @example
 * generalShareOfLong(5); // 0.6
 * generalShareOfLong(3); // 0.75
 */
export function generalShareOfLong(runDays: number): number {
  return runDays <= 3 ? GENERAL_SHARE_OF_LONG_FEW_DAYS : GENERAL_SHARE_OF_LONG;
}
/**
 * The runner's usual run today, minutes: their current week over the days it is run on. A general-aerobic
 * run may always be this long (up to the long run), so the easy-run caps never cut a runner below the
 * volume they already run (start from the runner, SCIENCE.md "Plan shape").
 *
 * @example
 * usualRunMinutes({ currentWeekMinutes: 240 }, 4); // 60
 */
export function usualRunMinutes(a: { readonly currentWeekMinutes: number }, runDays: number): number {
  return a.currentWeekMinutes / Math.max(1, runDays);
}

/** A medium-long run is at most this share of the week's long run (Pfitzinger: 11–15 mi beside 16–22 mi). */
export const MEDIUM_LONG_SHARE_OF_LONG = 0.7;
/** Longest medium-long run, km (Pfitzinger: 15 mi). */
export const MEDIUM_LONG_MAX_KM = 24;
/** Fewest running days a week that carries a medium-long run (it needs room beside the long run and quality). */
export const MEDIUM_LONG_MIN_RUN_DAYS = 5;
/** A medium-long run appears once the week's long run is at least this long, minutes (runloop's choice). */
export const MEDIUM_LONG_MIN_LONG_MINUTES = 90;

/**
 * Roles of the easy days. `pre-long` is the day before the long run: a general-aerobic run (strides
 * allowed) sized like a recovery run, never a second long run (Pfitzinger: the medium-long run sits
 * midweek, the day before the long run is short).
 */
export type EasyRole = 'general' | 'recovery' | 'pre-long' | 'medium-long';

export interface EasyDay {
  readonly day: number;
  minutes: number;
  readonly role: EasyRole;
}

export interface EasyDaysSpec {
  /** Easy days (week offsets), ascending; the pre-race shakeout is not among them. */
  readonly days: readonly number[];
  /** Days holding a quality session or the long run (a recovery run follows them). */
  readonly hardDays: readonly number[];
  /** The long-run day, when the week has a long run. */
  readonly longDay?: number;
  /** Minutes to share among `days`. */
  readonly minutes: number;
  /** Longest a general-aerobic run may be, minutes (with a long run: at most `generalShareOfLong` of it). */
  readonly cap: number;
  /** Shortest run, minutes. */
  readonly min: number;
  /** Minutes wanted for the medium-long run (0: none this week). */
  readonly mediumLong: number;
  /** Alternate recovery and general-aerobic runs (false: every easy day the same). */
  readonly alternate: boolean;
}

/**
 * Sizes the easy days of one week. Never more than `minutes` in all; whole minutes. A general-aerobic run
 * is at most `cap`; a recovery run at most `RECOVERY_SHARE_OF_GENERAL` of it and `RECOVERY_MAX_MINUTES`;
 * the day before the long run at most `RECOVERY_SHARE_OF_GENERAL` of it. Minutes those caps leave over stay
 * unplaced: the week comes out smaller rather than a run stretched.
 *
 * @example
 * sizeEasyDays({ days: [0, 3], hardDays: [1, 6], longDay: 6, minutes: 100, cap: 80, min: 15,
 *   mediumLong: 0, alternate: true }); // Mon recovery 37', Thu general 62'
 */
export function sizeEasyDays(spec: EasyDaysSpec): EasyDay[] {
  const { days, min } = spec;
  if (days.length === 0) return [];
  let mlDay: number | undefined;
  if (spec.mediumLong > 0 && days.length >= 2 && spec.longDay !== undefined) {
    const longDay = spec.longDay;
    // Never beside a quality day: the day after one is a recovery run, and a medium-long run the day
    // before one would make three demanding days in a row (hard/easy, Pfitzinger & Douglas; Daniels).
    const quality = spec.hardDays.filter((h) => h !== longDay);
    const candidates = days.filter(
      (d) => circularGap(d, longDay) >= 2 && quality.every((h) => circularGap(d, h) >= 2),
    );
    let best = -1;
    for (const d of candidates) {
      const gap = circularGap(d, longDay);
      if (gap > best) {
        best = gap;
        mlDay = d;
      }
    }
  }
  const others = days.filter((d) => d !== mlDay);
  const afterHard = (d: number): boolean => spec.hardDays.includes((d + 6) % 7);
  const preLongDay = spec.alternate && spec.longDay !== undefined ? (spec.longDay + 6) % 7 : undefined;
  let recovery = spec.alternate ? others.filter(afterHard) : [];
  const preLong = others.filter((d) => d === preLongDay && !recovery.includes(d));
  // Alternate: at least one general-aerobic (or medium-long) run stays in the week, unless the only easy
  // day is the eve of the long run (it stays short).
  if (mlDay === undefined && !others.includes(preLongDay ?? -1) && recovery.length === others.length)
    recovery = [];
  const short = [...recovery, ...preLong];
  const general = others.filter((d) => !short.includes(d));

  const shares = (ml: number): { g: number; r: number; p: number } => {
    const left = spec.minutes - ml;
    let g = Math.min(spec.cap, left / (general.length + RECOVERY_SHARE_OF_GENERAL * short.length));
    let p = RECOVERY_SHARE_OF_GENERAL * g;
    if (short.length > 0 && p < min) {
      p = Math.min(min, left / others.length);
      g =
        general.length === 0
          ? p
          : Math.max(p, Math.min(spec.cap, (left - p * short.length) / general.length));
    }
    // A recovery run stops at its own ceiling; what that leaves goes to the general runs, up to their cap.
    const r = Math.min(p, Math.max(RECOVERY_MAX_MINUTES, min));
    if (general.length > 0 && r < p) g = Math.min(spec.cap, g + ((p - r) * recovery.length) / general.length);
    return { g: Math.floor(g), r: Math.floor(r), p: Math.floor(p) };
  };
  let ml = 0;
  if (mlDay !== undefined) {
    // At most twice the general-aerobic run it leaves beside it, so the other days stay real runs.
    const d = general.length + RECOVERY_SHARE_OF_GENERAL * short.length;
    ml = Math.floor(
      Math.min(spec.mediumLong, spec.minutes - others.length * min, (2 * spec.minutes) / (d + 2)),
    );
    // Worth its name only when longer than the general-aerobic runs it sits beside.
    if (ml <= shares(ml).g) {
      others.push(mlDay);
      others.sort((a, b) => a - b);
      general.push(mlDay);
      mlDay = undefined;
      ml = 0;
    }
  }
  const { g, r, p } = shares(ml);
  const out: EasyDay[] = others.map((day) =>
    recovery.includes(day)
      ? { day, minutes: r, role: 'recovery' as const }
      : preLong.includes(day)
        ? { day, minutes: p, role: 'pre-long' as const }
        : { day, minutes: g, role: 'general' as const },
  );
  // Whole minutes lost to rounding go to the general runs, one each, within their cap.
  let spare = Math.floor(spec.minutes - ml - out.reduce((t, e) => t + e.minutes, 0));
  for (const e of out)
    if (spare > 0 && e.role === 'general' && e.minutes + 1 <= spec.cap) {
      e.minutes += 1;
      spare--;
    }
  if (mlDay !== undefined) out.push({ day: mlDay, minutes: ml, role: 'medium-long' });
  return out.sort((a, b) => a.day - b.day);
}
