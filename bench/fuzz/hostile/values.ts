/**
 * Hostile JSON values: huge, tiny and odd numbers, `at` values that are not dates (or not real ones), any
 * JSON value with wrong types included, and objects made of some of a route's keys with hostile values.
 */
import fc from 'fast-check';
import { text } from './text.js';

/** A number at or past the edges of what JSON and JavaScript hold. */
export const hugeNumber = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(
      1e308,
      -1e308,
      Number.MAX_SAFE_INTEGER + 2,
      -0,
      2 ** 31,
      -(2 ** 31) - 1,
      0.1 + 0.2,
      1e-320,
    ),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
  );

/** An `at` value: impossible and extreme dates, dates without a time, words, and values of the wrong type. */
export const oddAt = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(
      '2026-02-30T00:00:00Z',
      '2026-12-01T25:61:00Z',
      '9999-12-31T23:59:59Z',
      '0000-01-01T00:00:00Z',
      '+275760-09-13T00:00:00.000Z',
      '-271821-04-20T00:00:00Z',
      '2026-12-01',
      '2026-12-01T00:00:00+14:00',
      '2026-12-01T00:00:00-12:00',
      'now',
      'yesterday',
      '',
      '1',
      'T',
      '2026-13-45',
    ),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    hugeNumber(),
    fc.constantFrom(null, true, [], {}),
  );

/** Any JSON value, wrong types included. */
export const anyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 2, arbitrary: hugeNumber() },
    { weight: 2, arbitrary: text() },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [[[[[]]]]]) },
  );

/** An object with any of `keys` (none, some or all), each with a value from `value`. */
export const record = (
  keys: readonly string[],
  value: () => fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> =>
  fc.dictionary(fc.constantFrom(...keys), value(), { maxKeys: keys.length });
