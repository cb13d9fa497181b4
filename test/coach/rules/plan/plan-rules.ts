/**
 * The plan rules of issue 4 §1 as checks over a built plan: each returns the violations it finds, so a
 * failing property names the rule and the week.
 */
import { addDays } from '../../../../coach/rules/calendar/add-days.js';
import { daysBetween } from '../../../../coach/rules/calendar/days-between.js';
import { weekday } from '../../../../coach/rules/calendar/weekday.js';
import type { Athlete } from '../../../../coach/rules/plan/athlete.js';
import { dayCapMinutes } from '../../../../coach/rules/plan/athlete.js';
import { LONG_RUN_CAP_MINUTES } from '../../../../coach/rules/plan/build-plan.js';
import {
  generalShareOfLong,
  RECOVERY_MAX_MINUTES,
  RECOVERY_SHARE_OF_GENERAL,
} from '../../../../coach/rules/plan/easy-days.js';
import { SOFTENED_PURPOSE } from '../../../../coach/rules/plan/hard-day-guard.js';
import { minLongRunMinutes } from '../../../../coach/rules/plan/feasibility.js';
import {
  LONG_RUN_START_FRACTION,
  goalLongRunCap,
  longRunWeekCap,
} from '../../../../coach/rules/plan/long-run.js';
import { noFastRunning } from '../../../../coach/rules/plan/injury-rules.js';
import type { PlanInput } from '../../../../coach/rules/plan/plan-input.js';
import { sessionCapsHold, trainingKm } from '../../../../coach/rules/plan/session-caps.js';
import { isEasyIntensity, runningMinutes, stepMinutes } from '../../../../coach/rules/plan/steps.js';
import type { Plan, Session, Week } from '../../../../coach/rules/plan/types.js';
import { feasibilityText } from '../../../../coach/prompts/templates/feasibility-words.js';

const EPS = 0.051;
const PHASE_ORDER = ['base', 'build', 'race-specific', 'taper'];

export const training = (w: Week): Session[] => w.sessions.filter((s) => s.kind !== 'race');
export const trainingMinutes = (w: Week): number => training(w).reduce((sum, s) => sum + s.minutes, 0);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/** Whether a week's easy runs reach the runner's own daily caps (1 minute's rounding). */
function easyRunsDayCapped(sessions: Session[], dayCap: (s: Session) => number): boolean {
  // The easy days share one length, which fits the tightest of their daily caps.
  const easyRuns = sessions.filter((s) => s.kind === 'easy' || s.kind === 'recovery');
  const tightest = Math.min(...easyRuns.map(dayCap));
  return easyRuns.some((s) => s.minutes >= tightest - 1);
}

/** Whether a week's easy runs reach the caps `sizeEasyDays` gives them beside `long` (2 minutes' rounding). */
function easyRunsCapped(sessions: Session[], long: Session, dayCap: (s: Session) => number): boolean {
  if (easyRunsDayCapped(sessions, dayCap)) return true;
  const general = Math.floor(generalShareOfLong(sessions.length) * long.minutes);
  // The day before the long-run weekday, wherever it falls in the week.
  const eve = weekday(addDays(long.date, -1));
  return sessions.some(
    (s) =>
      s.purpose.code !== SOFTENED_PURPOSE.code &&
      s.purpose.code !== 'MEDIUM_LONG' &&
      ((s.kind === 'easy' && s.minutes >= general - 2) ||
        (s.kind === 'easy' &&
          weekday(s.date) === eve &&
          s.minutes >= RECOVERY_SHARE_OF_GENERAL * general - 2) ||
        (s.kind === 'recovery' &&
          s.minutes >= Math.min(RECOVERY_MAX_MINUTES, RECOVERY_SHARE_OF_GENERAL * general) - 2)),
  );
}

/** A race-specific (not down) week of a half or marathon plan: its long run may take half the week. */
function reachesForGoal(input: PlanInput, w: Week): boolean {
  const goal = input.goal.distance;
  return (goal === 'half' || goal === 'marathon') && w.phase === 'race-specific' && !w.downWeek;
}

/** Every rule violation in a plan built for `input` (resolved as `athlete`). */
export function planViolations(plan: Plan, input: PlanInput, athlete: Athlete): string[] {
  const v: string[] = [];
  const days = new Set(input.availableDays);
  const weeks = plan.weeks;
  const all = weeks.flatMap((w) => w.sessions);
  const races = all.filter((s) => s.kind === 'race');

  // Calendar: consecutive 7-day weeks, Monday weeks for fitness and ending on race day for a race;
  // sessions inside their week, on available days, in range.
  const lastWeekEnd = weeks.length === 0 ? undefined : addDays(weeks.at(-1)!.start, 6);
  if (
    input.goal.distance === 'fitness'
      ? weeks.some((w) => weekday(w.start) !== 'mon')
      : lastWeekEnd !== input.goal.raceDate
  )
    v.push(`weeks not aligned: last week ends ${lastWeekEnd}`);
  weeks.forEach((w, i) => {
    if (i > 0 && daysBetween(weeks[i - 1]!.start, w.start) !== 7) v.push(`week ${i}: bad start ${w.start}`);
    if (Math.abs(w.minutes - sum(w.sessions.map((s) => s.minutes))) > EPS)
      v.push(`week ${i}: minutes not the sum of sessions`);
    for (const s of w.sessions) {
      if (s.date < w.start || s.date > addDays(w.start, 6)) v.push(`week ${i}: ${s.date} outside the week`);
      if (s.date < input.startDate || s.date > athlete.lastDate) v.push(`${s.date}: outside the plan`);
      if (s.kind !== 'race' && !days.has(weekday(s.date)))
        v.push(`${s.date}: ${weekday(s.date)} not available`);
      if (s.kind === 'long' && weekday(s.date) !== input.longRunDay)
        v.push(`${s.date}: long run off the long-run day`);
      if (athlete.gentle && (s.kind === 'repetitions' || s.kind === 'hills'))
        v.push(`${s.date}: ${s.kind} on the gentle track`);
      if (s.purpose.code === 'NONE' || s.purpose.code === 'LEGACY') v.push(`${s.date}: no purpose`);
      if (Math.abs(s.minutes - sum(s.steps.map(stepMinutes))) > EPS)
        v.push(`${s.date}: minutes not the sum of steps`);
      if (s.kind !== 'race' && s.minutes > dayCapMinutes(athlete, daysBetween(w.start, s.date)) + EPS)
        v.push(`${s.date}: over the daily cap`);
      for (const st of s.steps) {
        if (st.pace !== undefined && !(st.pace.from <= st.pace.to && st.pace.from > 0))
          v.push(`${s.date}: bad pace range`);
        if (st.hr !== undefined && !(st.hr.from <= st.hr.to)) v.push(`${s.date}: bad HR range`);
        if (
          athlete.paces !== undefined &&
          ['E', 'M', 'T', 'I'].includes(st.intensity) &&
          st.pace === undefined
        )
          v.push(`${s.date}: ${st.intensity} step without pace`);
        if (athlete.paces === undefined && st.pace !== undefined) v.push(`${s.date}: pace without a VDOT`);
        if (
          athlete.hr !== undefined &&
          ['E', 'M', 'T', 'I'].includes(st.intensity) &&
          s.kind !== 'race' &&
          st.hr === undefined
        )
          v.push(`${s.date}: ${st.intensity} step without HR`);
        if (athlete.hr === undefined && st.hr !== undefined) v.push(`${s.date}: HR without HR data`);
        if (athlete.gentle && st.kind === 'rep' && st.intensity === 'R')
          v.push(`${s.date}: R reps on the gentle track`);
      }
    }
    const dates = new Set(w.sessions.map((s) => s.date));
    if (dates.size !== w.sessions.length) v.push(`week ${i}: two sessions on one day`);
    if (days.size < 7 && dates.size >= 7) v.push(`week ${i}: no rest day`);
  });

  // Race: exactly one, on race day; none for general fitness.
  if (input.goal.distance === 'fitness') {
    if (races.length !== 0) v.push('a race in a fitness plan');
  } else if (races.length !== 1 || races[0]!.date !== input.goal.raceDate)
    v.push('race missing or off race day');

  // The days before the race: no long run in the 6 days before it, nothing hard in the 2 days before it,
  // and the day before at most a 20-minute easy shakeout.
  const raceDate = input.goal.distance === 'fitness' ? undefined : input.goal.raceDate;
  if (raceDate !== undefined)
    for (const s of all) {
      const out = daysBetween(s.date, raceDate);
      if (out >= 1 && out <= 6 && s.kind === 'long')
        v.push(`${s.date}: long run ${out} days before the race`);
      if (out >= 1 && out <= 2 && s.hard) v.push(`${s.date}: hard session ${out} days before the race`);
      if (out === 1 && s.minutes > 20 + EPS)
        v.push(`${s.date}: ${s.minutes} minutes the day before the race`);
    }

  // Never two hard days in a row, across weeks.
  const hardDates = all
    .filter((s) => s.hard)
    .map((s) => s.date)
    .sort();
  for (let i = 1; i < hardDates.length; i++)
    if (daysBetween(hardDates[i - 1]!, hardDates[i]!) <= 1)
      v.push(`hard days in a row: ${hardDates[i - 1]} ${hardDates[i]}`);

  // Volume: the first weeks ≤ current + 10 %. Below the 60-minute starting week the runner starts on
  // run/walk, the plan says so, and the running part stays within current + 10 % (down to the first rung:
  // a third of the time running). Then ≤ +10 % over the highest previous full week.
  const allowed = athlete.currentWeekMinutes * 1.1;
  let highest = 0;
  let previous: number | undefined;
  weeks.forEach((w, i) => {
    const t = trainingMinutes(w);
    const partial = w.start < input.startDate;
    if (highest === 0 && t > allowed + EPS) {
      const running = runningMinutes(training(w));
      if (t > 60 + EPS) v.push(`week ${i}: first weeks ${t} > ${allowed} and over the 60-minute start`);
      if (!training(w).every((s) => s.steps.some((st) => st.intensity === 'walk')))
        v.push(`week ${i}: first weeks over ${allowed} without run/walk`);
      if (running > Math.max(allowed, t / 3) + EPS) v.push(`week ${i}: ${running} running > ${allowed}`);
      if (
        !athlete.currentWeekStated ||
        !(plan.notes ?? []).some((n) => n.code === 'START_ABOVE_STATED_VOLUME')
      )
        v.push(`week ${i}: first weeks over the stated volume without a note`);
    }
    // The gentle track (beginners, masters, injury history) ramps more gently: ≤ 6 %.
    const ramp = athlete.gentle ? 1.06 : 1.1;
    if (highest > 0 && t > highest * ramp + EPS)
      v.push(`week ${i}: ${t} ramps > ${Math.round((ramp - 1) * 100)} % over ${highest}`);
    if (w.downWeek && previous !== undefined && t > previous * 0.8 + EPS)
      v.push(`week ${i}: down week ${t} not ≥ 20 % under ${previous}`);
    if (!partial) highest = Math.max(highest, t);
    previous = t;
  });

  // Down week every 3rd (gentle) or 4th week among full pre-taper weeks of continuous running (run/walk
  // weeks follow the NHS Couch to 5K, which has none: its walks are the recovery).
  const cadence = athlete.gentle ? 3 : 4;
  let run = 0;
  for (const w of weeks) {
    if (w.phase === 'taper' || w.start < input.startDate) continue;
    if (training(w).some((s) => s.steps.some((st) => st.intensity === 'walk'))) {
      run = 0;
      continue;
    }
    run = w.downWeek ? 0 : run + 1;
    if (run >= cadence) v.push(`week ${w.index}: ${cadence} weeks without a down week`);
  }

  // 80/20, Daniels' caps, long run.
  const easyPace = (athlete.estimate.easy.from + athlete.estimate.easy.to) / 2;
  const firstLong =
    weeks
      .filter((w) => w.start >= input.startDate && w.phase !== 'taper')
      .flatMap((w) => w.sessions)
      // The first continuous long run (run/walk weeks follow the Couch to 5K ladder instead).
      .find((s) => s.kind === 'long' && s.steps.every((st) => st.intensity !== 'walk'))?.minutes ?? 0;
  // The long run's floor: the first continuous long run, or from week 1 90 % of the runner's longest run
  // (within the goal's longest), whichever is larger (issue 9 §2).
  const startFloor =
    athlete.longestRunMinutes === undefined
      ? 0
      : Math.min(
          LONG_RUN_START_FRACTION * athlete.longestRunMinutes,
          goalLongRunCap(input.goal.distance, LONG_RUN_CAP_MINUTES[input.goal.distance], easyPace),
        );
  const longFloor = Math.max(firstLong, startFloor);
  for (const w of weeks) {
    const t = trainingMinutes(w);
    const easy = sum(
      training(w).flatMap((s) => s.steps.filter((st) => isEasyIntensity(st.intensity)).map(stepMinutes)),
    );
    if (easy < 0.75 * t - EPS) v.push(`week ${w.index}: only ${((100 * easy) / t).toFixed(1)} % easy`);
    const km = trainingKm(training(w));
    for (const s of training(w))
      if (!sessionCapsHold(s, km)) v.push(`${s.date}: ${s.kind} breaks Daniels' caps (week ${km} km)`);
    const long = training(w).find((s) => s.kind === 'long');
    if (long !== undefined) {
      // Issue 9: 40 % of the first 60 km and 30 % of the rest; the first long run may stay, up to 50 %.
      // When the easy runs are at their caps (a general run at 60 % of the long run, the day before it at
      // 60 % of that, a recovery run at 45'), the long run keeps up to half the week (issue 9 review #4).
      const dayCap = (s: Session): number => dayCapMinutes(athlete, daysBetween(w.start, s.date));
      const capped = easyRunsCapped(training(w), long, dayCap);
      // With the runner's own daily caps holding the other days short, up to 60 % (Higdon Novice 1).
      const dayCapped = easyRunsDayCapped(training(w), dayCap);
      const holds = Math.max(
        longRunWeekCap(t, 4, easyPace),
        Math.min(longFloor, 0.5 * t),
        capped ? 0.5 * t : 0,
        dayCapped ? 0.6 * t : 0,
        // A race-specific half or marathon long run still short of the goal's may take half the week.
        reachesForGoal(input, w) ? 0.5 * t + 1 : 0,
      );
      // (A partial first week holds the start week's own long run: a share of that week, not of its days left.)
      const partial = w.start < input.startDate;
      if (!partial && training(w).length >= 4 && long.minutes > holds + EPS)
        v.push(`week ${w.index}: long run ${long.minutes} > what ${t} holds (${holds})`);
      if (long.minutes > LONG_RUN_CAP_MINUTES[input.goal.distance] + EPS)
        v.push(`week ${w.index}: long run over its cap`);
      for (const s of training(w))
        if (s.kind === 'easy' && s.purpose.code !== SOFTENED_PURPOSE.code && s.minutes > long.minutes + EPS)
          v.push(`week ${w.index}: easy run ${s.minutes} longer than the long run ${long.minutes}`);
    }
  }

  // Phases in order; taper length and depth; intensity kept in the taper.
  weeks.forEach((w, i) => {
    if (i > 0 && PHASE_ORDER.indexOf(w.phase) < PHASE_ORDER.indexOf(weeks[i - 1]!.phase))
      v.push(`week ${i}: phase out of order`);
  });
  const taper = weeks.filter((w) => w.phase === 'taper');
  const expected: Record<string, [number, number]> = {
    marathon: [2, 3],
    half: [1, 2],
    '5k': [1, 1],
    '10k': [1, 1],
    fitness: [0, 0],
  };
  const [lo, hi] = expected[input.goal.distance]!;
  if (taper.length < lo || taper.length > hi)
    v.push(`taper of ${taper.length} weeks for a ${input.goal.distance}`);
  const peak = Math.max(0, ...weeks.filter((w) => w.phase !== 'taper').map(trainingMinutes));
  if (taper.length > 0 && peak > 0) {
    const lowest = Math.min(...taper.map(trainingMinutes));
    if (lowest > 0.7 * peak + EPS) v.push(`taper only falls to ${lowest} of peak ${peak}`);
    for (const w of taper) if (trainingMinutes(w) > peak + EPS) v.push(`week ${w.index}: taper above peak`);
    // The race week is the six days before race day (weeks count back from it): the lightest of all.
    const raceWeek = trainingMinutes(weeks.at(-1)!);
    if (raceWeek > 0.7 * peak + EPS) v.push(`race week ${raceWeek} over 70 % of peak ${peak}`);
  }

  // Run/walk for beginners starting from little, unless they have run 25 minutes without stopping (a race
  // or their longest run: the ladder's last rung); intensity kept through the taper for everyone else.
  const shown = Math.max((input.fitness.race?.timeSeconds ?? 0) / 60, athlete.longestRunMinutes ?? 0);
  const runWalk =
    (athlete.level === 'beginner' && athlete.currentWeekMinutes < 90 && shown < 25) ||
    athlete.currentWeekMinutes < 60;
  const firstFull = weeks.find(
    (w) => w.start >= input.startDate && w.phase !== 'taper' && training(w).length > 0,
  );
  const walks = (w: Week): boolean => w.sessions.some((s) => s.steps.some((st) => st.intensity === 'walk'));
  if (runWalk && firstFull !== undefined && !walks(firstFull)) v.push('beginner starts without run/walk');
  const intense = (w: Week): boolean =>
    w.sessions.some((s) => s.steps.some((st) => !isEasyIntensity(st.intensity)));
  // (Strides are often a taper week's only intensity: not in the first weeks after an Achilles or calf
  // problem, where injury-rules.ts keeps them out.)
  if (weeks.some((w) => w.phase !== 'taper' && intense(w)))
    for (const w of taper)
      if (!intense(w) && !noFastRunning(athlete.injuries, input.startDate, w.start))
        v.push(`week ${w.index}: taper week without any intensity`);

  // Feasibility: never a race planned faster than the prediction from current fitness; a plan
  // for a half or marathon whose longest run stays under the goal's minimum long run says it is not ready.
  const f = plan.feasibility;
  if (feasibilityText(f).length === 0) v.push('feasibility without a message');
  const longestRun = Math.max(0, ...all.filter((s) => s.kind !== 'race').map((s) => s.minutes));
  const long = input.goal.distance === 'half' || input.goal.distance === 'marathon';
  const min = long ? minLongRunMinutes(input.goal.distance, easyPace) : 0;
  if (long && longestRun < min) {
    if (f.ok) v.push(`longest run ${longestRun} under the ${input.goal.distance} minimum, yet feasible`);
    // The figures come with it, unless a daily cap under the minimum already explains it.
    if (f.longRun === undefined && athlete.maxDayMinutes >= min)
      v.push('short long runs without the figures');
  }
  const target = input.goal.distance === 'fitness' ? undefined : input.goal.targetTime;
  if (athlete.vdot !== undefined && input.goal.distance !== 'fitness') {
    if (f.predictedTime === undefined) v.push('no predicted time');
    const race = races[0];
    // The race itself: its runs and (run/walk) walk breaks, warm-up and cool-down aside.
    const raceSteps = race?.steps.filter((st) => st.kind === 'run' || st.kind === 'walk') ?? [];
    const raceStep = raceSteps.length === 0 ? undefined : { minutes: sum(raceSteps.map(stepMinutes)) };
    // The race is planned at current fitness whatever the target; a target beyond what the weeks can
    // plausibly bring (`potentialTime`) is refused with a realistic target no faster than that.
    if (raceStep !== undefined && f.predictedTime !== undefined) {
      if (raceStep.minutes * 60 < f.predictedTime - 1) v.push('race planned faster than predicted');
      const potential = f.potentialTime ?? f.predictedTime;
      if (target !== undefined && target < potential - 1) {
        if (f.ok || f.realisticTarget === undefined || f.realisticTarget < potential)
          v.push(`target ${target} beyond potential ${potential} not flagged`);
      } else if (target !== undefined && target > potential + 1 && f.realisticTarget !== undefined)
        v.push(`reachable target ${target} flagged`);
    }
  }
  return v;
}
