/** The pure parts of the question use cases: the run-check verdict and the mid-run report from slots. */
import { describe, expect, it } from 'vitest';
import type { RunAssessment } from '../../../coach/rules/assess/run-assessment.js';
import { reportOf } from '../../../coach/use-cases/mid-run-question.js';
import { verdictOf } from '../../../coach/use-cases/run-check.js';

const base: RunAssessment = {
  date: '2026-12-10',
  judgedAs: 'easy',
  intent: 'easy',
  km: 7.5,
  minutes: 40,
  flags: [],
};
const band = { from: 368, to: 411 };

describe('verdictOf (was that too fast?)', () => {
  it('a gray-zone easy run is too fast, even with the pace inside the band', () => {
    const a = {
      ...base,
      flags: ['gray-zone'] as const,
      pace: { paceSPerKm: 380, band, offSPerKm: 0, verdict: 'within' as const },
    };
    expect(verdictOf(a)).toBe('too-fast');
  });
  it('HR above the easy ceiling is too fast', () => {
    expect(verdictOf({ ...base, hr: { avgHr: 158, ceilingBpm: 149, verdict: 'above' } })).toBe('too-fast');
  });
  it('inside the band and under the ceiling is right; slower than the band is slower', () => {
    expect(verdictOf({ ...base, pace: { paceSPerKm: 390, band, offSPerKm: 0, verdict: 'within' } })).toBe(
      'right',
    );
    expect(verdictOf({ ...base, pace: { paceSPerKm: 430, band, offSPerKm: 19, verdict: 'slower' } })).toBe(
      'slower',
    );
  });
  it('a quality session is judged on its work, not the whole run', () => {
    const a: RunAssessment = {
      ...base,
      judgedAs: 'tempo',
      intent: 'quality',
      pace: { paceSPerKm: 380, band: { from: 350, to: 360 }, offSPerKm: 20, verdict: 'slower' },
      work: { paceSPerKm: 300, band: { from: 312, to: 320 }, offSPerKm: -12, verdict: 'faster' },
    };
    expect(verdictOf(a)).toBe('too-fast');
  });
  it('no pace and no HR: unknown, never a guess', () => {
    expect(verdictOf(base)).toBe('unknown');
  });
});

describe('reportOf (a mid-run question as a run report)', () => {
  it('"3k in, HR 165" → 3 km in, HR 165; the highest pain score; red flags kept', () => {
    expect(reportOf({ distanceM: 3000, avgHr: 165 })).toEqual({ distanceKm: 3, hr: 165 });
    expect(
      reportOf({
        durationS: 1200,
        pains: [
          { location: 'knee', score: 2 },
          { location: 'calf', score: 5 },
        ],
      }),
    ).toEqual({ elapsedSeconds: 1200, painScore: 5 });
    expect(reportOf({ redFlags: ['chest_pain'] })).toEqual({ redFlags: ['chest_pain'] });
  });
});
