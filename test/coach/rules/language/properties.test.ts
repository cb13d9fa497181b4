import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../coach/rules/calendar/index.js';
import { parseMessage } from '../../../../coach/rules/language/index.js';
import { formatDuration } from '../../../../coach/rules/units/duration.js';
import { KM_RUNNER } from './corpus/case.js';

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English words for 0–999, written independently of the parser ("one hundred and forty two"). */
function words(n: number): string {
  if (n < 20) return ONES[n] ?? '';
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 === 0 ? '' : ` ${ONES[n % 10]}`}`;
  const rest = n % 100;
  return `${ONES[Math.floor(n / 100)]} hundred${rest === 0 ? '' : ` and ${words(rest)}`}`;
}

describe('parseMessage properties', () => {
  it('reads back any plausible run written as distance and clock time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 500 }).map((tenths) => tenths / 10),
        fc.integer({ min: 180, max: 600 }),
        fc.boolean(),
        (km, paceSPerKm, comma) => {
          const seconds = Math.round(km * paceSPerKm);
          const distance = comma ? String(km).replace('.', ',') : String(km);
          const parsed = parseMessage(`ran ${distance} km in ${formatDuration(seconds)}`, KM_RUNNER);
          expect(parsed.problems).toEqual([]);
          // 21.1 km and 42.2 km are the half and full marathon (units/race-distance.ts aliases).
          const meters = km === 21.1 ? 21097.5 : km === 42.2 ? 42195 : km * 1000;
          expect(parsed.slots.distanceM).toBeCloseTo(meters, 6);
          expect(parsed.slots.durationS).toBe(seconds);
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });

  it('converts any per-mile pace to seconds per km', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 15 }), fc.integer({ min: 0, max: 59 }), (m, s) => {
        const text = `${m}:${String(s).padStart(2, '0')} per mile`;
        const expected = Math.round(((m * 60 + s) / 1.609344) * 10) / 10;
        expect(parseMessage(text, KM_RUNNER).slots.paceSPerKm).toBe(expected);
      }),
      { seed: 9, numRuns: 200 },
    );
  });

  it('hears any heart rate said as words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 230 }), (bpm) => {
        expect(parseMessage(`heart rate ${words(bpm)}`, KM_RUNNER).slots.avgHr).toBe(bpm);
      }),
      { seed: 13, numRuns: 191 },
    );
  });

  it('takes RPE 1–10 in every written form and refuses anything above', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('rpe N', 'N/10', 'effort N out of 10', 'rpe W'),
        (n, form) => {
          const text = form.replace('N', String(n)).replace('W', words(n));
          expect(parseMessage(text, KM_RUNNER).slots.rpe).toBe(n);
        },
      ),
      { seed: 17, numRuns: 100 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 99 }), (n) => {
        const parsed = parseMessage(`rpe ${n}`, KM_RUNNER);
        expect(parsed.slots.rpe).toBeUndefined();
        expect(parsed.problems.map((p) => p.code)).toEqual(['RPE_OUT_OF_RANGE']);
      }),
      { seed: 19, numRuns: 50 },
    );
  });

  it('dates "N days ago" back from any today', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) })
          .map((ms) => new Date(ms).toISOString().slice(0, 10)),
        fc.integer({ min: 1, max: 30 }),
        (today, n) => {
          const parsed = parseMessage(`ran 5k ${n} days ago`, { today, units: 'km' });
          expect(parsed.slots.date).toBe(addDays(today, -n));
        },
      ),
      { seed: 23, numRuns: 200 },
    );
  });
});
