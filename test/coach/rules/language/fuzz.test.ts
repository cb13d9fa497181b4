import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseContext } from '../../../../coach/rules/language/index.js';
import { parseMessage } from '../../../../coach/rules/language/index.js';
import { expectInvariants } from './invariants.js';

/** Runner vocabulary the fuzzer glues together, so inputs reach deep into every extractor. */
const WORDS = [
  'ran',
  'did',
  'k',
  'km',
  'miles',
  'mi',
  'in',
  'at',
  'per',
  'pace',
  '/km',
  '/mi',
  'min',
  'h',
  'hours',
  'hr',
  'max',
  'avg',
  'heart rate',
  'resting',
  'rhr',
  'hrv',
  'bpm',
  'rpe',
  'effort',
  '/10',
  'out of',
  'slept',
  'sleep',
  'left',
  'right',
  'knee',
  'calf',
  'achilles',
  'pain',
  'sore',
  'stress',
  'sick',
  'flu',
  'chest pain',
  'dizzy',
  'no',
  'not',
  'yesterday',
  'tomorrow',
  'tonight',
  'on sunday',
  'last friday',
  'the 31st',
  'feb 30',
  'half',
  'marathon',
  'parkrun',
  'felt',
  'hard',
  'easy peasy',
  'brutal',
  'one',
  'five',
  'forty',
  'sixty',
  'point',
  'oh',
  'and a half',
  'hundred',
  'thousand',
  'x',
  ':',
  ',',
  '.',
  '?',
  '!',
  "'",
  '"',
  'pause',
  'resume',
  'why',
  'yes',
  'no thanks',
  'delete me',
  'export',
  'long run on',
  'mon',
  'weekends',
  'drill sergeant',
  'hype',
  '👍',
  'é',
  '\u0000',
  '\n',
  '  ',
];

const number = fc.oneof(
  fc.integer({ min: -5, max: 400 }).map(String),
  fc.nat().map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom(
    '1e308',
    '99999999999999999999',
    '0.0000001',
    '-0',
    'NaN',
    'Infinity',
    '12,5',
    '1:05:10',
    '52:30',
    '99:99',
    '5\'15"',
  ),
  fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `${a}:${String(b).padStart(2, '0')}`),
);

const runnerish = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), number, fc.string({ maxLength: 4 })), { maxLength: 40 })
  .map((parts) => parts.join(' '));

const day = fc
  .integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const context: fc.Arbitrary<ParseContext> = fc.record(
  {
    today: day,
    units: fc.constantFrom('km' as const, 'mi' as const),
    timezoneNow: fc.record({ date: day, hour: fc.integer({ min: 0, max: 23 }) }),
  },
  { requiredKeys: ['today', 'units'] },
);

const check = (text: string, ctx: ParseContext): void => {
  const parsed = parseMessage(text, ctx);
  expectInvariants(parsed, ctx);
  expect(parseMessage(text, ctx)).toEqual(parsed);
};

describe('parseMessage under fuzzing', () => {
  it('never throws and keeps its invariants on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), context, check), { seed: 20261124, numRuns: 400 });
  });

  it('never throws on arbitrary Unicode (graphemes, emoji, combining marks)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), context, check), {
      seed: 7,
      numRuns: 300,
    });
  });

  it('never throws on runner-like messages with huge, negative and malformed numbers', () => {
    fc.assert(fc.property(runnerish, context, check), { seed: 42, numRuns: 1500 });
  });

  it('never throws on very long input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(runnerish, fc.string()), { minLength: 50, maxLength: 120 }),
        context,
        (parts, ctx) => check(parts.join(' '), ctx),
      ),
      { seed: 3, numRuns: 25 },
    );
  });

  it('never throws on a broken context (bad today, odd units)', () => {
    const bad = { today: 'not-a-date', units: 'furlongs' } as unknown as ParseContext;
    const parsed = parseMessage('ran 10k yesterday in 52:30', bad);
    expect(parsed.slots.date).toBeUndefined();
    expect(parsed.slots.distanceM).toBe(10000);
    expect(parsed.intents).toEqual(['log_run']);
  });

  it('never sets a run date after the runner’s today', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ran 10k', 'did 5 miles', 'parkrun 24:10', 'ran 8k in 40:00'),
        fc.constantFrom('tomorrow', 'on sunday', 'next friday', 'on the 28th', 'in 3 days', 'dec 31'),
        context,
        (run, when, ctx) => {
          const parsed = parseMessage(`${run} ${when}`, ctx);
          const today = ctx.timezoneNow?.date ?? ctx.today;
          if (parsed.slots.date !== undefined) expect(parsed.slots.date <= today).toBe(true);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });
});
