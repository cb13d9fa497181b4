/**
 * One week of sessions from a volume target: lay out the days, size the long run, fit quality sessions
 * inside Daniels' caps and the 80/20 budget, and share what is left among easy runs. The result never
 * exceeds the target; when caps measured against the real total fail (easy runs capped short of the
 * target), the quality sessions are resized against the real total and the week rebuilt.
 */
import { addDays } from '../calendar/add-days.js';
import { daysBetween } from '../calendar/days-between.js';
import type { Athlete } from './athlete.js';
import { dayCapMinutes } from './athlete.js';
import {
  STRIDES,
  STRIDES_MIN_SESSION_MINUTES,
  easySession,
  longSession,
  shakeoutSession,
} from './easy-sessions.js';
import { aerobicSession } from './aerobic-sessions.js';
import {
  MEDIUM_LONG_MIN_LONG_MINUTES,
  MEDIUM_LONG_MIN_RUN_DAYS,
  MEDIUM_LONG_SHARE_OF_LONG,
  sizeEasyDays,
} from './easy-days.js';
import { LONG_RUN_FLOOR_MAX_SHARE, longRunBesides, longRunWeekCap } from './long-run.js';
import type { PurposeKey } from './purposes.js';
import { sessionPurpose } from './purposes.js';
import type { LongBlock } from './long-run-block.js';
import { longRunWithBlock } from './long-run-block.js';
import type { Rungs } from './progression.js';
import type { LadderKey } from './quality-ladders.js';
import type { QualityType } from './quality-sessions.js';
import { sessionCapsHold, trainingKm } from './session-caps.js';
import type { PaceContext } from './steps.js';
import { centralPace, isEasyIntensity, stepMinutes } from './steps.js';
import type { Phase, Session } from './types.js';
import { chooseEasyDays } from './week-layout.js';
import { midweekQuality, placeQuality } from './week-quality.js';

/** Shortest run put on the calendar, minutes (a short run/walk or recovery jog). */
export const MIN_SESSION_MINUTES = 15;
/** Typical shortest session, minutes: the week gets about one running day per this much volume. */
export const MINUTES_PER_RUN_DAY = 20;
/** Most running days a week per level (beginners keep 3+ rest days; runloop's choice). */
export const MAX_RUN_DAYS = { beginner: 4, intermediate: 6, advanced: 7 } as const;
/** An easy run stays at most this share of the week's long run, so the long run stays the long one. */
export const EASY_RUN_MAX_SHARE_OF_LONG = 0.85;
/** Share of each week's minutes that must be easy (issue 4: ≥ 75 %, 80/20 with warm-ups and recoveries as easy). */
export const MIN_EASY_SHARE = 0.75;
/** Non-easy minutes a week may plan, as a share of its minutes: under 25 % so 80/20 (≥ 75 % easy) holds. */
export const HARD_BUDGET_SHARE = 0.2;
/** Strides are added only while the week's non-easy minutes stay under this share (80/20 margin). */
export const STRIDES_HARD_SHARE_LIMIT = 0.24;
/** Easy runs per week that get strides. */
export const STRIDES_PER_WEEK = 2;
/** The day before a race: a shakeout of at most this many minutes. */
export const SHAKEOUT_MINUTES = 20;
/** Times a week is re-sized against its real total before it falls back to all-easy. */
export const MAX_RESIZE_ATTEMPTS = 8;
/** Quality sessions stay at least this many days before race day (race week). */
export const QUALITY_DAYS_BEFORE_RACE = 3;
/**
 * In race week no session is longer than this share of a normal easy run of the build: short and sharp
 * (Daniels' final week: E runs of 30–40 min plus strides; Pfitzinger's race week: 4–8 mi days).
 */
export const RACE_WEEK_SESSION_SHARE = 0.6;

export interface WeekSpec {
  readonly athlete: Athlete;
  /** First day of the week (`Athlete.days` are offsets from it). */
  readonly weekStart: string;
  readonly phase: Phase;
  readonly downWeek: boolean;
  /** Training minutes to aim for (an upper bound). */
  readonly target: number;
  /** Quality sessions wanted, in priority order. */
  readonly quality: readonly QualityType[];
  /** Run/walk rung for beginners (absent: continuous running). */
  readonly runWalkStage?: number;
  /** Longest the long run may be this week, minutes. */
  readonly longCap: number;
  /** The long run stays at least this long while it takes ≤ `LONG_RUN_FLOOR_MAX_SHARE` of the week (0: none). */
  readonly longFloor?: number;
  /** Race week: the longest any session may be, minutes (absent: no ceiling). */
  readonly sessionCeiling?: number;
  /** Minutes wanted for a medium-long run (absent or 0: none this week). */
  readonly mediumLong?: number;
  readonly strides: boolean;
  readonly pace: PaceContext;
  /** Ladder rung each quality type asks for (absent: the highest the caps allow). */
  readonly rungs?: Rungs;
  /** The block this week's long run carries in place of that quality session, if any. */
  readonly longBlock?: LongBlock;
}

export interface BuiltWeek {
  /** Training sessions by date (the race is added by the plan). */
  readonly sessions: Session[];
  readonly minutes: number;
  readonly longMinutes: number;
  /** Minutes of the week's recovery and general-aerobic runs (not the medium-long run or the shakeout). */
  readonly easyRuns: readonly number[];
  /** Ladder rung each quality session ran at (−1: below its ladder). */
  readonly rungs: Rungs;
}

/**
 * Builds one week's training sessions.
 *
 * @example
 * buildWeek({ athlete, weekStart: '2027-01-04', phase: 'build', downWeek: false, target: 300,
 *   quality: ['T', 'I'], longCap: 150, strides: true, pace }); // ≤ 300 minutes, long run on the long day
 */
export function buildWeek(spec: WeekSpec): BuiltWeek {
  let capBasis = spec.target;
  // Distance caps are shares of the week's km, first estimated at easy pace, then the week's real km.
  let kmBasis = (spec.target * 60) / centralPace(spec.pace.estimate, 'E');
  for (let attempt = 0; attempt < MAX_RESIZE_ATTEMPTS; attempt++) {
    const week = allocate(spec, spec.quality, capBasis, kmBasis);
    const km = trainingKm(week.sessions);
    const capsHold = week.sessions.every((s) => sessionCapsHold(s, km));
    const hardHolds = hardShareHolds(week);
    if (capsHold && hardHolds) return week;
    if (!hardHolds) capBasis = Math.min(capBasis - 1, Math.floor(week.minutes));
    if (!capsHold) kmBasis = Math.min(kmBasis * 0.97, km);
  }
  return allocate(spec, [], spec.target, kmBasis);
}

function hardShareHolds(week: BuiltWeek): boolean {
  let hard = 0;
  for (const s of week.sessions)
    for (const st of s.steps) if (!isEasyIntensity(st.intensity)) hard += stepMinutes(st);
  return hard <= week.minutes * (1 - MIN_EASY_SHARE) + 1e-9;
}

/** Lays out the week; the 80/20 budget is a share of `capBasis` minutes, the distance caps of `kmBasis` km. */
function allocate(
  spec: WeekSpec,
  asked: readonly QualityType[],
  capBasis: number,
  kmBasis: number,
): BuiltWeek {
  const target = spec.target;
  const a = spec.athlete;
  const dateOf = (d: number): string => addDays(spec.weekStart, d);
  const raceIndex = a.raceDate === undefined ? undefined : daysBetween(spec.weekStart, a.raceDate);
  const raceWeek = raceIndex !== undefined && raceIndex >= 0 && raceIndex < 7;
  const usable = a.days.filter((d) => {
    const date = dateOf(d);
    return (
      daysBetween(a.startDate, date) >= 0 &&
      daysBetween(date, a.lastDate) >= 0 &&
      (!raceWeek || d < raceIndex)
    );
  });
  const purpose = (key: PurposeKey): string => sessionPurpose(key, a.goal, spec.phase, spec.downWeek);
  const hasLong = !raceWeek && usable.includes(a.longDay);
  const volumeDays = Math.max(1, Math.round(target / MINUTES_PER_RUN_DAY));
  // Race week: the race takes a day too, and a runner who did not ask for seven days keeps a rest day.
  const raceWeekCap = raceWeek ? (a.days.length < 7 ? 5 : 6) : 7;
  const runDays = Math.min(MAX_RUN_DAYS[a.level], usable.length, volumeDays, raceWeekCap);
  if (runDays === 0 || target < MIN_SESSION_MINUTES)
    return { sessions: [], minutes: 0, longMinutes: 0, easyRuns: [], rungs: {} };

  const hardCandidates = usable.filter(
    (d) => !(hasLong && d === a.longDay) && (!raceWeek || d <= (raceIndex ?? 0) - QUALITY_DAYS_BEFORE_RACE),
  );
  // A race-specific long run takes that session's place when no hard day sits next to the long day.
  const { longBlock, wanted, hardDays } = placeQuality({
    asked,
    ...(spec.longBlock === undefined ? {} : { longBlock: spec.longBlock }),
    ...(hasLong ? { longDay: a.longDay } : {}),
    candidates: hardCandidates,
    runDays,
  });
  const taken = [...hardDays, ...(hasLong ? [a.longDay] : [])];
  const easyDays = chooseEasyDays(
    usable.filter((d) => !taken.includes(d)),
    taken,
    runDays - taken.length,
  );

  const longDayCap = dayCapMinutes(a, a.longDay);
  const easyPace = (a.estimate.easy.from + a.estimate.easy.to) / 2;
  const floor = Math.min(spec.longFloor ?? 0, longDayCap, target * LONG_RUN_FLOOR_MAX_SHARE);
  let longMinutes = hasLong
    ? Math.floor(
        Math.max(Math.min(longRunWeekCap(target, runDays, easyPace), spec.longCap, longDayCap), floor),
      )
    : 0;
  if (hasLong && longMinutes < MIN_SESSION_MINUTES) longMinutes = Math.min(MIN_SESSION_MINUTES, target);
  const ceiling = spec.sessionCeiling ?? Number.POSITIVE_INFINITY;

  const sessions: Session[] = [];
  let budget = Math.floor(capBasis * HARD_BUDGET_SHARE);
  let hardUsed = 0;
  let used = longMinutes;
  const rungs: Partial<Record<LadderKey, number>> = {};
  const blockKey: LadderKey | undefined = longBlock === 'M' ? 'M-long' : longBlock;
  const blockRung = blockKey === undefined ? undefined : spec.rungs?.[blockKey];
  const blockInput = (minutes: number) => ({
    date: dateOf(a.longDay),
    minutes,
    block: longBlock ?? 'M',
    weekKm: kmBasis,
    hardBudget: budget,
    pace: spec.pace,
    purpose,
    ...(blockRung === undefined ? {} : { rung: blockRung }),
  });
  // The long run's block is sized first: it is the week's key session, and its minutes come off the budget.
  const planned = longBlock === undefined ? undefined : longRunWithBlock(blockInput(longMinutes));
  if (planned !== undefined) {
    budget -= Math.ceil(planned.hardMinutes);
    hardUsed += planned.hardMinutes;
  }
  const failed: number[] = [];
  hardDays.forEach((day, i) => {
    const type = wanted[i] ?? 'T';
    const othersLeft = easyDays.length + (hardDays.length - i - 1);
    const room = Math.min(dayCapMinutes(a, day), ceiling, target - used - othersLeft * MIN_SESSION_MINUTES);
    const ran =
      room >= MIN_SESSION_MINUTES
        ? midweekQuality({
            type,
            date: dateOf(day),
            weekKm: kmBasis,
            hardBudget: budget,
            room,
            pace: spec.pace,
            purpose,
            ...(spec.rungs === undefined ? {} : { rungs: spec.rungs }),
          })
        : undefined;
    if (ran === undefined) failed.push(day);
    else {
      const q = ran.result;
      rungs[ran.type] = q.rung;
      sessions.push(q.session);
      budget -= Math.ceil(q.hardMinutes);
      hardUsed += q.hardMinutes;
      used += q.session.minutes;
    }
  });

  let easy = [...easyDays, ...failed].sort((x, y) => x - y);
  // Short of minutes for the easy days: take them from the long run first (down to its floor), then drop days.
  const short = easy.length * MIN_SESSION_MINUTES - (target - used);
  if (short > 0 && longMinutes - short >= Math.max(MIN_SESSION_MINUTES, floor)) {
    longMinutes -= short;
    used -= short;
  }
  const remaining = target - used;
  while (easy.length > 0 && remaining / easy.length < MIN_SESSION_MINUTES)
    easy = dropMostCrowded(easy, [...taken]);
  // The easy days share one length, so it fits the tightest of their caps (the long run has its own day's).
  const cap = Math.min(
    ...easy.map((d) => dayCapMinutes(a, d)),
    ceiling,
    hasLong
      ? Math.max(Math.floor(longMinutes * EASY_RUN_MAX_SHARE_OF_LONG), MIN_SESSION_MINUTES)
      : Number.POSITIVE_INFINITY,
  );
  // The day before a race is a short shakeout; the other easy days share what it leaves.
  const shakeoutDay = raceWeek ? easy.find((d) => d === (raceIndex ?? 0) - 1) : undefined;
  const shakeout =
    shakeoutDay === undefined ? 0 : Math.floor(Math.min(SHAKEOUT_MINUTES, remaining / easy.length, cap));
  const runWalk = spec.runWalkStage === undefined ? {} : { runWalkStage: spec.runWalkStage };
  if (shakeoutDay !== undefined)
    sessions.push(
      shakeoutSession({ date: dateOf(shakeoutDay), minutes: shakeout, pace: spec.pace, purpose, ...runWalk }),
    );
  const sized = sizeEasyDays({
    days: easy.filter((d) => d !== shakeoutDay),
    hardDays: taken.filter((d) => !failed.includes(d)),
    ...(hasLong ? { longDay: a.longDay } : {}),
    minutes: remaining - shakeout,
    cap,
    min: MIN_SESSION_MINUTES,
    mediumLong:
      spec.runWalkStage === undefined &&
      hasLong &&
      runDays >= MEDIUM_LONG_MIN_RUN_DAYS &&
      longMinutes >= MEDIUM_LONG_MIN_LONG_MINUTES
        ? Math.min(
            spec.mediumLong ?? 0,
            ...easy.map((d) => dayCapMinutes(a, d)),
            ceiling,
            longMinutes * MEDIUM_LONG_SHARE_OF_LONG,
          )
        : 0,
    alternate: spec.runWalkStage === undefined && !raceWeek,
  });
  let strides = spec.strides && spec.runWalkStage === undefined ? STRIDES_PER_WEEK : 0;
  for (const { day, minutes, role } of sized) {
    const date = dateOf(day);
    if (role !== 'general') {
      sessions.push(aerobicSession(role, { date, minutes, pace: spec.pace, purpose }));
      continue;
    }
    const stridesMinutes = STRIDES.count * STRIDES.minutes;
    const withStrides =
      strides > 0 &&
      minutes >= STRIDES_MIN_SESSION_MINUTES &&
      hardUsed + stridesMinutes <= STRIDES_HARD_SHARE_LIMIT * capBasis;
    if (withStrides) {
      strides--;
      hardUsed += stridesMinutes;
    }
    sessions.push(easySession({ date, minutes, pace: spec.pace, purpose, strides: withStrides, ...runWalk }));
  }

  if (hasLong) {
    // From four sessions the long run is checked against what the real week holds (its floor may stay).
    const others = sessions.reduce((sum, s) => sum + s.minutes, 0);
    const allowed = Math.max(longRunBesides(others, easyPace), Math.min(floor, others));
    if (sessions.length + 1 >= 4 && longMinutes > allowed) longMinutes = Math.floor(allowed);
    const withBlock =
      planned === undefined
        ? undefined
        : longRunWithBlock({ ...blockInput(longMinutes), hardBudget: planned.hardMinutes });
    if (withBlock !== undefined && blockKey !== undefined) {
      rungs[blockKey] = withBlock.rung;
      sessions.push(withBlock.session);
    } else if (longMinutes >= 1)
      sessions.push(
        longSession({
          date: dateOf(a.longDay),
          minutes: longMinutes,
          pace: spec.pace,
          purpose,
          ...(spec.runWalkStage === undefined ? {} : { runWalkStage: spec.runWalkStage }),
        }),
      );
  }
  sessions.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const minutes = Math.round(sessions.reduce((sum, s) => sum + s.minutes, 0) * 10) / 10;
  const easyRuns = sized.filter((e) => e.role !== 'medium-long').map((e) => e.minutes);
  return { sessions, minutes, longMinutes: hasLong ? longMinutes : 0, easyRuns, rungs };
}

/** Drops the easy day whose neighbours (on the weekly circle) are closest, keeping the week spread out. */
function dropMostCrowded(easy: number[], taken: number[]): number[] {
  let worst = 0;
  let worstGap = 8;
  easy.forEach((d, i) => {
    const others = [...taken, ...easy.filter((_, j) => j !== i)];
    const gap =
      others.length === 0
        ? 7
        : Math.min(...others.map((o) => Math.min(Math.abs(o - d), 7 - Math.abs(o - d))));
    if (gap < worstGap) {
      worstGap = gap;
      worst = i;
    }
  });
  return easy.filter((_, i) => i !== worst);
}
