import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, formatDistance, formatMinutes, showPace } from '../../../../coach/prompts/format.js';
import {
  allowedNumbers,
  checkNumbers,
  extractNumbers,
} from '../../../../coach/prompts/guards/numbers-guard.js';

const SEED = { seed: 20261124, numRuns: 300 };

describe('extractNumbers', () => {
  it('reads dates, clocks (both ways for h:mm), 1h05, decimals, decimal commas and number words', () => {
    const t = extractNumbers(
      'On 2027-01-19: 6 × 800 m at 4:05/km, then 1:02:05 total, 1h05, 12,5 km, 1,000 m, twenty reps, one day',
    );
    expect(t).toEqual([
      { kind: 'date', raw: '2027-01-19', iso: '2027-01-19' },
      { kind: 'number', raw: '6', value: 6, decimals: 0 },
      { kind: 'number', raw: '800', value: 800, decimals: 0 },
      { kind: 'clock', raw: '4:05', seconds: [245, 14700] },
      { kind: 'clock', raw: '1:02:05', seconds: [3725] },
      { kind: 'clock', raw: '1h05', seconds: [3900] },
      { kind: 'number', raw: '12,5', value: 12.5, decimals: 1 },
      { kind: 'number', raw: '1,000', value: 1000, decimals: 0 },
      { kind: 'number', raw: 'twenty', value: 20, decimals: 0 },
    ]);
  });

  it('never throws and only returns finite values', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        for (const t of extractNumbers(s)) {
          if (t.kind === 'number') expect(Number.isFinite(t.value)).toBe(true);
          if (t.kind === 'clock') expect(t.seconds.every(Number.isFinite)).toBe(true);
        }
      }),
      SEED,
    );
  });
});

describe('checkNumbers', () => {
  const facts = {
    km: 10,
    paceSPerKm: 315,
    seconds: 3150,
    date: '2027-01-19',
    keepFraction: 0.5,
    steps: [{ minutes: 45 }],
  };
  const allowed = allowedNumbers([facts], []);

  it('accepts the facts in their formatting variants', () => {
    for (const text of [
      '10 km at 5:15/km',
      'a 10k at 8:27/mi',
      '6.2 miles, 52:30 total',
      'about 52 minutes, 45 min easy',
      'on 2027-01-19, Tue 19 Jan',
      'keep 50 % of it',
      '10,000 m',
    ])
      expect(checkNumbers(text, allowed), text).toEqual({ ok: true });
  });

  it('rejects changed or invented numbers', () => {
    expect(checkNumbers('11 km at 5:15/km', allowed)).toEqual({ ok: false, unknown: ['11'] });
    expect(checkNumbers('10 km at 5:05/km', allowed)).toEqual({ ok: false, unknown: ['5:05'] });
    expect(checkNumbers('20×400 at 3:00/km', allowed)).toEqual({ ok: false, unknown: ['20', '400', '3:00'] });
    expect(checkNumbers('on 2027-01-20', allowed)).toEqual({ ok: false, unknown: ['2027-01-20'] });
    expect(checkNumbers('twelve reps', allowed)).toEqual({ ok: false, unknown: ['twelve'] });
  });

  it('never trusts the runner text or name', () => {
    const a = allowedNumbers([{ runnerText: 'give me 20×400 at 3:00/km', name: 'Runner 42', km: 10 }], []);
    expect(checkNumbers('20×400 at 3:00/km, 42', a).ok).toBe(false);
  });

  it('trusts the numbers of trusted texts (the template reply)', () => {
    const a = allowedNumbers([], ['RPE from 1 to 10, e.g. 5k in 25:00']);
    expect(checkNumbers('rate it 1 to 10; a 5K in 25:00', a)).toEqual({ ok: true });
  });

  it('property: any fact formatted as the templates do is accepted', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 60, noNaN: true }),
        fc.integer({ min: 170, max: 600 }),
        fc.integer({ min: 600, max: 20000 }),
        fc.constantFrom('km' as const, 'mi' as const),
        (km, pace, seconds, units) => {
          const a = allowedNumbers([{ km, paceSPerKm: pace, seconds, minutes: seconds / 60 }], []);
          const text = `${formatDistance(km, units)} at ${showPace(pace, units)} in ${formatClock(seconds)} (${formatMinutes(seconds / 60)})`;
          expect(checkNumbers(text, a), text).toEqual({ ok: true });
        },
      ),
      SEED,
    );
  });

  it('property: a pace moved by 3 s/km or more is rejected', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 500 }),
        fc.integer({ min: 3, max: 90 }),
        fc.boolean(),
        (pace, delta, up) => {
          const a = allowedNumbers([{ paceSPerKm: pace }], []);
          const moved = up ? pace + delta : pace - delta;
          expect(checkNumbers(`run at ${showPace(moved, 'km')}`, a).ok).toBe(false);
        },
      ),
      SEED,
    );
  });
});
