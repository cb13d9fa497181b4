/**
 * `POST /api/athletes/:id/activities/import`: an activity file (GPX, TCX or FIT) as the raw body
 * (`Content-Type: application/octet-stream`), its name in the `filename` query or the `X-Filename` header.
 * The run is stored like a logged one and the replies end with the RPE question; a file over 20 MB is a
 * 413, a refused file a 400 with its code (the coach's worded reply as the message), both storing nothing.
 */
import type { FastifyError, FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { importActivityFile, MAX_ACTIVITY_FILE_BYTES } from '../../coach/channel.js';
import type { CoachDeps } from '../../coach/coach-deps.js';
import { ApiError, errorBody } from '../http/api-error.js';
import { athleteParams, errorResponse } from './athletes.schemas.js';

const importQuery = z
  .object({ filename: z.string().max(255, 'expected at most 255 characters').optional() })
  .strict();

const importResponse = z.object({
  activityId: z.string(),
  replies: z.array(
    z.object({
      text: z.string(),
      options: z.array(z.object({ label: z.string(), value: z.string() }).loose()),
    }),
  ),
  events: z.array(z.object({ type: z.string() }).loose()),
});

export const activityImportRoutes: FastifyPluginAsync<{ coach: CoachDeps }> = async (fastify, { coach }) => {
  // Binary bodies only here: the rest of the API stays JSON.
  fastify.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_ACTIVITY_FILE_BYTES },
    (_request, body, done) => done(null, body),
  );
  // Over the limit is the importer's own code; every other error goes on to the app's handler.
  fastify.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply
        .status(413)
        .send(
          errorBody(
            'ACTIVITY_FILE_TOO_LARGE',
            `Activity files can be at most ${MAX_ACTIVITY_FILE_BYTES / (1024 * 1024)} MB.`,
          ),
        );
    }
    throw error;
  });
  fastify.withTypeProvider<ZodTypeProvider>().post(
    '/api/athletes/:id/activities/import',
    {
      bodyLimit: MAX_ACTIVITY_FILE_BYTES,
      schema: {
        params: athleteParams,
        querystring: importQuery,
        response: { 200: importResponse, '4xx': errorResponse },
      },
    },
    async (request) => {
      const body: unknown = request.body;
      if (body !== undefined && body !== null && !Buffer.isBuffer(body)) {
        throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as application/octet-stream.');
      }
      const header = request.headers['x-filename'];
      const fileName = request.query.filename ?? (typeof header === 'string' ? header : undefined);
      const bytes = Buffer.isBuffer(body) ? new Uint8Array(body) : new Uint8Array(0);
      const outcome = await importActivityFile(coach, {
        athleteId: request.params.id,
        bytes,
        channel: 'chat',
        ...(fileName !== undefined ? { fileName } : {}),
      });
      if (!outcome.ok) {
        const status =
          outcome.code === 'ATHLETE_NOT_FOUND' ? 404 : outcome.code === 'ACTIVITY_FILE_TOO_LARGE' ? 413 : 400;
        throw new ApiError(status, outcome.code, outcome.message);
      }
      const { activityId, replies, events } = outcome.value;
      return {
        activityId,
        replies: replies.map((r) => ({
          text: r.text,
          options: r.options.map((o) => ({ label: o.label, value: o.value, option: o.option })),
        })),
        events: [...events],
      };
    },
  );
};
