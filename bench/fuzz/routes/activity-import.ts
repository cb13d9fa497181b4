/**
 * `POST /api/athletes/:id/activities/import`: hostile text or random bytes as the file, sent as
 * octet-stream, GPX, XML or JSON, with an `x-filename` header made of the body's start, on real, random
 * and malformed runner ids, with odd queries (a NUL in the filename, a 5000-character one).
 */
import fc from 'fast-check';
import type { FuzzContext, FuzzRequest } from '../fuzz-request.js';
import { encode, idSegment, query } from '../hostile/http.js';
import { text } from '../hostile/text.js';

/** An activity file to import for a runner, real, random or malformed. */
export function activityImport(ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(
      idSegment(ctx),
      fc.oneof(
        text(),
        fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b).toString('latin1')),
      ),
      fc.constantFrom('application/octet-stream', 'application/gpx+xml', 'text/xml', 'application/json'),
      query(),
    )
    .map(([i, body, type, q]): FuzzRequest => ({
      family: 'POST activity import',
      method: 'POST',
      path: `/api/athletes/${i}/activities/import${q}`,
      headers: { 'content-type': type, 'x-filename': encode(body.slice(0, 30)) },
      body,
    }));
}
