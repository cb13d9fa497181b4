import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Athlete, AthletePatch, NewAthlete } from '../../coach/model/athlete.js';
import type { AthleteRepository } from '../../coach/ports/athlete-repository.js';
import type { Clock } from '../../coach/ports/clock.js';
import type { UnitOfWork } from '../../coach/ports/repositories.js';
import { localNow } from '../../coach/local-date.js';
import { onboard } from '../../coach/onboarding/onboard.js';
import { awaitingOnboarding } from '../../coach/model/runner-state.js';
import { birthYearFromAge, type OnboardingProfile } from '../../coach/onboarding/profile.js';
import type { StoredPlan } from '../../coach/ports/plan-repository.js';
import { planErrorText } from '../../coach/prompts/templates/plan-error-words.js';
import { feasibilityJson } from '../../coach/prompts/plan-json.js';
import { ApiError } from '../http/api-error.js';
import {
  athleteParams,
  athleteResponse,
  createAthleteBody,
  errorResponse,
  patchAthleteBody,
} from './athletes.schemas.js';

export interface AthleteRoutesDeps {
  athletes: AthleteRepository;
  unitOfWork: UnitOfWork;
  clock: Clock;
}

type AthleteJson = z.infer<typeof athleteResponse>;

/** The API's view of a runner (their state is served by the plan endpoints and the export). */
export function athleteToJson(a: Athlete, plan?: StoredPlan): AthleteJson {
  const { phoneE164, state: _state, ...rest } = a;
  return {
    ...rest,
    ...(phoneE164 !== undefined ? { phone: phoneE164 } : {}),
    ...(plan
      ? {
          plan: {
            version: plan.version,
            weeks: plan.plan.weeks.length,
            ...(plan.plan.vdot !== undefined ? { vdot: plan.plan.vdot } : {}),
            feasibility: feasibilityJson(plan.plan.feasibility),
          },
        }
      : {}),
  };
}

/** Answers the plan builder could not use: the runner's mistake, said plainly (400 with the code). */
const PLAN_ERROR_STATUS = 400;

const notFound = () => new ApiError(404, 'ATHLETE_NOT_FOUND', 'No runner with that id.');

function checkHeartRates(hr: {
  maxHr?: number | null;
  restingHr?: number | null;
  lthr?: number | null;
}): void {
  const { maxHr, restingHr, lthr } = hr;
  if (maxHr != null && restingHr != null && restingHr >= maxHr) {
    throw new ApiError(400, 'INVALID_HEART_RATES', 'Resting heart rate must be below maximum heart rate.');
  }
  if (maxHr != null && lthr != null && lthr >= maxHr) {
    throw new ApiError(400, 'INVALID_HEART_RATES', 'Threshold heart rate must be below maximum heart rate.');
  }
}

const conflict = (code: string, message: string) => new ApiError(409, code, message);

/** POST /api/athletes, GET and PATCH /api/athletes/:id. */
export const athleteRoutes: FastifyPluginAsync<AthleteRoutesDeps> = async (fastify, deps) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/athletes',
    { schema: { body: createAthleteBody, response: { 201: athleteResponse, '4xx': errorResponse } } },
    async (request, reply) => {
      const {
        phone,
        age,
        race,
        goal,
        days,
        longDay,
        weeklyKm,
        weeklyMinutes,
        longestRunKm,
        level,
        injuries,
        ...fields
      } = request.body;
      checkHeartRates(fields);
      const now = localNow(deps.clock.now(), fields.timezone ?? 'UTC');
      const birthYear = fields.birthYear ?? (age !== undefined ? birthYearFromAge(age, now.date) : undefined);
      const input: Omit<NewAthlete, 'state'> = {
        ...fields,
        ...(birthYear !== undefined ? { birthYear } : {}),
        ...(phone !== undefined ? { phoneE164: phone } : {}),
      };
      if (goal === undefined || days === undefined || longDay === undefined) {
        // No profile yet: the runner's first messages start the onboarding conversation.
        const created = await deps.athletes.create({ ...input, state: awaitingOnboarding() });
        if (!created.ok) throw conflict(created.code, created.message);
        return reply.status(201).send(athleteToJson(created.value));
      }
      const profile: OnboardingProfile = {
        goal,
        days,
        longDay,
        level: level ?? 'intermediate',
        ...(race ? { race } : {}),
        ...(weeklyKm !== undefined ? { weeklyKm } : {}),
        ...(weeklyMinutes !== undefined ? { weeklyMinutes } : {}),
        ...(longestRunKm !== undefined ? { longestRunKm } : {}),
        ...(age !== undefined ? { age } : {}),
        ...(injuries ? { injuries } : {}),
      };
      // The plan is built by the one plan-building use case (use-cases/build-plan.ts), via onboard().
      const onboarded = await onboard(deps.unitOfWork, input, profile, now.date);
      if (!onboarded.ok) {
        const status = onboarded.code.endsWith('_TAKEN') ? 409 : PLAN_ERROR_STATUS;
        // The runner's words for the code (coach/prompts); the rule's own message for codes it has none for.
        const message = planErrorText(onboarded.code, onboarded.facts) ?? onboarded.message;
        throw new ApiError(status, onboarded.code, message);
      }
      return reply.status(201).send(athleteToJson(onboarded.value.athlete, onboarded.value.plan));
    },
  );

  app.get(
    '/api/athletes/:id',
    { schema: { params: athleteParams, response: { 200: athleteResponse, '4xx': errorResponse } } },
    async (request) => {
      const athlete = await deps.athletes.findById(request.params.id);
      if (!athlete) throw notFound();
      return athleteToJson(athlete);
    },
  );

  app.patch(
    '/api/athletes/:id',
    {
      schema: {
        params: athleteParams,
        body: patchAthleteBody,
        response: { 200: athleteResponse, '4xx': errorResponse },
      },
    },
    async (request) => {
      const current = await deps.athletes.findById(request.params.id);
      if (!current) throw notFound();
      const { phone, ...fields } = request.body;
      checkHeartRates({ ...current, ...fields });
      const patch: AthletePatch = { ...fields, ...(phone !== undefined ? { phoneE164: phone } : {}) };
      const updated = await deps.athletes.update(current.id, patch);
      if (!updated) throw notFound();
      if (!updated.ok) throw conflict(updated.code, updated.message);
      return athleteToJson(updated.value);
    },
  );
};
