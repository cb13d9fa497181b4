/**
 * Changes that rebuild the plan: new training days (or long-run day), a new goal or race date. The new
 * plan is a new version from today; runs, check-ins, decisions and earlier versions are kept.
 */
import { clarifyFacts } from '../prompts/templates/problem-words.js';
import { clarify } from '../turn/clarify.js';
import type { Turn, TurnContext } from '../turn/turn.js';
import { say } from '../turn/turn.js';
import { buildAndStorePlan } from './build-plan.js';
import { planBuiltTurn } from '../onboarding/plan-built-turn.js';
import type { OnboardingProfile } from '../onboarding/profile.js';
import type { GoalDistance } from '../rules/plan/types.js';
import { formatDuration } from '../rules/units/duration.js';
import { RACE_DISTANCE_METERS } from '../rules/units/race-distance.js';

/** How close (fraction) a stated distance must be to a goal race to count as it ("21.1k" is the half). */
const GOAL_DISTANCE_TOLERANCE = 0.03;
const GOALS: readonly Exclude<GoalDistance, 'fitness'>[] = ['5k', '10k', 'half', 'marathon'];

/** The goal race a distance in metres stands for, if it is one runloop plans for. */
export function goalForMeters(meters: number): Exclude<GoalDistance, 'fitness'> | undefined {
  return GOALS.find(
    (g) => Math.abs(meters - RACE_DISTANCE_METERS[g]) / RACE_DISTANCE_METERS[g] <= GOAL_DISTANCE_TOLERANCE,
  );
}

async function rebuild(ctx: TurnContext, next: OnboardingProfile): Promise<Turn> {
  const stored = await buildAndStorePlan(ctx.repos, ctx.athlete, next, ctx.today, { replan: true });
  if (!stored.ok)
    return clarify({
      code: stored.code,
      slot: 'goal',
      message: stored.message,
      facts: clarifyFacts(stored.facts),
    });
  // The new plan's profile is kept with the runner's state when the message is saved.
  return { ...planBuiltTurn(stored.value, ctx.today, true), runner: { profile: next } };
}

export async function changeDays(ctx: TurnContext): Promise<Turn> {
  const profile = ctx.athlete.state.profile;
  if (!profile) return say({ kind: 'error', code: 'NO_PLAN' });
  const { days: said, longDay: saidLong } = ctx.parsed.slots;
  if ((!said || said.length === 0) && !saidLong) {
    return clarify({
      code: 'DAYS_MISSING',
      slot: 'days',
    });
  }
  const days = said && said.length > 0 ? said : profile.days;
  const longDay = saidLong ?? (days.includes(profile.longDay) ? profile.longDay : days.at(-1)!);
  const withLong = days.includes(longDay) ? days : [...days, longDay];
  return rebuild(ctx, { ...profile, days: withLong, longDay });
}

export async function changeGoal(ctx: TurnContext): Promise<Turn> {
  const profile = ctx.athlete.state.profile;
  if (!profile) return say({ kind: 'error', code: 'NO_PLAN' });
  const s = ctx.parsed.slots;
  const distance = s.distanceM !== undefined ? goalForMeters(s.distanceM) : profile.goal.distance;
  if (!distance) {
    return clarify({
      code: 'GOAL_DISTANCE_UNSUPPORTED',
      slot: 'distanceM',
    });
  }
  const sameRace = distance === profile.goal.distance;
  const raceDate =
    s.date !== undefined && s.date > ctx.today ? s.date : sameRace ? profile.goal.raceDate : undefined;
  if (!raceDate)
    return clarify({
      code: 'RACE_DATE_MISSING',
      slot: 'date',
    });
  const targetTime =
    s.durationS !== undefined ? formatDuration(s.durationS) : sameRace ? profile.goal.targetTime : undefined;
  return rebuild(ctx, {
    ...profile,
    goal: { distance, raceDate, ...(targetTime ? { targetTime } : {}) },
  });
}
