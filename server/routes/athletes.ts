import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Athlete, AthletePatch, NewAthlete } from '../../coach/model/athlete.js';
import type { AthleteRepository } from '../../coach/ports/athlete-repository.js';
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
}

type AthleteJson = z.infer<typeof athleteResponse>;

/** The API's view of a runner (profile answers are served by the plan endpoints). */
export function athleteToJson(a: Athlete): AthleteJson {
  const { phoneE164, profile: _profile, ...rest } = a;
  return { ...rest, ...(phoneE164 !== undefined ? { phone: phoneE164 } : {}) };
}

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
      const { phone, ...fields } = request.body;
      checkHeartRates(fields);
      const input: NewAthlete = { ...fields, ...(phone !== undefined ? { phoneE164: phone } : {}) };
      const created = await deps.athletes.create(input);
      if (!created.ok) throw conflict(created.code, created.message);
      return reply.status(201).send(athleteToJson(created.value));
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
