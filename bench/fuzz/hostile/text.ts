/**
 * Hostile text for any string field: a fixed list of tricky strings (control characters, lone surrogates,
 * injections, odd number and date spellings, commands), random grapheme, binary and control-character
 * strings, 100 kB strings, and message-like phrases ("ran", "rpe", "slept" …) with odd numbers and units.
 */
import fc from 'fast-check';

/** Strings that have broken (or could break) a parser, a query or a terminal. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007\u0008\u001b[31m',
  '\r\n\r\n',
  '\uFEFF',
  '\u202Eevil',
  '\uD800',
  '\uDFFF\uD800',
  '💩'.repeat(50),
  'ﷺ'.repeat(20),
  "'; drop table athletes; --",
  '" or 1=1 --',
  '$1',
  '%s%s%s%n',
  '${7*7}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(400),
  'rpe 6.5',
  '6,5',
  '6-7',
  'ran 1e308 km in 0 min',
  'ran 99999999999999999999 km in 1:00',
  'slept 6.5h resting hr 52,5 soreness 3.5/10 stress 4-5/10',
  'knee pain 2.5/10',
  'ran 16 km in 42 min',
  'ran -5 km in -3 min',
  'ran 5k in 25:99:99',
  'delete everything',
  'yes',
  '/start',
  '/export',
  '/delete',
  'move my long run to 31 feb',
  'race on 2027-02-30 target 0:00:01',
];

/** Any text a runner could send, hostile or message-like. */
export const text = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    {
      weight: 2,
      arbitrary: fc.string({
        unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)),
        maxLength: 20,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('x'.repeat(100_000), 'ran 5k '.repeat(15_000), '💩'.repeat(30_000)),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'ran',
            'rpe',
            'slept',
            'resting hr',
            'soreness',
            'stress',
            'knee pain',
            'hrv',
            'cadence',
            'max hr',
            'raced a 5k in',
          ),
          numberText(),
          fc.constantFrom('', 'km', 'k', 'mi', 'min', 'h', '/10', 'bpm', ' in 25:00', ' in 1e3 min'),
        )
        .map(([w, n, u]) => `${w} ${n}${u}`),
    },
  );

/** A number as a runner could spell it: any integer or double, or an odd spelling (`6,5`, `6-7`, `１２`). */
export const numberText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer().map(String),
    fc.double().map(String),
    fc.constantFrom(
      '6.5',
      '6,5',
      '6-7',
      '2.5',
      '1e308',
      '-1',
      '0',
      '00',
      '1_000',
      '0x1f',
      '１２',
      '٣',
      'Infinity',
      '9'.repeat(40),
    ),
  );
