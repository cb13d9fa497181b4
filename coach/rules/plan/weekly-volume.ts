/**
 * Weekly volume progression in minutes of training (the race itself excluded). Each week's target is
 * computed from what the weeks before it actually came to, so caps further down (daily limits, session
 * minimums) can never push a later week past the ramp rule.
 */
import type { Level } from './plan-input.js';
import type { GoalDistance } from './types.js';

/**
 * Largest week-over-week rise over the highest previous week: the "10 % rule" (a convention, Buist et al.
 * 2008; Nielsen et al. 2014 JOSPT linked > 30 % over two weeks with injury in novices).
 */
export const RAMP_RATE = 0.1;
/** Gentle track (beginners, masters, injury history): a slower ramp, runloop's choice. */
export const GENTLE_RAMP_RATE = 0.06;

/** A down week every 4th week, or every 3rd on the gentle track (common practice: Pfitzinger, Higdon). */
export const DOWN_WEEK_EVERY = 4;
export const GENTLE_DOWN_WEEK_EVERY = 3;
/** A down week keeps this share of the week before it (≥ 20 % lighter; common practice cuts 20–30 %). */
export const DOWN_WEEK_FRACTION = 0.75;

/**
 * Smallest weekly volume a plan starts from, minutes: three 20-minute run/walk sessions (couch-to-5K). A
 * runner below it starts on run/walk whose running part stays within their volume + 10 % (build-plan.ts).
 */
export const MIN_START_WEEK_MINUTES = 60;

/**
 * Typical peak weekly volume per goal and level, minutes: runloop's reading of typical plans (Daniels' 2Q and
 * novice programmes; Pfitzinger 55–70 mi marathon plans scaled to time). The peak follows the runner's
 * current volume: this is only where, inside `PEAK_GROWTH`, it settles.
 */
export const PEAK_WEEK_MINUTES: Readonly<Record<GoalDistance, Readonly<Record<Level, number>>>> = {
  '5k': { beginner: 150, intermediate: 240, advanced: 330 },
  '10k': { beginner: 180, intermediate: 270, advanced: 380 },
  half: { beginner: 210, intermediate: 320, advanced: 450 },
  marathon: { beginner: 270, intermediate: 390, advanced: 540 },
  fitness: { beginner: 150, intermediate: 210, advanced: 300 },
};

/**
 * How far the peak week rises over the runner's current week over a full build, as a share: +40–80 %
 * (issue 9; Pfitzinger's 18-week plans ask for 25–30 mi before a 55 mi peak, Higdon's Novice 1 goes from
 * 15 to 40 mi). The ramp rule decides how much of it a shorter plan reaches.
 */
export const PEAK_GROWTH = { min: 0.4, max: 0.8 } as const;
/**
 * Most a half or marathon peak may rise over the current week so that the peak week holds the goal's long
 * run: +80 %, the top of `PEAK_GROWTH` (issue 9: +40–80 % over a full build). A runner whose week cannot
 * hold the goal's long run at +80 % gets a long run of up to half the week instead (`LONG_RUN_FLOOR_MAX_SHARE`),
 * or the refusal when even that is short.
 */
export const PEAK_GROWTH_FOR_LONG_RUN = PEAK_GROWTH.max;
/**
 * Highest peak week per goal, minutes: above the 18/85 end of Pfitzinger's marathon plans (≈ 85 mi,
 * 10–11 h) for the marathon, less for shorter goals (runloop's choice). A runner already above it holds.
 */
export const PEAK_CEILING_MINUTES: Readonly<Record<GoalDistance, number>> = {
  '5k': 480,
  '10k': 540,
  half: 600,
  marathon: 720,
  fitness: 420,
};
/** Full build weeks at the end of the build the ramp leaves at the peak (so the peak is not a single week). */
export const PEAK_HOLD_WEEKS = 2;

/** Peak volume is trimmed by this factor for a runner with a recent or recurring injury. */
export const INJURY_PEAK_FACTOR = 0.9;

/**
 * Taper week volumes as shares of the peak training week, by taper length (race week last; the race is
 * extra). Volume falls to ≤ 60–70 % of peak while intensity stays (Mujika & Padilla 2003; Bosquet et al.
 * 2007 meta-analysis: −41–60 % volume over ~2 weeks, intensity kept).
 */
export const TAPER_FRACTIONS: Readonly<Record<number, readonly number[]>> = {
  1: [0.55],
  2: [0.7, 0.45],
  3: [0.8, 0.65, 0.45],
};

/**
 * The volume the first full week starts at, minutes: the runner's current volume (never more: the rule
 * allows +10 %, runloop starts at +0 %), at least `MIN_START_WEEK_MINUTES`.
 *
 * @example
 * startWeekMinutes(150); // 150
 * startWeekMinutes(0);   // 60
 */
export function startWeekMinutes(currentWeekMinutes: number): number {
  return Math.max(MIN_START_WEEK_MINUTES, Math.floor(currentWeekMinutes));
}

/**
 * The peak training week a plan builds to, minutes: the level's typical peak, kept within +40–80 % of the
 * start (`PEAK_GROWTH`; a low-volume runner may reach the goal's beginner peak), raised (up to `PEAK_GROWTH_FOR_LONG_RUN`) to the week that holds the goal's long
 * run, never above the goal's ceiling nor below the start.
 *
 * @param holdsLongRun minutes of week that hold the goal's longest long run (0: no such need)
 * @example
 * peakWeekMinutes('half', 'intermediate', 150, false); // 270 (the typical 320, capped at +80 % of 150)
 * peakWeekMinutes('marathon', 'advanced', 600, false); // 720 (+40 % is 840: the ceiling)
 */
export function peakWeekMinutes(
  goal: GoalDistance,
  level: Level,
  startMinutes: number,
  injured: boolean,
  holdsLongRun = 0,
): number {
  const typical = PEAK_WEEK_MINUTES[goal][level];
  // A runner with little volume may still grow to the beginner's typical peak (Higdon's novice plans).
  const byVolume = Math.min(
    Math.max(typical, startMinutes * (1 + PEAK_GROWTH.min)),
    Math.max(startMinutes * (1 + PEAK_GROWTH.max), PEAK_WEEK_MINUTES[goal].beginner),
  );
  const forLong = Math.min(holdsLongRun, startMinutes * (1 + PEAK_GROWTH_FOR_LONG_RUN));
  const peak = Math.min(PEAK_CEILING_MINUTES[goal], Math.max(byVolume, forLong));
  return Math.max(Math.floor(peak * (injured ? INJURY_PEAK_FACTOR : 1)), startMinutes);
}

/**
 * The weekly ramp that reaches `peak` from `start` over the full build weeks, `PEAK_HOLD_WEEKS` before
 * their end, instead of reaching it early and repeating the same week: at most `rate`. Called again each
 * week from the highest week so far (`fromWeek`: the current full week's number), so weeks that held their
 * volume (a new intensity, a down week) are made up by the weeks left, never by more than `rate`.
 *
 * @param fullBuildWeeks full (not partial) weeks before the taper
 * @param fromWeek the full build week (1-based) the ramp is counted from (default: the first)
 * @example
 * spreadRamp(200, 300, 16, false, 0.1); // ≈ 0.05 (10 ramping weeks)
 * spreadRamp(250, 300, 16, false, 0.1, 12); // 0.1 (capped: one ramping week left)
 */
export function spreadRamp(
  start: number,
  peak: number,
  fullBuildWeeks: number,
  gentle: boolean,
  rate: number,
  fromWeek = 2,
): number {
  let ramps = 0;
  for (let n = Math.max(2, fromWeek); n <= fullBuildWeeks - PEAK_HOLD_WEEKS; n++)
    if (!isDownWeek(n, gentle) && !isDownWeek(n - 1, gentle)) ramps++;
  if (ramps === 0 || peak <= start) return rate;
  return Math.min(rate, (peak / start) ** (1 / ramps) - 1);
}

/** What the volume rule needs to know about the weeks built so far (training minutes, race excluded). */
export interface VolumeHistory {
  /** Highest full week so far (0 before the first full week). */
  readonly highest: number;
  /** The previous week's training minutes (0 before the first week). */
  readonly previous: number;
  /** Whether the previous week was a down week. */
  readonly previousWasDown: boolean;
}

/**
 * Target training minutes for a full build week.
 *
 * - first full week: the start volume;
 * - a down week: `DOWN_WEEK_FRACTION` of the week before;
 * - after a down week: back to the highest week so far (the pre-down level);
 * - otherwise: up by the ramp rate over the highest week so far, never past the peak.
 *
 * @example
 * buildWeekTarget({ highest: 200, previous: 200, previousWasDown: false }, { down: false, start: 150, peak: 320, rate: 0.1 }); // 220
 */
export function buildWeekTarget(
  history: VolumeHistory,
  week: { readonly down: boolean; readonly start: number; readonly peak: number; readonly rate: number },
): number {
  if (history.highest === 0) return week.start;
  if (week.down) return Math.floor(history.previous * DOWN_WEEK_FRACTION);
  // After a down week the ramp resumes from the highest week (the 10 % rule is over the highest week;
  // Pfitzinger & Douglas: a recovery week is followed by a new high).
  return Math.max(
    Math.min(week.peak, Math.floor(history.highest * (1 + week.rate))),
    Math.min(history.highest, week.peak),
  );
}

/**
 * Target training minutes for taper week `index` (0-based) of a `length`-week taper.
 *
 * @example
 * taperWeekTarget(400, 2, 3); // 180 (45 % of a 400-minute peak, race week of a 3-week taper)
 */
export function taperWeekTarget(peakMinutes: number, index: number, length: number): number {
  const fractions = TAPER_FRACTIONS[length];
  const f = fractions?.[index];
  if (f === undefined) throw new Error(`no taper fraction for week ${index} of ${length}`);
  return Math.floor(peakMinutes * f);
}

/**
 * Whether the `n`-th full build week (1-based) is a down week.
 *
 * @example
 * isDownWeek(4, false); // true
 * isDownWeek(3, true);  // true
 */
export function isDownWeek(n: number, gentle: boolean): boolean {
  return n > 0 && n % (gentle ? GENTLE_DOWN_WEEK_EVERY : DOWN_WEEK_EVERY) === 0;
}
