/**
 * The plan builder: from a runner's fitness, goal and week to a periodised plan of dated, structured
 * sessions. Pure: same input, same plan.
 */
import { addDays } from '../calendar/add-days.js';
import { daysBetween } from '../calendar/days-between.js';
import type { Result } from '../result.js';
import { ok, refusal } from '../result.js';
import { resolveAthlete } from './athlete.js';
import { MIN_SESSION_MINUTES, buildWeek, minSessionMinutes } from './build-week.js';
import { RUN_WALK_STAGES, runWalkSessionMinutes, runWalkStart } from './easy-sessions.js';
import { MEDIUM_LONG_MAX_KM } from './easy-days.js';
import { builtFeasibility, planBasis } from './plan-assessment.js';
import { injuryNote, noFastRunning } from './injury-rules.js';
import { separateHardDays } from './hard-day-guard.js';
import { planPhases, taperWeeks } from './phases.js';
import type { PlanErrorCode } from './plan-errors.js';
import type { PlanInput } from './plan-input.js';
import { longBlockFor } from './long-run-block.js';
import { partialFirstWeek } from './partial-week.js';
import { START_PROGRESS, entryRung, proposeRungs, recordRungs, weekLadders } from './progression.js';
import { weekQuality } from './quality-menu.js';
import { startNote } from './plan-notes.js';
import { raceDayFor } from './race-day.js';
import { raceWeekCeiling } from './race-week-ceiling.js';
import { checkTargetTime, peakTrainingWeekKm } from './race-pace.js';
import { longestContinuousMinutes } from './run-walk-race.js';
import { runWalkWeek } from './run-walk-week.js';
import { RULES_VERSION } from './rules-version.js';
import { goalLongRunCap, longRunNotReachable, weekHoldingLongRun } from './long-run.js';
import { LONG_RUN_CAP_MINUTES, afterLongRun, startLongRun, weekLongRun } from './long-run-state.js';
import type { PaceContext } from './steps.js';
import { centralPace, runningMinutes } from './steps.js';
import type { Plan, PlanNote, Session, Week } from './types.js';
import {
  GENTLE_RAMP_RATE,
  MIN_START_WEEK_MINUTES,
  RAMP_RATE,
  buildWeekTarget,
  isDownWeek,
  peakWeekMinutes,
  spreadRamp,
  startWeekMinutes,
  taperWeekTarget,
} from './weekly-volume.js';
import { weekTotals } from './week-totals.js';

export { LONG_RUN_CAP_MINUTES, LONG_RUN_STEP_MINUTES } from './long-run-state.js';

/**
 * Builds a plan, or says why it cannot (`NOT_ENOUGH_WEEKS`, `RACE_DATE_NOT_AFTER_START`,
 * `LONG_RUN_NOT_REACHABLE` with the shorter race that fits, …).
 *
 * @example
 * buildPlan({ fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } },
 *   goal: { distance: 'half', raceDate: '2027-04-18' }, startDate: '2026-12-07',
 *   availableDays: ['mon', 'wed', 'fri', 'sun'], longRunDay: 'sun', level: 'intermediate' });
 * // ok({ rulesVersion: '2026.12.2', vdot: 38.3, weeks: [… 19 weeks …], feasibility: {…} })
 */
export function buildPlan(input: PlanInput): Result<Plan, PlanErrorCode> {
  const resolved = resolveAthlete(input);
  if (!resolved.ok) return resolved;
  const a = resolved.value;
  const pace: PaceContext = {
    ...(a.paces === undefined ? {} : { paces: a.paces }),
    estimate: a.estimate,
    ...(a.hr === undefined ? {} : { hr: a.hr }),
  };
  const phases = planPhases(a.goal, a.weeks, a.level);
  const taper = taperWeeks(a.goal, a.weeks);
  const record = checkTargetTime(a.goalMeters ?? 0, a.targetTime);
  if (!record.ok) return record;

  const injured = a.injured;
  const start = startWeekMinutes(a.currentWeekMinutes);
  const easyPace = (a.estimate.easy.from + a.estimate.easy.to) / 2;
  const goalLong = goalLongRunCap(a.goal, LONG_RUN_CAP_MINUTES[a.goal], easyPace);
  const racesLong = a.goal === 'half' || a.goal === 'marathon';
  const peakGoal = peakWeekMinutes(
    a.goal,
    a.level,
    start,
    injured,
    racesLong ? weekHoldingLongRun(goalLong, easyPace) : 0,
  );
  const firstPartial = daysBetween(a.planStart, a.startDate) > 0;
  const fullBuildWeeks = a.weeks - taper - (firstPartial ? 1 : 0);
  const maxRate = a.gentle ? GENTLE_RAMP_RATE : RAMP_RATE;
  const rate = spreadRamp(start, peakGoal, fullBuildWeeks, a.gentle, maxRate);
  // Marathon plans, and advanced half plans, get a medium-long run where the week has the days for it.
  const mediumLong =
    a.goal === 'marathon' || (a.goal === 'half' && a.level === 'advanced')
      ? (MEDIUM_LONG_MAX_KM * easyPace) / 60
      : 0;
  // Beginners with little running, and anyone below the smallest starting week, start on run/walk: the
  // walking fills the week while the running stays within their current volume + 10 %.
  const belowStart = a.currentWeekMinutes < MIN_START_WEEK_MINUTES;
  // The run/walk rung in use (undefined: running continuously); it moves up one rung per full build week
  // whose sessions carry the next one, and after the last rung the runner runs continuously. A beginner
  // who has raced (or run) 25 minutes without stopping skips it.
  const demonstrated = Math.max((input.fitness.race?.timeSeconds ?? 0) / 60, a.longestRunMinutes ?? 0);
  let runWalk = runWalkStart(a.level, a.currentWeekMinutes, belowStart, demonstrated);
  let rungUsed = false;
  const firstWeeksAllowed = a.currentWeekMinutes * (1 + RAMP_RATE);
  const notes: PlanNote[] = [];

  const weeks: Week[] = [];
  let highest = 0;
  let previous = 0;
  let previousWasDown = false;
  let fullWeeks = 0;
  // The first long run starts near the runner's longest (never above it); later ones never fall below it
  // (within half the week, `LONG_RUN_FLOOR_MAX_SHARE`), nor below the first continuous long run.
  let longRun = startLongRun(a.longestRunMinutes, goalLong);
  const easyRuns: number[] = [];
  const otherRuns: number[] = [];
  let progress = START_PROGRESS;
  for (let i = 0; i < a.weeks; i++) {
    const weekStart = addDays(a.planStart, i * 7);
    const phase = phases[i] ?? 'base';
    const partial = daysBetween(weekStart, a.startDate) > 0;
    const taperIndex = i - (a.weeks - taper);
    let target: number;
    let down = false;
    if (taperIndex >= 0) target = taperWeekTarget(Math.max(highest, previous), taperIndex, taper);
    else if (partial) {
      const usable = a.days.filter((d) => daysBetween(a.startDate, addDays(weekStart, d)) >= 0).length;
      // A partial first week holds at least one short run: the plan never opens on an empty week.
      target = Math.max(Math.floor((start * usable) / a.days.length), usable > 0 ? MIN_SESSION_MINUTES : 0);
    } else if (runWalk === undefined || (rungUsed && runWalk + 1 >= RUN_WALK_STAGES.length)) {
      // Down weeks count from continuous running: the NHS Couch to 5K has none, its walks are the recovery.
      fullWeeks++;
      down = isDownWeek(fullWeeks, a.gentle);
      // The ramp is spread again over the weeks left, so weeks that held their volume are made up.
      const weekRate =
        highest > 0 ? spreadRamp(highest, peakGoal, fullBuildWeeks, a.gentle, maxRate, fullWeeks) : rate;
      target = buildWeekTarget(
        { highest, previous, previousWasDown },
        { down, start, peak: peakGoal, rate: weekRate },
      );
    } else {
      target = buildWeekTarget({ highest, previous, previousWasDown }, { down, start, peak: peakGoal, rate });
      // A ladder week grows (within the ramp rule) to what carries the next rung (NHS: 20 → 30 min sessions).
      if (rungUsed && highest > 0 && taperIndex < 0) {
        const carries = Math.min(3, a.days.length) * runWalkSessionMinutes(runWalk + 1);
        target = Math.max(target, Math.min(Math.floor(highest * (1 + maxRate)), peakGoal, carries));
      }
    }
    const advance = !partial && taperIndex < 0 && rungUsed;
    if (runWalk !== undefined && advance && runWalk + 1 >= RUN_WALK_STAGES.length) runWalk = undefined;
    const stage = runWalk;
    const fastBarred = noFastRunning(a.injuries, a.startDate, weekStart);
    const raceWeek = a.raceDate !== undefined && taperIndex === taper - 1;
    const ceiling = raceWeek ? raceWeekCeiling(easyRuns, otherRuns, minSessionMinutes(a)) : undefined;
    const quality = weekQuality({
      goal: a.goal,
      phase,
      level: a.level,
      gentle: a.gentle,
      downWeek: down,
      runWalk: stage !== undefined,
      availableDays: a.days.length,
      weekIndex: i,
      noFastRunning: fastBarred,
    });
    const longBlock = stage === undefined ? longBlockFor(a.goal, phase, down) : undefined;
    const mode = taperIndex >= 0 ? 'ease' : down ? 'hold' : 'climb';
    // A new type enters at the rung this week's volume carries (its km estimated at easy pace).
    const weekKm = (target * 60) / centralPace(pace.estimate, 'E');
    const proposal = proposeRungs(progress, weekLadders(quality, longBlock), mode, (key) =>
      entryRung(key, weekKm, pace.estimate),
    );
    // A week that brings in a new intensity adds no volume (DRF ch. 4: one new stress at a time).
    if (proposal.introduces && mode === 'climb' && highest > 0) target = Math.min(target, highest);
    const spec = {
      athlete: a,
      weekStart,
      phase,
      downWeek: down,
      target,
      quality,
      rungs: proposal.rungs,
      ...(longBlock === undefined ? {} : { longBlock }),
      ...(stage === undefined ? {} : { runWalkStage: stage }),
      // No growth until the first full week's long run; after the ladder, growth from its longest run.
      ...weekLongRun(longRun, goalLong, {
        taper: taperIndex >= 0,
        rungUsed,
        raceSpecific: racesLong && phase === 'race-specific' && !down,
      }),
      ...(ceiling === undefined ? {} : { sessionCeiling: ceiling }),
      mediumLong,
      // Strides are not R reps: the gentle track keeps them (issue 4 bars R reps and hill sprints), but not
      // in the first weeks after an Achilles or calf problem (injury-rules.ts).
      strides: stage === undefined && !fastBarred,
      pace,
    };
    const ladder = stage === undefined ? undefined : runWalkWeek(spec, stage, advance ? stage + 1 : stage);
    // A partial first week holds the start week's own sessions on its days left (review #14).
    const built =
      ladder ?? (partial && taperIndex < 0 ? partialFirstWeek(spec, start, buildWeek) : buildWeek(spec));
    if (ladder !== undefined) {
      runWalk = ladder.stage;
      if (!partial) rungUsed = true;
    }
    if (
      belowStart &&
      a.currentWeekStated &&
      highest === 0 &&
      notes.length === 0 &&
      built.minutes > firstWeeksAllowed
    )
      notes.push(startNote(a.currentWeekMinutes, built.minutes, runningMinutes(built.sessions)));
    progress = recordRungs(progress, proposal.rungs, built.rungs, mode === 'climb');
    // On the run/walk ladder the long run grows from the longest continuous run, not time on feet.
    const long = built.sessions.find((s) => s.kind === 'long');
    const reached =
      ladder !== undefined && long !== undefined ? longestContinuousMinutes(long) : built.longMinutes;
    longRun = afterLongRun(longRun, {
      partial,
      taper: taperIndex >= 0,
      ladder: ladder !== undefined,
      longMinutes: built.longMinutes,
      reached,
    });
    if (!partial && taperIndex < 0) {
      easyRuns.push(...built.easyRuns);
      otherRuns.push(...built.sessions.filter((s) => s.kind !== 'long').map((s) => s.minutes));
    }
    if (!partial) highest = Math.max(highest, taperIndex >= 0 ? 0 : built.minutes);
    previous = built.minutes;
    previousWasDown = down;
    const sessions: Session[] = [...built.sessions];
    if (
      a.raceDate !== undefined &&
      a.goal !== 'fitness' &&
      a.goalMeters !== undefined &&
      taperIndex === taper - 1
    ) {
      const trained = [...weeks.flatMap((w) => w.sessions), ...sessions];
      sessions.push(raceDayFor(a, pace, peakTrainingWeekKm(weeks), trained, runWalk));
    }
    weeks.push({ index: i, start: weekStart, phase, downWeek: down, minutes: 0, km: 0, sessions });
  }
  const all = separateHardDays(
    weeks.flatMap((w) => w.sessions),
    pace,
  );
  if (!all.some((s) => s.kind !== 'rest')) {
    return refusal('NO_SESSIONS_IN_HORIZON', { startDate: a.startDate, weeks: a.weeks });
  }
  const injuryAdjusted = injuryNote(a.injuries);
  if (injuryAdjusted !== undefined) notes.push(injuryAdjusted);
  const basis = planBasis(a, weeks);
  const assessed = builtFeasibility(a, taper, basis);
  // A half or marathon whose long runs cannot reach a safe length is refused, with the race that fits.
  const longestRun = Math.max(0, ...all.filter((s) => s.kind !== 'race').map((s) => s.minutes));
  const unreachable = longRunNotReachable(
    a.goal,
    longestRun,
    a.maxDayMinutes,
    (shorter) => {
      const { targetTime: _target, ...goal } = input.goal;
      return buildPlan({ ...input, goal: { ...goal, distance: shorter } }).ok;
    },
    easyPace,
  );
  if (unreachable !== undefined) return unreachable;
  return ok({
    rulesVersion: RULES_VERSION,
    ...(a.vdot === undefined ? {} : { vdot: Math.round(a.vdot * 10) / 10 }),
    goal: {
      distance: a.goal,
      ...(a.raceDate === undefined ? {} : { raceDate: a.raceDate }),
      ...(a.targetTime === undefined ? {} : { targetTime: a.targetTime }),
    },
    feasibility: assessed,
    basis,
    ...(notes.length === 0 ? {} : { notes }),
    weeks: weekTotals(weeks, all),
  });
}
