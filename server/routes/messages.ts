import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CoachDeps } from '../../coach/coach-deps.js';
import { handleMessage, MAX_MESSAGE_LENGTH } from '../../coach/conversation/handle-message.js';
import { ApiError } from '../http/api-error.js';
import { athleteParams, errorResponse } from './athletes.schemas.js';

const messageBody = z
  .object({
    text: z.string().max(MAX_MESSAGE_LENGTH, `expected at most ${MAX_MESSAGE_LENGTH} characters`),
    /** When the runner sent it (ISO 8601 with offset); defaults to now. */
    at: z.iso
      .datetime({ offset: true, message: 'expected an ISO 8601 time like "2026-12-08T19:04:00Z"' })
      .optional(),
  })
  .strict();

const messageResponse = z.object({
  replies: z.array(
    z.object({ text: z.string(), options: z.array(z.object({ label: z.string(), value: z.string() })) }),
  ),
  events: z.array(z.object({ type: z.string() }).loose()),
});

/** `POST /api/athletes/:id/messages`: the conversation core over HTTP. */
export const messageRoutes: FastifyPluginAsync<{ coach: CoachDeps }> = async (fastify, { coach }) => {
  fastify.withTypeProvider<ZodTypeProvider>().post(
    '/api/athletes/:id/messages',
    {
      schema: {
        params: athleteParams,
        body: messageBody,
        response: { 200: messageResponse, '4xx': errorResponse },
      },
    },
    async (request) => {
      const { text, at } = request.body;
      const outcome = await handleMessage(coach, {
        athleteId: request.params.id,
        text,
        at: at ? new Date(at) : coach.clock.now(),
        channel: 'chat',
      });
      if (!outcome.ok) {
        throw new ApiError(outcome.code === 'ATHLETE_NOT_FOUND' ? 404 : 400, outcome.code, outcome.message);
      }
      return {
        replies: outcome.value.replies.map((r) => ({ text: r.text, options: [...r.options] })),
        events: [...outcome.value.events],
      };
    },
  );
};
