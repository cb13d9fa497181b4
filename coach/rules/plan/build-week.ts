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
import type { PurposeKey } from './purposes.js';
import { sessionPurpose } from './purposes.js';
import type { QualityType } from './quality-sessions.js';
import { qualitySession } from './quality-sessions.js';
import { sessionCapsHold } from './session-caps.js';
import type { PaceContext } from './steps.js';
import { isEasyIntensity, stepMinutes } from './steps.js';
import type { Phase, Session } from './types.js';
import { chooseEasyDays, chooseHardDays } from './week-layout.js';

/** Shortest run put on the calendar, minutes (a short run/walk or recovery jog). */
export const MIN_SESSION_MINUTES = 15;
/** Typical shortest session, minutes: the week gets about one running day per this much volume. */
export const MINUTES_PER_RUN_DAY = 20;
/** Most running days a week per level (beginners keep 3+ rest days; runloop's choice). */
export const MAX_RUN_DAYS = { beginner: 4, intermediate: 6, advanced: 7 } as const;
/**
 * Long-run share of the week's planned minutes by running days: ≤ 30 % from 4 days (DRF: a long run
 * ≤ 25–30 % of weekly volume), more when there are fewer days to spread the volume over.
 */
export const LONG_RUN_SHARE = { fourPlus: 0.3, three: 0.45, two: 0.55, one: 1 } as const;
/** An easy run stays at most this share of the week's long run, so the long run stays the long one. */
export const EASY_RUN_MAX_SHARE_OF_LONG = 0.85;
/** The hard limit the long run is checked against from 4 running days (issue 4: ≤ 30 %). */
export const LONG_RUN_MAX_WEEK_SHARE = 0.3;
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
  readonly strides: boolean;
  readonly pace: PaceContext;
}

export interface BuiltWeek {
  /** Training sessions by date (the race is added by the plan). */
  readonly sessions: Session[];
  readonly minutes: number;
  readonly longMinutes: number;
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
  for (let attempt = 0; attempt < MAX_RESIZE_ATTEMPTS; attempt++) {
    const week = allocate(spec, spec.quality, capBasis);
    if (week.sessions.every((s) => sessionCapsHold(s, week.minutes)) && hardShareHolds(week)) return week;
    capBasis = Math.min(capBasis - 1, Math.floor(week.minutes));
  }
  return allocate(spec, [], spec.target);
}

function hardShareHolds(week: BuiltWeek): boolean {
  let hard = 0;
  for (const s of week.sessions)
    for (const st of s.steps) if (!isEasyIntensity(st.intensity)) hard += stepMinutes(st);
  return hard <= week.minutes * (1 - MIN_EASY_SHARE) + 1e-9;
}

/** Lays out the week; quality caps and the 80/20 budget are shares of `capBasis` minutes. */
function allocate(spec: WeekSpec, wanted: readonly QualityType[], capBasis: number): BuiltWeek {
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
  if (runDays === 0 || target < MIN_SESSION_MINUTES) return { sessions: [], minutes: 0, longMinutes: 0 };

  const hardCandidates = usable.filter(
    (d) => !(hasLong && d === a.longDay) && (!raceWeek || d <= (raceIndex ?? 0) - QUALITY_DAYS_BEFORE_RACE),
  );
  const hardCount = Math.max(0, Math.min(wanted.length, runDays - (hasLong ? 1 : 0)));
  const hardDays = chooseHardDays(hardCandidates, hasLong ? a.longDay : undefined, hardCount);
  const taken = [...hardDays, ...(hasLong ? [a.longDay] : [])];
  const easyDays = chooseEasyDays(
    usable.filter((d) => !taken.includes(d)),
    taken,
    runDays - taken.length,
  );

  const share =
    runDays >= 4
      ? LONG_RUN_SHARE.fourPlus
      : runDays === 3
        ? LONG_RUN_SHARE.three
        : runDays === 2
          ? LONG_RUN_SHARE.two
          : 1;
  let longMinutes = hasLong
    ? Math.floor(Math.min(target * share, spec.longCap, dayCapMinutes(a, a.longDay)))
    : 0;
  if (hasLong && longMinutes < MIN_SESSION_MINUTES) longMinutes = Math.min(MIN_SESSION_MINUTES, target);

  const sessions: Session[] = [];
  let budget = Math.floor(capBasis * HARD_BUDGET_SHARE);
  let hardUsed = 0;
  let used = longMinutes;
  const failed: number[] = [];
  hardDays.forEach((day, i) => {
    const type = wanted[i] ?? 'T';
    const othersLeft = easyDays.length + (hardDays.length - i - 1);
    const room = Math.min(dayCapMinutes(a, day), target - used - othersLeft * MIN_SESSION_MINUTES);
    const ctx = {
      date: dateOf(day),
      weekMinutes: capBasis,
      hardBudget: budget,
      room,
      pace: spec.pace,
      purpose,
    };
    const q =
      room >= MIN_SESSION_MINUTES
        ? (qualitySession(type, ctx) ?? (type === 'T' ? undefined : qualitySession('T', ctx)))
        : undefined;
    if (q === undefined) failed.push(day);
    else {
      sessions.push(q.session);
      budget -= Math.ceil(q.hardMinutes);
      hardUsed += q.hardMinutes;
      used += q.session.minutes;
    }
  });

  let easy = [...easyDays, ...failed].sort((x, y) => x - y);
  // Short of minutes for the easy days: take them from the long run first, then drop days.
  const short = easy.length * MIN_SESSION_MINUTES - (target - used);
  if (short > 0 && longMinutes - short >= MIN_SESSION_MINUTES) {
    longMinutes -= short;
    used -= short;
  }
  const remaining = target - used;
  while (easy.length > 0 && remaining / easy.length < MIN_SESSION_MINUTES)
    easy = dropMostCrowded(easy, [...taken]);
  // The easy days share one length, so it fits the tightest of their caps (the long run has its own day's).
  const cap = Math.min(
    ...easy.map((d) => dayCapMinutes(a, d)),
    hasLong
      ? Math.max(Math.floor(longMinutes * EASY_RUN_MAX_SHARE_OF_LONG), MIN_SESSION_MINUTES)
      : Number.POSITIVE_INFINITY,
  );
  // The day before a race is a short shakeout; the other easy days share what it leaves.
  const shakeoutDay = raceWeek ? easy.find((d) => d === (raceIndex ?? 0) - 1) : undefined;
  const shakeout =
    shakeoutDay === undefined ? 0 : Math.floor(Math.min(SHAKEOUT_MINUTES, remaining / easy.length, cap));
  const others = easy.length - (shakeoutDay === undefined ? 0 : 1);
  const per = others === 0 ? 0 : Math.floor(Math.min((remaining - shakeout) / others, cap));
  let strides = spec.strides && spec.runWalkStage === undefined ? STRIDES_PER_WEEK : 0;
  for (const day of easy) {
    const date = dateOf(day);
    if (day === shakeoutDay) {
      sessions.push(
        shakeoutSession({
          date,
          minutes: shakeout,
          pace: spec.pace,
          purpose,
          ...(spec.runWalkStage === undefined ? {} : { runWalkStage: spec.runWalkStage }),
        }),
      );
      continue;
    }
    const stridesMinutes = STRIDES.count * STRIDES.minutes;
    const withStrides =
      strides > 0 &&
      per >= STRIDES_MIN_SESSION_MINUTES &&
      hardUsed + stridesMinutes <= STRIDES_HARD_SHARE_LIMIT * capBasis;
    if (withStrides) {
      strides--;
      hardUsed += stridesMinutes;
    }
    sessions.push(
      easySession({
        date,
        minutes: per,
        pace: spec.pace,
        purpose,
        strides: withStrides,
        ...(spec.runWalkStage === undefined ? {} : { runWalkStage: spec.runWalkStage }),
      }),
    );
  }

  if (hasLong) {
    const others = sessions.reduce((sum, s) => sum + s.minutes, 0);
    if (sessions.length + 1 >= 4 && longMinutes > LONG_RUN_MAX_WEEK_SHARE * (longMinutes + others))
      longMinutes = Math.floor(others * 0.42);
    if (longMinutes >= 1)
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
  return { sessions, minutes, longMinutes: hasLong ? longMinutes : 0 };
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
