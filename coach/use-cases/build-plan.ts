/**
 * Building a plan from an onboarding profile, shared by every way a plan comes about: `POST /api/athletes`
 * with a profile and the chat onboarding (plan version 1), and a replan (new days, goal or race date). The
 * profile becomes the builder's input, the plan is built, and the goal, starting fitness, plan version and
 * a Decision (the audit of why) are stored. Expected failures come back with a stable code: the profile's
 * (`ProfileError`) or the builder's (`PlanErrorCode`).
 */
import type { Athlete } from '../model/athlete.js';
import type { OnboardingProfile, ProfileError } from '../onboarding/profile.js';
import { profileToPlanInput } from '../onboarding/profile.js';
import type { StoredPlan } from '../ports/plan-repository.js';
import type { Repositories } from '../ports/repositories.js';
import { buildPlan } from '../rules/plan/build-plan.js';
import type { PlanErrorCode } from '../rules/plan/plan-errors.js';
import { ok, type Result } from '../rules/result.js';
import { formatDuration } from '../rules/units/duration.js';
import { RACE_DISTANCE_METERS } from '../rules/units/race-distance.js';
import { equivalentRaceTime } from '../rules/vdot/equivalent-race-time.js';

export type BuildPlanError = ProfileError | PlanErrorCode;

export interface BuildPlanOptions {
  /** A replan: starts from today's fitness and is audited as `plan.replan`. */
  readonly replan?: boolean;
}

/**
 * Builds the plan for `profile` starting `today` and stores it as the runner's active plan. The athlete's
 * heart rates (bpm) shape the zones. Nothing about the runner's state is written here: the caller keeps
 * `profile` as the one the plan was built from.
 */
export async function buildAndStorePlan(
  repos: Repositories,
  athlete: Athlete,
  profile: OnboardingProfile,
  today: string,
  options: BuildPlanOptions = {},
): Promise<Result<StoredPlan, BuildPlanError>> {
  const replan = options.replan === true;
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
