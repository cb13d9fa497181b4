import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError, errorBody } from './api-error.js';

const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

/** Fastify's own 4xx codes, mapped to stable runloop codes with a plain message. */
const FASTIFY_CODES: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'MALFORMED_JSON', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'EMPTY_BODY',
    message: 'The request body is empty; send a JSON object.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Send the body as application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'BODY_TOO_LARGE', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'BAD_CONTENT_LENGTH',
    message: 'Content-Length does not match the body.',
  },
};

/** The router's own refusals, before any route runs: the path is never echoed back. */
const ROUTER_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'BAD_URL',
    message: 'The path could not be read: a percent escape in it is malformed.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: 'PATH_TOO_LONG',
    message: 'A part of the path is too long.',
  },
};

/**
 * Fastify's `frameworkErrors` option: a malformed `%` escape or an over-long path parameter answers in the
 * API's error shape instead of Fastify's own body (which echoes the path).
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const known = error.code ? ROUTER_CODES[error.code] : undefined;
  const answer = known ?? { status: 400, code: 'BAD_REQUEST', message: 'The request could not be read.' };
  // No route, so no onSend hook: the request id is set here.
  void reply
    .status(answer.status)
    .header('x-request-id', request.id)
    .send(errorBody(answer.code, answer.message));
}

/** Installs the error and not-found handlers: 4xx with a code for the caller's mistakes, a bare 5xx otherwise. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      return reply.status(error.statusCode).send(errorBody(error.code, error.message));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const where = first?.instancePath ? first.instancePath.replace(/^\//, '').replaceAll('/', '.') : '';
      const context = error.validationContext ?? 'body';
      const message = `${context}${where ? `.${where}` : ''}: ${first?.message ?? 'invalid value'}`;
      return reply.status(400).send(errorBody('VALIDATION_FAILED', message));
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return reply.status(error.statusCode ?? 400).send(errorBody(known.code, known.message));
    if (error instanceof SyntaxError || error.statusCode === 400) {
      return reply.status(400).send(errorBody('BAD_REQUEST', 'The request could not be read.'));
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .status(error.statusCode)
        .send(errorBody('BAD_REQUEST', 'The request could not be processed.'));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(errorBody('INTERNAL', INTERNAL_MESSAGE));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send(errorBody('ROUTE_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}.`));
  });
}
