import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractionPhrase } from '../../../coach/conversation/extraction-phrase.js';
import { parseMessage } from '../../../coach/rules/language/parse-message.js';

const context = { today: '2026-12-08', units: 'km' as const };

describe('extractionPhrase', () => {
  it('states runs, check-ins and questions as plain runner text', () => {
    expect(
      extractionPhrase({ intent: 'log_run', distanceKm: 10, durationMinutes: 59, rpe: 6, daysAgo: 1 }),
    ).toBe('ran 10 km in 0:59:00 yesterday, rpe 6');
    expect(extractionPhrase({ intent: 'morning_checkin', sleepHours: 5.5, restingHr: 56 })).toBe(
      'slept 5.5 hours, resting hr 56',
    );
    expect(extractionPhrase({ intent: 'ask_paces' })).toBe('what are my paces');
    expect(extractionPhrase({ intent: 'log_run' })).toBeUndefined();
    expect(extractionPhrase({ intent: 'unknown' })).toBeUndefined();
  });

  it('the parser reads back exactly the run the model extracted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 42 }),
        fc.integer({ min: 6 * 60, max: 9 * 60 }),
        fc.integer({ min: 0, max: 6 }),
        (km, secondsPerKm, daysAgo) => {
          const durationMinutes = (km * secondsPerKm) / 60;
          const phrase = extractionPhrase({ intent: 'log_run', distanceKm: km, durationMinutes, daysAgo })!;
          const parsed = parseMessage(phrase, context);
          expect(parsed.intents).toContain('log_run');
          expect(parsed.problems).toEqual([]);
          expect(parsed.slots.distanceM).toBe(km * 1000);
          expect(Math.abs((parsed.slots.durationS ?? 0) - durationMinutes * 60)).toBeLessThanOrEqual(0.5);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('an implausible extraction is still refused by the parser', () => {
    const parsed = parseMessage(
      extractionPhrase({ intent: 'log_run', distanceKm: 10, durationMinutes: 3 })!,
      context,
    );
    expect(parsed.problems.map((p) => p.code)).toContain('PACE_FASTER_THAN_WORLD_RECORD');
  });
});
