/**
 * Onboarding with a full profile (`POST /api/athletes`): a new runner gets a stored plan at once — the
 * athlete with the profile in their state, their goal, their starting fitness and plan version 1, all in
 * one transaction, with the build stored as a Decision (`use-cases/build-plan.ts`).
 */
import type { Athlete, NewAthlete } from '../model/athlete.js';
import { emptyRunnerState } from '../model/runner-state.js';
import type { StoredPlan } from '../ports/plan-repository.js';
import type { UnitOfWork } from '../ports/repositories.js';
import { err, ok, type Result } from '../rules/result.js';
import { buildAndStorePlan } from '../use-cases/build-plan.js';
import type { OnboardingProfile } from './profile.js';

export interface OnboardResult {
  readonly athlete: Athlete;
  readonly plan: StoredPlan;
}

/** Creates the runner and their first plan in one unit of work; nothing is stored when either fails. */
export async function onboard(
  unitOfWork: UnitOfWork,
  athleteInput: Omit<NewAthlete, 'state'>,
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
        state: { ...emptyRunnerState(), profile },
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
