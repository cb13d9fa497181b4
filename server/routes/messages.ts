import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CoachDeps } from '../../coach/coach-deps.js';
import {
  handleMessage,
  MAX_MESSAGE_LENGTH,
  type ChosenOption,
  type MessageError,
} from '../../coach/channel.js';
import { chosenOption } from '../../coach/prompts/chosen-option-schema.js';
import { ApiError } from '../http/api-error.js';
import { auditActorOf } from '../http/bearer-auth.js';
import { athleteParams, errorResponse } from './athletes.schemas.js';

const messageBody = z
  .object({
    /** What the runner wrote; or `option`, exactly one of them. */
    text: z.string().max(MAX_MESSAGE_LENGTH, `expected at most ${MAX_MESSAGE_LENGTH} characters`).optional(),
    /** A quick reply the runner chose: a reply's `options[].option`, sent back as is. */
    option: chosenOption.optional(),
    /** When the runner sent it (ISO 8601 with offset); defaults to now. */
    at: z.iso
      .datetime({ offset: true, message: 'expected an ISO 8601 time like "2026-12-08T19:04:00Z"' })
      .optional(),
  })
  .strict();

const messageResponse = z.object({
  replies: z.array(
    z.object({
      text: z.string(),
      options: z.array(z.object({ label: z.string(), value: z.string(), option: chosenOption })),
    }),
  ),
  events: z.array(z.object({ type: z.string() }).loose()),
});

/** A chosen option as JSON (its readonly id list copied). */
function onTheWire(option: ChosenOption): z.infer<typeof chosenOption> {
  return option.kind === 'decision' && option.ids
    ? { ...option, ids: [...option.ids] }
    : (option as z.infer<typeof chosenOption>);
}

/** How far ahead of the server's clock `at` may be (clock skew), ms. */
export const AT_MAX_AHEAD_MS = 5 * 60 * 1000;
/** How old `at` may be (a message delivered late), ms. */
export const AT_MAX_BEHIND_MS = 30 * 24 * 60 * 60 * 1000;

/** The HTTP status of each refusal of the front door. */
const MESSAGE_ERROR_STATUS: { readonly [C in MessageError]: number } = {
  ATHLETE_NOT_FOUND: 404,
  MESSAGE_EMPTY: 400,
  MESSAGE_TOO_LONG: 400,
  DUPLICATE_MESSAGE: 409,
  MESSAGE_IN_PROGRESS: 409,
  REPLY_NOT_KEPT: 409,
};

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
    async (request, reply) => {
      const { text, option, at } = request.body;
      if ((text === undefined) === (option === undefined)) {
        throw new ApiError(
          400,
          'TEXT_OR_OPTION',
          'Send exactly one of "text" (what the runner wrote) or "option" (a quick reply they chose).',
        );
      }
      const now = coach.clock.now();
      const sent = at ? new Date(at) : now;
      if (sent.getTime() > now.getTime() + AT_MAX_AHEAD_MS) {
        throw new ApiError(
          400,
          'AT_IN_FUTURE',
          '"at" is in the future: send the moment the runner wrote the message.',
        );
      }
      if (sent.getTime() < now.getTime() - AT_MAX_BEHIND_MS) {
        throw new ApiError(
          400,
          'AT_TOO_OLD',
          '"at" is more than 30 days ago: log old runs by saying their date instead.',
        );
      }
      const key = request.headers['idempotency-key'];
      if (key !== undefined && (typeof key !== 'string' || !/^[\w.:-]{1,128}$/.test(key))) {
        throw new ApiError(
          400,
          'BAD_IDEMPOTENCY_KEY',
          'Idempotency-Key must be 1–128 letters, digits, dots, colons or dashes.',
        );
      }
      const outcome = await handleMessage(coach, {
        athleteId: request.params.id,
        input: option === undefined ? { text: text ?? '' } : { option },
        at: sent,
        channel: 'chat',
        ...(key ? { idempotency: { source: 'api', key } } : {}),
        actor: auditActorOf(request),
      });
      if (!outcome.ok) {
        throw new ApiError(MESSAGE_ERROR_STATUS[outcome.code], outcome.code, outcome.message);
      }
      // A repeat of an Idempotency-Key: the first answer, word for word.
      if (outcome.value.replayed) reply.header('idempotent-replayed', 'true');
      return {
        replies: outcome.value.replies.map((r) => ({
          text: r.text,
          options: r.options.map((o) => ({ label: o.label, value: o.value, option: onTheWire(o.option) })),
        })),
        events: [...outcome.value.events],
      };
    },
  );
};
