/**
 * Onboarding: a new runner with a profile gets a stored plan at once — the athlete, their goal, their
 * starting fitness and plan version 1, all in one transaction, with the build stored as a Decision.
 */
import type { Athlete, NewAthlete } from '../model/athlete.js';
import type { StoredPlan } from '../ports/plan-repository.js';
import type { Repositories, UnitOfWork } from '../ports/repositories.js';
import { buildPlan } from '../rules/plan/build-plan.js';
import { err, ok, type Result } from '../rules/result.js';
import { formatDuration } from '../rules/units/duration.js';
import { RACE_DISTANCE_METERS } from '../rules/units/race-distance.js';
import { equivalentRaceTime } from '../rules/vdot/equivalent-race-time.js';
import { profileToPlanInput, type OnboardingProfile } from './profile.js';

export interface OnboardResult {
  readonly athlete: Athlete;
  readonly plan: StoredPlan;
}

/**
 * Builds the plan for `profile` starting `today` and stores it as the runner's active plan.
 * Expected failures (an unusable profile, an impossible goal) come back with the builder's code.
 */
export async function buildAndStorePlan(
  repos: Repositories,
  athlete: Athlete,
  profile: OnboardingProfile,
  today: string,
  replan = false,
): Promise<Result<StoredPlan, string>> {
  // A replan starts from today's fitness (a race or evidence may have raised it since onboarding): stated
  // as its 5K equivalent, which maps back to the same VDOT.
  const fitness = replan ? await repos.fitness.current(athlete.id, today) : undefined;
  const fromToday: OnboardingProfile = fitness
    ? {
        ...profile,
        race: {
          distance: '5k',
          time: formatDuration(equivalentRaceTime(fitness.vdot, RACE_DISTANCE_METERS['5k'])),
        },
      }
    : profile;
  const input = profileToPlanInput(fromToday, today, {
    ...(athlete.maxHr !== undefined ? { maxHr: athlete.maxHr } : {}),
    ...(athlete.restingHr !== undefined ? { restingHr: athlete.restingHr } : {}),
    ...(athlete.lthr !== undefined ? { lthr: athlete.lthr } : {}),
  });
  if (!input.ok) return input;
  const built = buildPlan(input.value);
  if (!built.ok) return built;
  const plan = built.value;
  const goal = profile.goal;
  await repos.goals.setActive({
    athleteId: athlete.id,
    distance: goal.distance,
    ...(goal.distance !== 'fitness'
      ? { distanceMeters: Math.round(RACE_DISTANCE_METERS[goal.distance]) }
      : {}),
    ...(goal.raceDate ? { raceDate: goal.raceDate } : {}),
    ...(input.value.goal.targetTime !== undefined ? { targetSeconds: input.value.goal.targetTime } : {}),
  });
  const current = await repos.fitness.current(athlete.id);
  if (plan.vdot !== undefined && current?.vdot !== plan.vdot) {
    await repos.fitness.add({
      athleteId: athlete.id,
      date: today,
      vdot: plan.vdot,
      source: profile.race ? 'race' : 'estimate',
      evidence: profile.race ? { race: profile.race } : { from: 'onboarding' },
    });
  }
  const stored = await repos.plans.save(athlete.id, plan);
  await repos.decisions.add({
    athleteId: athlete.id,
    rule: replan ? 'plan.replan' : 'plan.build',
    date: today,
    action: replan ? 'replan' : 'build_plan',
    before: null,
    after: { version: stored.version, weeks: plan.weeks.length, vdot: plan.vdot ?? null },
    reasons: [
      {
        code: plan.feasibility.ok ? 'GOAL_FEASIBLE' : 'GOAL_AMBITIOUS',
        facts: { ...plan.feasibility, goal: plan.goal, weeks: plan.weeks.length },
      },
      ...(plan.notes ?? []).map((n) => ({ code: n.code, facts: n.facts })),
    ],
    inputs: { profile },
  });
  return ok(stored);
}

/** Creates the runner and their first plan in one unit of work; nothing is stored when either fails. */
export async function onboard(
  unitOfWork: UnitOfWork,
  athleteInput: NewAthlete,
  profile: OnboardingProfile,
  today: string,
): Promise<Result<OnboardResult, string>> {
  class Rollback extends Error {
    constructor(
      readonly failure: { code: string; message: string; facts?: Readonly<Record<string, unknown>> },
    ) {
      super(failure.code);
    }
  }
  try {
    return await unitOfWork.run(async (repos) => {
      const created = await repos.athletes.create({
        ...athleteInput,
        profile: { ...athleteInput.profile, onboarding: profile },
      });
      if (!created.ok) throw new Rollback(created);
      const plan = await buildAndStorePlan(repos, created.value, profile, today);
      if (!plan.ok) throw new Rollback(plan);
      return ok({ athlete: created.value, plan: plan.value });
    });
  } catch (error) {
    if (error instanceof Rollback) return err(error.failure.code, error.failure.message, error.failure.facts);
    throw error;
  }
}
