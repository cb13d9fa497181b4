/**
 * A runner's data: the plan, today's session, runs, check-ins, decisions, a full export, and deletion of
 * everything. Every route reads only the runner named in the path.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localNow } from '../../coach/local-date.js';
import type { Athlete } from '../../coach/model/athlete.js';
import type { Clock } from '../../coach/ports/clock.js';
import type { Repositories, UnitOfWork } from '../../coach/ports/repositories.js';
import { buildRunnerExport } from '../../coach/use-cases/runner-export.js';
import { planJson, sessionJson } from '../../coach/prompts/plan-json.js';
import { ApiError } from '../http/api-error.js';
import { auditActorOf } from '../http/bearer-auth.js';
import { athleteParams, errorResponse } from './athletes.schemas.js';

export interface AthleteDataDeps {
  repositories: Repositories;
  /** The delete and its audit entry, together. */
  unitOfWork: UnitOfWork;
  clock: Clock;
}

/** A stored plan version as clients read it: purposes worded beside their codes (`plan-json.ts`). */

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

const activityJson = z.object({
  id: z.string(),
  date: z.string(),
  km: z.number().nullable(),
  minutes: z.number().nullable(),
  avgHr: z.number().nullable(),
  maxHr: z.number().nullable(),
  rpe: z.number().nullable(),
  cadence: z.number().nullable(),
  race: z.boolean(),
  source: z.string(),
  /** The run judged against its prescription (`RunAssessment`), when it had one. */
  assessment: z.record(z.string(), z.unknown()).nullable(),
});

const checkinJson = z.object({
  date: z.string(),
  sleepHours: z.number().nullable(),
  restingHr: z.number().nullable(),
  hrv: z.number().nullable(),
  soreness: z.number().nullable(),
  stress: z.number().nullable(),
  illness: z.boolean().nullable(),
  pain: z.object({ location: z.string().nullable(), score: z.number() }).nullable(),
  redFlags: z.array(z.string()),
});

export const athleteDataRoutes: FastifyPluginAsync<AthleteDataDeps> = async (fastify, deps) => {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const repos = deps.repositories;

  async function athleteOr404(id: string): Promise<Athlete> {
    const athlete = await repos.athletes.findById(id);
    if (!athlete) throw new ApiError(404, 'ATHLETE_NOT_FOUND', 'No runner with that id.');
    return athlete;
  }

  async function planOr404(athleteId: string) {
    const stored = await repos.plans.active(athleteId);
    if (!stored) throw new ApiError(404, 'PLAN_NOT_FOUND', 'This runner has no plan yet.');
    return stored;
  }

  const params = { params: athleteParams };
  /** Plan, decisions and export are documented in README; only the error shape is enforced here. */
  const anyObject = { 200: z.record(z.string(), z.unknown()), '4xx': errorResponse };

  app.get('/api/athletes/:id/plan', { schema: { ...params, response: anyObject } }, async (request) => {
    await athleteOr404(request.params.id);
    const stored = await planOr404(request.params.id);
    return { version: stored.version, createdAt: stored.createdAt, ...planJson(stored.plan) };
  });

  app.get('/api/athletes/:id/today', { schema: { ...params, response: anyObject } }, async (request) => {
    const athlete = await athleteOr404(request.params.id);
    const { date } = localNow(deps.clock.now(), athlete.timezone);
    const paused = athlete.state.conversation.paused;
    const stored = await planOr404(athlete.id);
    const today = stored.sessions.find((s) => s.date === date);
    return {
      date,
      session: today === undefined ? null : sessionJson(today),
      ...(paused ? { paused } : {}),
    };
  });

  app.get(
    '/api/athletes/:id/activities',
    { schema: { ...params, response: { 200: z.array(activityJson), '4xx': errorResponse } } },
    async (request) => {
      await athleteOr404(request.params.id);
      return (await repos.activities.list(request.params.id)).map((a) => ({
        id: a.id,
        date: a.date,
        km: a.distanceMeters !== undefined ? round(a.distanceMeters / 1000, 3) : null,
        minutes: a.durationSeconds !== undefined ? round(a.durationSeconds / 60, 2) : null,
        avgHr: a.avgHr ?? null,
        maxHr: a.maxHr ?? null,
        rpe: a.rpe ?? null,
        cadence: a.cadence ?? null,
        race: a.race ?? false,
        source: a.source,
        assessment: (a.assessment as unknown as Record<string, unknown> | undefined) ?? null,
      }));
    },
  );

  app.get(
    '/api/athletes/:id/checkins',
    { schema: { ...params, response: { 200: z.array(checkinJson), '4xx': errorResponse } } },
    async (request) => {
      await athleteOr404(request.params.id);
      return (await repos.checkins.list(request.params.id)).map((c) => ({
        date: c.date,
        sleepHours: c.sleepHours ?? null,
        restingHr: c.restingHr ?? null,
        hrv: c.hrv ?? null,
        soreness: c.soreness ?? null,
        stress: c.stress ?? null,
        illness: c.illness ?? null,
        pain: c.pain ? { location: c.pain.location ?? null, score: c.pain.score } : null,
        redFlags: [...c.redFlags],
      }));
    },
  );

  app.get(
    '/api/athletes/:id/decisions',
    {
      schema: {
        ...params,
        response: { 200: z.array(z.record(z.string(), z.unknown())), '4xx': errorResponse },
      },
    },
    async (request) => {
      await athleteOr404(request.params.id);
      return (await repos.decisions.list(request.params.id)).map((d) => ({ ...d }));
    },
  );

  app.get(
    '/api/athletes/:id/export',
    { schema: { ...params, response: anyObject } },
    async (request, reply) => {
      const athlete = await athleteOr404(request.params.id);
      reply.header('content-disposition', `attachment; filename="runloop-${athlete.id}.json"`);
      // Recorded first, so the export holds its own entry as the database does.
      await repos.audit.record({ actor: auditActorOf(request), action: 'export', athleteId: athlete.id });
      return buildRunnerExport(deps, athlete);
    },
  );

  app.delete('/api/athletes/:id', { schema: params }, async (request, reply) => {
    // The delete and its audit entry land together (the entry outlives the runner, with their id only).
    const deleted = await deps.unitOfWork.run(async (tx) => {
      const done = await tx.athletes.delete(request.params.id);
      if (done) await tx.audit.recordDelete(auditActorOf(request), request.params.id.toLowerCase());
      return done;
    });
    if (!deleted) throw new ApiError(404, 'ATHLETE_NOT_FOUND', 'No runner with that id.');
    return reply.status(204).send(null);
  });
};
