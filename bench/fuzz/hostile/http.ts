/**
 * Hostile HTTP parts shared by the route families: raw bodies (JSON of a value, broken or over-limit
 * JSON, or none), content types right and wrong, id path segments (real runners, random uuids, malformed
 * percent escapes), query strings and the percent-encoding of random strings.
 */
import fc from 'fast-check';
import type { FuzzContext } from '../fuzz-request.js';

/** Percent-encodes `s` (lone surrogates, which cannot be encoded, as `x`). */
export const encode = (s: string): string => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, 'x'));

/** A body as sent: JSON of a value, raw text that is not JSON, or nothing. */
export const rawBody = (value: fc.Arbitrary<unknown>): fc.Arbitrary<string | undefined> =>
  fc.oneof(
    { weight: 8, arbitrary: value.map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '{',
        '{"text":',
        '[1,2',
        '{"a":1}{"b":2}',
        '\u0000',
        'x'.repeat(1_100_000),
        '{"text":"\\ud800"}',
        '{"__proto__":{"x":1}}',
        '{"constructor":{"prototype":{}}}',
      ),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

/** A content type: mostly JSON, sometimes none, another type or a JSON with an odd charset. */
export const contentType = (): fc.Arbitrary<string | undefined> =>
  fc.oneof(
    { weight: 10, arbitrary: fc.constant('application/json') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        undefined,
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=utf-16',
        'application/json; charset=latin1',
        'application/octet-stream',
        'application/*',
        '',
        'application/json\u0000',
      ),
    },
  );

/** An id in a path: a real runner, a random uuid, or hostile segments (malformed % escapes among them). */
export const idSegment = (ctx: FuzzContext): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...ctx.athleteIds) },
    { weight: 3, arbitrary: fc.uuid() },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '%E0%A4%A',
        '%zz',
        '%',
        '%00',
        '%C0%80',
        '%F0%9F%98',
        '%2e%2e%2f%2e%2e',
        '..',
        '%20',
        '0',
        '-1',
        'null',
        'a'.repeat(300),
        '%FF%FE',
        '%u0041',
        '00000000-0000-0000-0000-000000000000',
      ),
    },
    {
      weight: 2,
      arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => encode(s)),
    },
  );

/** A query string: mostly none, sometimes a malformed or hostile one. */
export const query = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '?',
        '?a=%E0%A4%A',
        '?filename=%00.gpx',
        '?filename=' + 'a'.repeat(5000),
        '?x=1&x=2&x[]=3',
        '?__proto__[x]=1',
        '?limit=-1&from=2026-02-30',
      ),
    },
  );

/** The content-type header of a body, when there is both a body and a type. */
export const json = (body: string | undefined, type: string | undefined): Record<string, string> =>
  body === undefined || type === undefined ? {} : { 'content-type': type };
