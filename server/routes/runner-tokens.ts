/**
 * Runner-scoped API tokens: `POST /api/athletes/:id/tokens` issues one (operator only; the token is in
 * this answer and nowhere else), `GET` lists them (never the token), `DELETE …/tokens/:tokenId` revokes
 * one (the operator, or the runner with one of their own tokens).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AthleteRepository } from '../../coach/ports/athlete-repository.js';
import type { RunnerTokenInfo, RunnerTokenRepository } from '../../coach/ports/runner-token-repository.js';
import { ApiError } from '../http/api-error.js';
import { athleteParams, errorResponse } from './athletes.schemas.js';

export interface RunnerTokenRoutesDeps {
  readonly athletes: AthleteRepository;
  readonly tokens: RunnerTokenRepository;
}

const tokenInfo = z.object({
  id: z.string(),
  athleteId: z.string(),
  issuedBy: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

const tokenJson = (t: RunnerTokenInfo) => ({
  id: t.id,
  athleteId: t.athleteId,
  issuedBy: t.issuedBy,
  createdAt: t.createdAt.toISOString(),
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export const runnerTokenRoutes: FastifyPluginAsync<RunnerTokenRoutesDeps> = async (fastify, deps) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  async function athleteIdOr404(id: string): Promise<string> {
    const athlete = await deps.athletes.findById(id);
    if (!athlete) throw new ApiError(404, 'ATHLETE_NOT_FOUND', 'No runner with that id.');
    return athlete.id;
  }

  app.post(
    '/api/athletes/:id/tokens',
    {
      config: { operatorOnly: true },
      schema: {
        params: athleteParams,
        response: { 201: tokenInfo.extend({ token: z.string() }), '4xx': errorResponse },
      },
    },
    async (request, reply) => {
      const issued = await deps.tokens.issue(await athleteIdOr404(request.params.id), 'operator');
      return reply.status(201).send({ ...tokenJson(issued), token: issued.token });
    },
  );

  app.get(
    '/api/athletes/:id/tokens',
    { schema: { params: athleteParams, response: { 200: z.array(tokenInfo), '4xx': errorResponse } } },
    async (request) => (await deps.tokens.list(await athleteIdOr404(request.params.id))).map(tokenJson),
  );

  app.delete(
    '/api/athletes/:id/tokens/:tokenId',
    { schema: { params: athleteParams.extend({ tokenId: z.string().max(64) }) } },
    async (request, reply) => {
      const athleteId = await athleteIdOr404(request.params.id);
      if (!(await deps.tokens.revoke(athleteId, request.params.tokenId)))
        throw new ApiError(404, 'TOKEN_NOT_FOUND', 'This runner has no live token with that id.');
      return reply.status(204).send(null);
    },
  );
};
