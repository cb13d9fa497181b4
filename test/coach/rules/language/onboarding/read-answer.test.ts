/**
 * The onboarding reader under fast-check fuzzing: it never throws, is deterministic, and every fact it
 * gives is in range (a race date after today, real weekdays, bounded volumes, ages and heart rates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../../../../coach/rules/calendar/index.js';
import { isIsoDate } from '../../../../../coach/rules/calendar/index.js';
import {
  readOnboardingAnswer,
  type OnboardingReadContext,
} from '../../../../../coach/rules/language/onboarding/read-answer.js';
import type { OnboardingSlot } from '../../../../../coach/rules/language/onboarding/types.js';

const WORDS = [
  'half',
  'marathon',
  'my first',
  '5k',
  '10k',
  'hm',
  'in',
  'on',
  'april',
  'may',
  'feb',
  'the',
  '18th',
  '2nd',
  '/',
  '.',
  '-',
  '2027',
  'sub',
  'under',
  'target',
  'no',
  'never raced',
  'every day',
  'except',
  'but not',
  'weekends',
  'weekdays',
  'plus',
  'and',
  'mon',
  'tue',
  'fri',
  'sundays',
  'mon-fri',
  'to',
  'or',
  'days',
  'a week',
  'per week',
  'around',
  'hours',
  'miles',
  'km',
  'k',
  'mpw',
  'min',
  'longest run',
  'im',
  'years old',
  'age',
  'max',
  'rest',
  'rhr',
  'knee',
  'left',
  'old',
  'on and off',
  'beginner',
  'somewhere in between',
  'been running',
  'neutral',
  'hype',
  'coach',
  'idk',
  "that's all",
  'ran',
  'today',
  'yesterday',
  'why',
  '?',
  ',',
  '!',
  '🏃',
  'last month',
  'did a',
  'parkrun',
  'in 20 weeks',
];
const SLOTS: readonly OnboardingSlot[] = [
  'units',
  'race',
  'goal',
  'race-date',
  'target-time',
  'days',
  'long-day',
  'volume',
  'longest-run',
  'experience',
  'age',
  'injuries',
  'heart-rate',
  'persona',
  'extras',
];

const number = fc.oneof(
  fc.integer({ min: -5, max: 400 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('1e308', '99:99', '31/02/2027', '00/00/0000', '1:05:10', '12,5', '-3'),
  fc.tuple(fc.nat(40), fc.nat(40), fc.nat(3000)).map(([a, b, c]) => `${a}/${b}/${c}`),
);
const runnerish = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), number, fc.string({ maxLength: 4 })), { maxLength: 40 })
  .map((parts) => parts.join(' '));
const day = fc
  .integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));
const context: fc.Arbitrary<OnboardingReadContext> = fc.record(
  {
    today: day,
    units: fc.constantFrom('km' as const, 'mi' as const),
    asking: fc.constantFrom(...SLOTS),
    goal: fc.constantFrom(
      '5k' as const,
      '10k' as const,
      'half' as const,
      'marathon' as const,
      'fitness' as const,
    ),
    raceMonth: fc.record({
      year: fc.integer({ min: 1970, max: 2101 }),
      month: fc.integer({ min: 1, max: 12 }),
    }),
  },
  { requiredKeys: ['today', 'units', 'asking'] },
);

function check(text: string, ctx: OnboardingReadContext): void {
  const reading = readOnboardingAnswer(text, ctx);
  expect(readOnboardingAnswer(text, ctx)).toEqual(reading);
  const f = reading.facts;
  if (reading.aside) expect(f).toEqual({});
  if (f.raceDate !== undefined) {
    expect(isIsoDate(f.raceDate)).toBe(true);
    expect(f.raceDate > ctx.today).toBe(true);
  }
  if (f.days !== undefined) {
    expect(f.days.length).toBeGreaterThan(0);
    expect([...f.days]).toEqual(WEEKDAYS.filter((d) => f.days!.includes(d)));
  }
  if (f.longDay !== undefined) expect(WEEKDAYS).toContain(f.longDay);
  if (f.dayCount) expect(f.dayCount.min).toBeLessThanOrEqual(f.dayCount.max);
  if (f.weeklyKm !== undefined) expect(f.weeklyKm >= 0 && f.weeklyKm <= 300).toBe(true);
  if (f.weeklyMinutes !== undefined) expect(f.weeklyMinutes >= 0 && f.weeklyMinutes <= 1800).toBe(true);
  if (f.longestRunKm !== undefined) expect(f.longestRunKm > 0 && f.longestRunKm <= 100).toBe(true);
  if (f.age !== undefined) expect(f.age >= 12 && f.age <= 100).toBe(true);
  if (f.maxHr !== undefined) expect(f.maxHr >= 100 && f.maxHr <= 230).toBe(true);
  if (f.restingHr !== undefined && f.maxHr !== undefined) expect(f.restingHr).toBeLessThan(f.maxHr);
  if (f.targetS) expect(Number.isFinite(f.targetS) && f.targetS > 0).toBe(true);
  if (f.race) expect(f.race.durationS > 0 && f.race.distanceM > 0).toBe(true);
  if (f.raceMonth) expect(f.raceMonth.month >= 1 && f.raceMonth.month <= 12).toBe(true);
}

describe('readOnboardingAnswer under fuzzing', () => {
  it('never throws and keeps its facts in range on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), context, check), { seed: 20261201, numRuns: 400 });
  });

  it('never throws on arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), context, check), {
      seed: 5,
      numRuns: 200,
    });
  });

  it('never throws on onboarding-like messages with malformed numbers and dates', () => {
    fc.assert(fc.property(runnerish, context, check), { seed: 11, numRuns: 1500 });
  });

  it('never throws on a message far beyond the length limit', () => {
    const long = 'half marathon in april, tue thu sat sun, 25k a week, '.repeat(200);
    expect(() =>
      readOnboardingAnswer(long, { today: '2026-12-01', units: 'km', asking: 'units' }),
    ).not.toThrow();
  });
});
