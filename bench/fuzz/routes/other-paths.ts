/**
 * The paths outside a runner's API: `/health`, `/ready`, the call page (`/call`), `/voice/token`, the
 * API's roots, and malformed or unknown ones (a lone `%`, a cut escape, doubled slashes, an encoded slash
 * or NUL), with GET, POST or DELETE and odd queries.
 */
import fc from 'fast-check';
import type { FuzzRequest } from '../fuzz-request.js';
import { query } from '../hostile/http.js';

/** GET, POST or DELETE on a path outside a runner's API. */
export function otherPaths(): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      fc.constantFrom('GET', 'POST', 'DELETE'),
      fc.constantFrom(
        '/health',
        '/ready',
        '/',
        '/%',
        '/%E0%A4%A',
        '/api',
        '/api/',
        '/api/athletes/',
        '//api//athletes',
        '/health%00',
        '/call',
        '/call?%zz',
        '/voice/token',
        '/favicon.ico',
        '/api/athletes/%2F',
      ),
      query(),
    )
    .map(([method, path, q]): FuzzRequest => ({
      family: 'other paths',
      method,
      path: `${path}${q}`,
      headers: {},
    }));
}
