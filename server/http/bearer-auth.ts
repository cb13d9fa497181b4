import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { errorBody } from './api-error.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** True when `header` is `Bearer <token>` for exactly `token` (constant time). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1].trim()), digest(token));
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

/** Requires `Authorization: Bearer <token>` on every route under `prefix` when a token is configured. */
export function installBearerAuth(app: FastifyInstance, token: string | undefined, prefix = '/api/'): void {
  if (token === undefined) return;
  app.addHook('onRequest', async (request, reply) => {
    // Judge the path as the router sees it (decoded): "/%61pi/…" is "/api/…" too.
    if (!underPrefix(request.routeOptions.url ?? request.url, prefix)) return;
    if (bearerMatches(request.headers.authorization, token)) return;
    reply.header('www-authenticate', 'Bearer realm="runloop"');
    return reply.status(401).send(errorBody('UNAUTHORIZED', 'Send Authorization: Bearer <API_TOKEN>.'));
  });
}
