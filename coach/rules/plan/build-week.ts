/**
 * One week of sessions from a volume target: lay out the days, size the long run, fit quality sessions
 * inside Daniels' caps and the 80/20 budget, and share what is left among easy runs. The result never
 * exceeds the target; when caps measured against the real total fail (easy runs capped short of the
 * target), the quality sessions are resized against the real total and the week rebuilt.
 */
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
  generalShareOfLong,
  sizeEasyDays,
  usualRunMinutes,
} from './easy-days.js';
import { cutLongRun, sizeLongRun } from './long-run-size.js';
import type { PurposeKey } from './purposes.js';
import { sessionPurpose } from './purposes.js';
import { longRunWithBlock } from './long-run-block.js';
import type { LadderKey } from './quality-ladders.js';
import type { QualityType } from './quality-sessions.js';
import { MIDWEEK_RESERVE_MINUTES } from './long-run-block.js';
import type { Purpose, Session } from './types.js';
import { chooseEasyDays, dropMostCrowded, weekDays } from './week-layout.js';
import { midweekQuality, placeQuality } from './week-quality.js';

import type { WeekSpec, BuiltWeek } from './week-spec.js';
import type { AllocatedWeek } from './week-resize.js';
import { resizeWeek } from './week-resize.js';
import {
  MIN_SESSION_MINUTES,
  MINUTES_PER_RUN_DAY,
  MAX_RUN_DAYS,
  HARD_BUDGET_SHARE,
  STRIDES_HARD_SHARE_LIMIT,
  STRIDES_PER_WEEK,
  SHAKEOUT_MINUTES,
  QUALITY_DAYS_BEFORE_RACE,
  minSessionMinutes,
} from './week-spec.js';

export * from './week-spec.js';

/**
 * Builds one week's training sessions.
 *
 * @example
 * buildWeek({ athlete, weekStart: '2027-01-04', phase: 'build', downWeek: false, target: 300,
 *   quality: ['T', 'I'], longCap: 150, strides: true, pace }); // ≤ 300 minutes, long run on the long day
 */
export function buildWeek(spec: WeekSpec): BuiltWeek {
  return resizeWeek(spec, allocate);
}

/** Lays out the week; the 80/20 budget is a share of `capBasis` minutes, the distance caps of `kmBasis` km. */
function allocate(
  spec: WeekSpec,
  asked: readonly QualityType[],
  capBasis: number,
  kmBasis: number,
): AllocatedWeek {
  const target = spec.target;
  const a = spec.athlete;
  const { dateOf, raceIndex, raceWeek, usable } = weekDays(a, spec.weekStart);
  const purpose = (key: PurposeKey): Purpose => sessionPurpose(key, a.goal, spec.phase, spec.downWeek);
  const hasLong = !raceWeek && usable.includes(a.longDay);
  const volumeDays = Math.max(1, Math.round(target / MINUTES_PER_RUN_DAY));
  // Race week: the race takes a day too, and a runner who did not ask for seven days keeps a rest day.
  const raceWeekCap = raceWeek ? (a.days.length < 7 ? 5 : 6) : 7;
  const runDays = Math.min(MAX_RUN_DAYS[a.level], usable.length, volumeDays, raceWeekCap);
  if (runDays === 0 || target < MIN_SESSION_MINUTES)
    return {
      sessions: [],
      minutes: 0,
      longMinutes: 0,
      easyRuns: [],
      rungs: {},
      easyCapped: false,
      longCut: false,
    };

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
  const sizedLong = sizeLongRun(spec, runDays, longDayCap, easyPace);
  const floor = sizedLong.floor;
  let longMinutes = hasLong ? sizedLong.minutes : 0;
  const ceiling = spec.sessionCeiling ?? Number.POSITIVE_INFINITY;
  // Shortest easy run: 30 minutes for an experienced runner (a small week drops a day instead), unless the
  // whole week is under two such runs.
  const minRun =
    target < 2 * minSessionMinutes(a)
      ? MIN_SESSION_MINUTES
      : Math.min(minSessionMinutes(a), Math.max(ceiling, MIN_SESSION_MINUTES));

  const sessions: Session[] = [];
  let budget = Math.floor(capBasis * HARD_BUDGET_SHARE);
  let hardUsed = 0;
  let used = longMinutes;
  const rungs: Partial<Record<LadderKey, number>> = {};
  const blockKey: LadderKey | undefined =
    longBlock === 'M' ? 'M-long' : longBlock === 'T' ? 'T-long' : undefined;
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
  // The long run's block is sized first: it is the week's key session, and its minutes come off the budget,
  // less what each midweek session needs at the bottom of the T ladder so the block never crowds it out.
  const reserve = hardDays.length * MIDWEEK_RESERVE_MINUTES;
  const planned =
    longBlock === undefined
      ? undefined
      : longRunWithBlock({ ...blockInput(longMinutes), hardBudget: Math.max(0, budget - reserve) });
  if (planned !== undefined) {
    budget -= Math.ceil(planned.hardMinutes);
    hardUsed += planned.hardMinutes;
  }
  const failed: number[] = [];
  hardDays.forEach((day, i) => {
    const type = wanted[i] ?? 'T';
    const othersLeft = easyDays.length + (hardDays.length - i - 1);
    const room = Math.min(dayCapMinutes(a, day), ceiling, target - used - othersLeft * minRun);
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
  while (easy.length > 0 && remaining / easy.length < minRun) easy = dropMostCrowded(easy, [...taken]);
  const sizedFor = longMinutes;
  // The easy days share one length, so it fits the tightest of their caps (the long run has its own day's);
  // a general-aerobic run stays at most `generalShareOfLong` of the long run — or the runner's usual run
  // today (`usualRunMinutes`), up to the long run itself, so the cap never cuts the week below what they run.
  const easyDayCap = Math.min(...easy.map((d) => dayCapMinutes(a, d)));
  const cap = Math.min(
    easyDayCap,
    ceiling,
    hasLong
      ? Math.max(
          Math.floor(longMinutes * generalShareOfLong(runDays)),
          Math.min(minRun, longMinutes),
          Math.floor(Math.min(usualRunMinutes(a, runDays), longMinutes)),
        )
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
    min: Math.min(cap, hasLong ? Math.min(minRun, longMinutes) : minRun),
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
  // The easy runs' caps left minutes unplaced (more than whole-minute rounding): the week is smaller.
  const easyCapped = remaining - shakeout - sized.reduce((t, e) => t + e.minutes, 0) > sized.length + 1;
  let strides = spec.strides && spec.runWalkStage === undefined ? STRIDES_PER_WEEK : 0;
  for (const { day, minutes, role } of sized) {
    const date = dateOf(day);
    if (role === 'recovery' || role === 'medium-long') {
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
    // From four sessions the long run is checked against what the real week holds (its floor may stay);
    // it is not cut for minutes the easy runs could not take at their caps, the runner's own or the week's.
    const others = sessions.reduce((sum, s) => sum + s.minutes, 0);
    const dayCapped =
      easyCapped &&
      easyDayCap <= cap &&
      sized.some((e) => e.role === 'general' && e.minutes >= easyDayCap - 1);
    const real = { others, sessions: sessions.length, easyCapped, dayCapped };
    longMinutes = cutLongRun(longMinutes, floor, real, spec.longShare, easyPace);
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
  const longCut = hasLong && longMinutes < sizedFor;
  return { sessions, minutes, longMinutes: hasLong ? longMinutes : 0, easyRuns, rungs, easyCapped, longCut };
}
