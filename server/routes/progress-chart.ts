/**
 * `GET /api/athletes/:id/progress.png`: the runner's progress chart (issue 12 §6) as `image/png`, the
 * picture Telegram's `/progress` sends. `404 ATHLETE_NOT_FOUND` for an unknown runner, `404
 * PLAN_NOT_FOUND` before there is a plan.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ProgressChartDeps } from '../../coach/use-cases/progress-chart.js';
import { progressChartPng } from '../../coach/use-cases/progress-chart.js';
import { ApiError } from '../http/api-error.js';
import { athleteParams } from './athletes.schemas.js';

export const progressChartRoutes: FastifyPluginAsync<ProgressChartDeps> = async (fastify, deps) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/athletes/:id/progress.png', { schema: { params: athleteParams } }, async (request, reply) => {
    const result = await progressChartPng(deps, request.params.id);
    if (!result.ok) {
      if (result.code === 'NO_PLAN')
        throw new ApiError(404, 'PLAN_NOT_FOUND', 'This runner has no plan yet.');
      throw new ApiError(404, 'ATHLETE_NOT_FOUND', 'No runner with that id.');
    }
    return reply
      .header('content-type', 'image/png')
      .header('cache-control', 'private, no-cache')
      .send(result.value.png);
  });
};
