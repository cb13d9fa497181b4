/**
 * Who is calling the API: the operator (`API_TOKEN`) or one runner (a runner-scoped token, stored as a
 * sha256 in `runner_tokens`). A runner token reaches only routes about its own runner (`/api/athletes/:id…`
 * with that id), never an operator-only route (creating runners, issuing tokens). Failed attempts are
 * counted per client IP (`failed-attempts.ts`): past the limit every request is `429` with `Retry-After`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditActor } from '../../coach/ports/audit-log.js';
import type { RunnerTokenRepository } from '../../coach/ports/runner-token-repository.js';
import { errorBody } from './api-error.js';
import { createFailedAttempts, type FailedAttempts } from './failed-attempts.js';

/** Who a request is from. With no API_TOKEN configured and no runner token sent, the API is open: operator. */
export type ApiAccess =
  | { readonly kind: 'operator' }
  | { readonly kind: 'runner'; readonly athleteId: string; readonly tokenId: string };

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for every request under /api/ (`installApiAccess`). */
    access: ApiAccess;
  }
  interface FastifyContextConfig {
    /** Refused to runner tokens even on their own runner (issuing tokens). */
    operatorOnly?: boolean;
  }
}

/** The audit log's name for who made the request. */
export const auditActorOf = (request: FastifyRequest): AuditActor =>
  request.access.kind === 'runner' ? 'runner-token' : 'operator';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The token of `Bearer <token>`, or undefined. */
function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  const token = match?.[1]?.trim();
  return token ? token : undefined;
}

/** True when `header` is `Bearer <token>` for exactly `token` (constant time). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const sent = bearerToken(header);
  if (sent === undefined) return false;
  return timingSafeEqual(digest(sent), digest(token));
}

/** True when `url` (raw or a route pattern) is under `prefix` once percent-decoded and case-folded. */
export function underPrefix(url: string, prefix: string): boolean {
  const path = url.split('?')[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape is not a route; treat it as protected so it cannot slip past.
    return true;
  }
  return (
    decoded.toLowerCase().startsWith(prefix.toLowerCase()) ||
    path.toLowerCase().startsWith(prefix.toLowerCase())
  );
}

export interface ApiAccessDeps {
  /** The operator's token; without it the API is open to whoever can reach it (loopback only). */
  readonly apiToken?: string;
  readonly tokens: RunnerTokenRepository;
  /** Failed attempts per client IP; default: 10 in a minute lock the client out for a minute. */
  readonly failedAttempts?: FailedAttempts;
  readonly prefix?: string;
}

const OPERATOR: ApiAccess = { kind: 'operator' };

function unauthorized(reply: FastifyReply) {
  reply.header('www-authenticate', 'Bearer realm="runloop"');
  return reply.status(401).send(errorBody('UNAUTHORIZED', 'Send Authorization: Bearer <API_TOKEN>.'));
}

/** True when a runner's access reaches this route: one about that very runner, not operator-only. */
function runnerMayReach(request: FastifyRequest, athleteId: string): boolean {
  if (request.routeOptions.config.operatorOnly) return false;
  const id = (request.params as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id.toLowerCase() === athleteId;
}

/** Decides `request.access` for every route under `prefix`, refusing what the caller may not do. */
export function installApiAccess(app: FastifyInstance, deps: ApiAccessDeps): void {
  const prefix = deps.prefix ?? '/api/';
  const failed = deps.failedAttempts ?? createFailedAttempts();
  // null until the hook decides (a reference type cannot be a decorator's default).
  app.decorateRequest('access', null as never);
  app.addHook('onRequest', async (request, reply) => {
    // Judge the path as the router sees it (decoded): "/%61pi/…" is "/api/…" too.
    if (!underPrefix(request.routeOptions.url ?? request.url, prefix)) return;
    const lockedMs = failed.lockedFor(request.ip);
    if (lockedMs > 0) {
      reply.header('retry-after', String(Math.ceil(lockedMs / 1000)));
      return reply
        .status(429)
        .send(
          errorBody(
            'TOO_MANY_FAILED_ATTEMPTS',
            'Too many failed token attempts from this address: wait for Retry-After seconds.',
          ),
        );
    }
    const header = request.headers.authorization;
    const token = bearerToken(header);
    if (deps.apiToken !== undefined && bearerMatches(header, deps.apiToken)) {
      request.access = OPERATOR;
    } else {
      const runner = token === undefined ? undefined : await deps.tokens.verify(token);
      if (runner) request.access = { kind: 'runner', athleteId: runner.athleteId, tokenId: runner.id };
      else if (deps.apiToken === undefined) request.access = OPERATOR;
      else {
        failed.fail(request.ip);
        return unauthorized(reply);
      }
    }
    const { access } = request;
    // A route that matched nothing is a 404 for anyone.
    if (access.kind === 'runner' && request.routeOptions.url && !runnerMayReach(request, access.athleteId)) {
      return reply
        .status(403)
        .send(errorBody('FORBIDDEN', "A runner's token reaches only that runner's own routes."));
    }
  });
}
