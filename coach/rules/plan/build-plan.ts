/**
 * The plan builder: from a runner's fitness, goal and week to a periodised plan of dated, structured
 * sessions. Pure: same input, same plan.
 */
import { addDays } from '../calendar/add-days.js';
import { daysBetween } from '../calendar/days-between.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import { equivalentRaceTime } from '../vdot/equivalent-race-time.js';
import type { Athlete } from './athlete.js';
import { resolveAthlete } from './athlete.js';
import { MIN_SESSION_MINUTES, buildWeek } from './build-week.js';
import { RUN_WALK_BELOW_WEEK_MINUTES, RUN_WALK_STAGES, runWalkStartStage } from './easy-sessions.js';
import { goalFeasibility, withLongRunCheck } from './feasibility.js';
import { separateHardDays } from './hard-day-guard.js';
import { planPhases, taperWeeks } from './phases.js';
import type { PlanErrorCode } from './plan-errors.js';
import type { PlanInput } from './plan-input.js';
import { sessionPurpose } from './purposes.js';
import { weekQuality } from './quality-menu.js';
import { raceSession } from './race-session.js';
import { RULES_VERSION } from './rules-version.js';
import type { PaceContext } from './steps.js';
import { runningMinutes } from './steps.js';
import type { Plan, PlanNote, Session, Week } from './types.js';
import {
  GENTLE_RAMP_RATE,
  MIN_START_WEEK_MINUTES,
  RAMP_RATE,
  buildWeekTarget,
  isDownWeek,
  peakWeekMinutes,
  startWeekMinutes,
  taperWeekTarget,
} from './weekly-volume.js';

/**
 * Longest long run per goal, minutes: ~150 min for the marathon (issue 4; Daniels caps the long run at
 * 150 min), shorter for shorter goals (runloop's choice).
 */
export const LONG_RUN_CAP_MINUTES = { '5k': 80, '10k': 100, half: 120, marathon: 150, fitness: 90 } as const;
/** The long run grows by at most this many minutes over the longest run so far (runloop's choice). */
export const LONG_RUN_STEP_MINUTES = 15;

/**
 * Builds a plan, or says why it cannot (`NOT_ENOUGH_WEEKS`, `RACE_DATE_NOT_AFTER_START`, …).
 *
 * @example
 * buildPlan({ fitness: { race: { distanceMeters: 5000, timeSeconds: 1500 } },
 *   goal: { distance: 'half', raceDate: '2027-04-18' }, startDate: '2026-12-07',
 *   availableDays: ['mon', 'wed', 'fri', 'sun'], longRunDay: 'sun', level: 'intermediate' });
 * // ok({ rulesVersion: '2026.11.2', vdot: 38.3, weeks: [… 19 weeks …], feasibility: {…} })
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
  const feasibility = goalFeasibility({
    goal: a.goal,
    ...(a.goalMeters === undefined ? {} : { goalMeters: a.goalMeters }),
    level: a.level,
    weeks: a.weeks,
    trainingWeeks: a.weeks - taper,
    ...(a.vdot === undefined ? {} : { vdot: a.vdot }),
    ...(a.targetTime === undefined ? {} : { targetTime: a.targetTime }),
    vdotEstimated: a.vdotSource === 'easy-pace',
    ...(Number.isFinite(a.maxDayMinutes) ? { maxDayMinutes: a.maxDayMinutes } : {}),
  });

  const injured = a.gentle && a.level !== 'beginner';
  const start = startWeekMinutes(a.currentWeekMinutes);
  const peakGoal = peakWeekMinutes(a.goal, a.level, start, injured);
  const rate = a.gentle ? GENTLE_RAMP_RATE : RAMP_RATE;
  // Beginners with little running, and anyone below the smallest starting week, start on run/walk: the
  // walking fills the week while the running stays within their current volume + 10 %.
  const belowStart = a.currentWeekMinutes < MIN_START_WEEK_MINUTES;
  let runWalk: number | undefined =
    (a.level === 'beginner' && a.currentWeekMinutes < RUN_WALK_BELOW_WEEK_MINUTES) || belowStart
      ? runWalkStartStage(a.currentWeekMinutes)
      : undefined;
  const firstWeeksAllowed = a.currentWeekMinutes * (1 + RAMP_RATE);
  const notes: PlanNote[] = [];

  const weeks: Week[] = [];
  let highest = 0;
  let previous = 0;
  let previousWasDown = false;
  let fullWeeks = 0;
  let longest = a.longestRunMinutes;
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
    } else {
      fullWeeks++;
      down = isDownWeek(fullWeeks, a.gentle);
      target = buildWeekTarget({ highest, previous, previousWasDown }, { down, start, peak: peakGoal, rate });
    }
    const stage = runWalk !== undefined && runWalk < RUN_WALK_STAGES.length ? runWalk : undefined;
    const built = buildWeek({
      athlete: a,
      weekStart,
      phase,
      downWeek: down,
      target,
      quality: weekQuality({
        goal: a.goal,
        phase,
        level: a.level,
        gentle: a.gentle,
        downWeek: down,
        runWalk: stage !== undefined,
        availableDays: a.days.length,
        weekIndex: i,
      }),
      ...(stage === undefined ? {} : { runWalkStage: stage }),
      longCap: Math.min(
        LONG_RUN_CAP_MINUTES[a.goal],
        longest === undefined ? Number.POSITIVE_INFINITY : Math.floor(longest + LONG_RUN_STEP_MINUTES),
      ),
      // Strides are not R reps: the gentle track keeps them (issue 4 bars R reps and hill sprints).
      strides: stage === undefined,
      pace,
    });
    if (
      belowStart &&
      a.currentWeekStated &&
      highest === 0 &&
      notes.length === 0 &&
      built.minutes > firstWeeksAllowed
    )
      notes.push(startNote(a.currentWeekMinutes, built.minutes, runningMinutes(built.sessions)));
    if (built.longMinutes > 0) longest = Math.max(longest ?? 0, built.longMinutes);
    if (!partial) highest = Math.max(highest, taperIndex >= 0 ? 0 : built.minutes);
    previous = built.minutes;
    previousWasDown = down;
    if (runWalk !== undefined && !partial && !down && taperIndex < 0) runWalk++;
    const sessions: Session[] = [...built.sessions];
    if (
      a.raceDate !== undefined &&
      a.goal !== 'fitness' &&
      a.goalMeters !== undefined &&
      taperIndex === taper - 1
    ) {
      sessions.push(raceDay(a, pace, feasibility.ok ? a.targetTime : undefined, feasibility.predictedTime));
    }
    weeks.push({ index: i, start: weekStart, phase, downWeek: down, minutes: 0, km: 0, sessions });
  }
  const all = separateHardDays(
    weeks.flatMap((w) => w.sessions),
    pace,
  );
  const finalWeeks = weeks.map((w) => {
    const end = addDays(w.start, 6);
    const sessions = all.filter((s) => s.date >= w.start && s.date <= end);
    const minutes = Math.round(sessions.reduce((sum, s) => sum + s.minutes, 0) * 10) / 10;
    const km = Math.round(sessions.reduce((sum, s) => sum + s.km, 0) * 10) / 10;
    return { ...w, minutes, km, sessions };
  });
  if (!all.some((s) => s.kind !== 'rest')) {
    return err(
      'NO_SESSIONS_IN_HORIZON',
      'None of your running days falls between the start date and the end of the plan: start earlier or plan more weeks.',
      { startDate: a.startDate, weeks: a.weeks },
    );
  }
  const { raceDayVdot: _raceDayVdot, ...assessed } = feasibility;
  const longestRun = Math.max(0, ...all.filter((s) => s.kind !== 'race').map((s) => s.minutes));
  const feasible = withLongRunCheck(assessed, a.goal, longestRun, a.maxDayMinutes);
  return ok({
    rulesVersion: RULES_VERSION,
    ...(a.vdot === undefined ? {} : { vdot: Math.round(a.vdot * 10) / 10 }),
    goal: {
      distance: a.goal,
      ...(a.raceDate === undefined ? {} : { raceDate: a.raceDate }),
      ...(a.targetTime === undefined ? {} : { targetTime: a.targetTime }),
    },
    feasibility: feasible,
    ...(notes.length === 0 ? {} : { notes }),
    weeks: finalWeeks,
  });
}

function startNote(stated: number, start: number, running: number): PlanNote {
  const r = (x: number): number => Math.round(x);
  return {
    code: 'START_ABOVE_STATED_VOLUME',
    message:
      `You run about ${r(stated)} min a week; the smallest week a plan starts from is ${MIN_START_WEEK_MINUTES} min, ` +
      `so your first week is run/walk: ${r(start)} min on your feet, about ${r(running)} of them running, the rest walking.`,
    facts: { statedMinutes: r(stated), startMinutes: r(start), runningMinutes: r(running) },
  };
}

function raceDay(
  a: Athlete,
  pace: PaceContext,
  target: number | undefined,
  predicted: number | undefined,
): Session {
  const goal = a.goal as Exclude<typeof a.goal, 'fitness'>;
  const meters = a.goalMeters ?? 0;
  const seconds = target ?? predicted ?? equivalentRaceTime(a.estimate.vdot, meters);
  return raceSession(
    a.raceDate ?? '',
    goal,
    meters,
    seconds,
    pace,
    a.vdot !== undefined,
    sessionPurpose('race', a.goal, 'taper', false),
  );
}
