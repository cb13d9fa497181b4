import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PACE_HYSTERESIS_S_PER_KM,
  WALK_BREAK_HR_ABOVE_CEILING_BPM,
} from '../../../../coach/rules/in-run/cue-thresholds.js';
import { midRunCue } from '../../../../coach/rules/in-run/mid-run-cue.js';
import { sessionTimeline } from '../../../../coach/rules/in-run/session-timeline.js';
import { heatAdjustment } from '../../../../coach/rules/heat/hadley.js';
import type { Session } from '../../../../coach/rules/plan/types.js';

const E = { from: 323, to: 363 };
const T = { from: 275, to: 281 };
const I = { from: 253, to: 259 };
const eHr = { from: 125, to: 148 };

const tempo: Session = {
  date: '2027-01-14',
  kind: 'tempo',
  hard: true,
  minutes: 45,
  km: 8.6,
  purpose: { code: 'LEGACY', facts: { text: 'Threshold' } },
  steps: [
    { kind: 'warmup', intensity: 'E', minutes: 15, pace: E, hr: eHr },
    { kind: 'run', intensity: 'T', minutes: 20, pace: T },
    { kind: 'cooldown', intensity: 'E', minutes: 10, pace: E, hr: eHr },
  ],
};
const intervals: Session = {
  ...tempo,
  kind: 'intervals',
  minutes: 50,
  steps: [
    { kind: 'warmup', intensity: 'E', minutes: 15, pace: E, hr: eHr },
    { kind: 'rep', intensity: 'I', minutes: 3, km: 0.7, repeat: 5, pace: I },
    { kind: 'recovery', intensity: 'E', minutes: 2, repeat: 5, pace: E },
    { kind: 'cooldown', intensity: 'E', minutes: 10, pace: E, hr: eHr },
  ],
};
const easy: Session = {
  date: '2027-01-13',
  kind: 'easy',
  hard: false,
  minutes: 45,
  km: 7.9,
  purpose: { code: 'LEGACY', facts: { text: 'Easy' } },
  steps: [{ kind: 'run', intensity: 'E', minutes: 45, pace: E, hr: eHr }],
};

describe('midRunCue', () => {
  it('drifting off pace mid-run → a cue back to target', () => {
    // 25 min in: inside the tempo block; the last lap was 4:22/km against a 4:35–4:41 target.
    const c = midRunCue(tempo, 0, { elapsedSeconds: 25 * 60, lapPaceSPerKm: 262 });
    expect(c.cue).toBe('slow_down');
    expect(c.stepIndex).toBe(1);
    expect(c.correctionSecondsPerKm).toBe(16); // back to the middle of 275–281
    expect(c.target).toEqual(T);
    expect(c.next).toMatchObject({ stepIndex: 2, kind: 'cooldown', inSeconds: 10 * 60 });
    expect(c.reasons[0]).toMatchObject({
      code: 'PACE_FASTER_THAN_TARGET',
      facts: { source: 'lap', paceSPerKm: 262 },
    });

    const slow = midRunCue(tempo, 1, { elapsedSeconds: 20 * 60, rollingPaceSPerKm: 296 });
    expect(slow.cue).toBe('speed_up');
    expect(slow.correctionSecondsPerKm).toBe(-18);
    expect(slow.reasons[0]?.facts).toMatchObject({ source: 'rolling' });
  });

  it('small drifts inside the hysteresis band are "hold"', () => {
    for (const pace of [T.from - PACE_HYSTERESIS_S_PER_KM, 278, T.to + PACE_HYSTERESIS_S_PER_KM]) {
      expect(midRunCue(tempo, 1, { lapPaceSPerKm: pace }).cue).toBe('hold');
    }
    expect(midRunCue(tempo, 1, { lapPaceSPerKm: T.from - PACE_HYSTERESIS_S_PER_KM - 1 }).cue).toBe(
      'slow_down',
    );
  });

  it('keeps a correction until the pace is back inside the range (hysteresis)', () => {
    const pace = T.from - 2; // inside the band, outside the range
    expect(midRunCue(tempo, 1, { lapPaceSPerKm: pace }).cue).toBe('hold');
    expect(midRunCue(tempo, 1, { lapPaceSPerKm: pace, previousCue: 'slow_down' }).cue).toBe('slow_down');
    expect(midRunCue(tempo, 1, { lapPaceSPerKm: T.from, previousCue: 'slow_down' }).cue).toBe('hold');
  });

  it('an easy run with HR above the E ceiling → slow down even on pace (gray zone)', () => {
    const c = midRunCue(easy, 0, { elapsedSeconds: 1200, lapPaceSPerKm: 340, hr: 156 });
    expect(c.cue).toBe('slow_down');
    expect(c.correctionSecondsPerKm).toBe(24);
    expect(c.reasons[0]).toMatchObject({ code: 'HR_ABOVE_EASY_CEILING', facts: { overBpm: 8 } });
    const far = midRunCue(easy, 0, { lapPaceSPerKm: 340, hr: eHr.to + WALK_BREAK_HR_ABOVE_CEILING_BPM });
    expect(far.cue).toBe('walk_break');
    expect(midRunCue(easy, 0, { lapPaceSPerKm: 340, hr: 140 }).cue).toBe('hold');
  });

  it('an easy run slower than the range is fine: never "speed up" on easy running', () => {
    const c = midRunCue(easy, 0, { lapPaceSPerKm: 400 });
    expect(c.cue).toBe('hold');
    expect(c.reasons[0]?.code).toBe('EASY_SLOWER_IS_FINE');
  });

  it('uses heat-adjusted targets: on a hot humid day the same lap is on pace', () => {
    const hot = heatAdjustment(27, 21);
    if (!hot.ok) throw new Error('fixture weather must allow running');
    const k = 1 + hot.value.percent / 100;
    const lap = Math.round(((T.from + T.to) / 2) * k);
    const c = midRunCue(tempo, 1, { lapPaceSPerKm: lap, temperatureC: 27, dewPointC: 21 });
    expect(c.cue).toBe('hold');
    expect(c.target).toEqual({ from: Math.round(T.from * k), to: Math.round(T.to * k) });
    expect(c.reasons.map((r) => r.code)).toContain('HEAT_ADJUSTED_TARGET');
    expect(midRunCue(tempo, 1, { lapPaceSPerKm: lap }).cue).toBe('speed_up');
  });

  it('too hot for hard running → cut the quality short, go to the cool-down', () => {
    const c = midRunCue(intervals, 1, { temperatureC: 36, dewPointC: 29, lapPaceSPerKm: 256 });
    expect(c.cue).toBe('cut_short');
    expect(c.next).toMatchObject({ kind: 'cooldown', stepIndex: 3 });
    expect(c.reasons[0]?.code).toBe('HEAT_TOO_HIGH_FOR_HARD_RUNNING');
  });

  it('a red flag → stop, whatever the pace', () => {
    const c = midRunCue(tempo, 1, { lapPaceSPerKm: 278, note: 'I feel dizzy' });
    expect(c.cue).toBe('stop');
    expect(c.reasons).toEqual([{ code: 'RED_FLAG', facts: { redFlags: ['dizziness'] } }]);
    expect(midRunCue(easy, 0, { redFlags: ['chest_pain'] }).cue).toBe('stop');
    expect(midRunCue(easy, 0, { painScore: 5 }).cue).toBe('stop');
  });

  it('pain below the stop score → cut short', () => {
    const c = midRunCue(intervals, 1, { elapsedSeconds: 17 * 60, painScore: 2 });
    expect(c.cue).toBe('cut_short');
    expect(c.next?.kind).toBe('cooldown');
  });

  it('effort far above what the step should feel like → walk break on easy, cut short on quality', () => {
    expect(midRunCue(easy, 0, { feel: 'very_hard', lapPaceSPerKm: 345 }).cue).toBe('walk_break');
    expect(midRunCue(tempo, 1, { rpe: 10, lapPaceSPerKm: 278 }).cue).toBe('cut_short');
    expect(midRunCue(intervals, 1, { feel: 'very_hard', lapPaceSPerKm: 256 }).cue).toBe('hold');
  });

  it('places the runner in the right rep and recovery and says what comes next', () => {
    // warm-up 15 min, then rep 3 min / recovery 2 min ×5: at 26 min the runner is in rep 3.
    const c = midRunCue(intervals, 0, { elapsedSeconds: 26 * 60, lapPaceSPerKm: 256 });
    expect(c).toMatchObject({
      cue: 'hold',
      stepIndex: 1,
      rep: 3,
      next: { kind: 'recovery', inSeconds: 120 },
    });
    const rec = midRunCue(intervals, 0, { elapsedSeconds: 29 * 60, lapPaceSPerKm: 340 });
    expect(rec).toMatchObject({ cue: 'hold', stepIndex: 2, rep: 3, next: { kind: 'rep' } });
    const byKm = midRunCue(tempo, 0, { distanceKm: 1 });
    expect(byKm.stepIndex).toBe(0);
    expect(midRunCue(tempo, 2, {}).stepIndex).toBe(2);
    expect(midRunCue(tempo, 0, { elapsedSeconds: 99_999 }).next).toBeNull();
  });

  it('expands rep blocks in running order', () => {
    expect(sessionTimeline(intervals).map((s) => s.stepIndex)).toEqual([0, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 3]);
  });

  it('always cues toward the target: slow_down means faster than the range, speed_up slower', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 360 }),
        fc.constantFrom<undefined | 'slow_down' | 'speed_up'>(undefined, 'slow_down', 'speed_up'),
        (pace, previousCue) => {
          const c = midRunCue(tempo, 1, { lapPaceSPerKm: pace, ...(previousCue ? { previousCue } : {}) });
          if (c.cue === 'slow_down') {
            expect(pace).toBeLessThan(T.from);
            expect(c.correctionSecondsPerKm).toBeGreaterThan(0);
          } else if (c.cue === 'speed_up') {
            expect(pace).toBeGreaterThan(T.to);
            expect(c.correctionSecondsPerKm).toBeLessThan(0);
          } else {
            expect(c.cue).toBe('hold');
            expect(pace).toBeGreaterThanOrEqual(T.from - PACE_HYSTERESIS_S_PER_KM);
            expect(pace).toBeLessThanOrEqual(T.to + PACE_HYSTERESIS_S_PER_KM);
          }
        },
      ),
      { numRuns: 300, seed: 9 },
    );
  });

  it('a red flag always stops the run, whatever else the report says', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(tempo, intervals, easy),
        fc.record(
          {
            elapsedSeconds: fc.integer({ min: 0, max: 4000 }),
            lapPaceSPerKm: fc.integer({ min: 200, max: 500 }),
            hr: fc.integer({ min: 100, max: 200 }),
            feel: fc.constantFrom('easy' as const, 'ok' as const, 'very_hard' as const),
            temperatureC: fc.integer({ min: 0, max: 30 }),
            dewPointC: fc.constant(0),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom('chest_pain', 'my chest hurts', 'felt faint', 'limping a bit'),
        (session, report, flag) => {
          const c = midRunCue(session, 0, { ...report, redFlags: [flag] });
          expect(c.cue).toBe('stop');
          expect(c.reasons[0]?.code).toBe('RED_FLAG');
        },
      ),
      { numRuns: 200, seed: 13 },
    );
  });
});

describe('midRunCue with garbage in the report', () => {
  it('treats NaN, Infinity and impossible values as not reported, and says so', () => {
    const inTempo = { elapsedSeconds: 20 * 60 };
    const cue = midRunCue(tempo, 1, {
      ...inTempo,
      lapPaceSPerKm: Number.NaN,
      hr: Number.POSITIVE_INFINITY,
      painScore: Number.NaN,
    });
    expect(cue.reasons.map((r) => r.code)).toContain('REPORT_VALUES_IGNORED');
    expect(cue.reasons.find((r) => r.code === 'REPORT_VALUES_IGNORED')?.facts).toEqual({
      fields: ['lapPaceSPerKm', 'hr', 'painScore'],
    });
    expect(cue.reasons.map((r) => r.code)).not.toContain('PACE_ON_TARGET');
    // The same report without the garbage gets the same cue.
    const clean = midRunCue(tempo, 1, inTempo);
    expect(cue.cue).toBe(clean.cue);
  });

  it('never throws on arbitrary numbers', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            elapsedSeconds: fc.double(),
            distanceKm: fc.double(),
            lapPaceSPerKm: fc.double(),
            hr: fc.double(),
            painScore: fc.double(),
            temperatureC: fc.double(),
            dewPointC: fc.double(),
          },
          { requiredKeys: [] },
        ),
        (report) => {
          const cue = midRunCue(intervals, 2, report);
          expect(['hold', 'slow_down', 'speed_up', 'walk_break', 'cut_short', 'stop']).toContain(cue.cue);
          expect(Number.isFinite(cue.correctionSecondsPerKm)).toBe(true);
        },
      ),
      { numRuns: 500, seed: 99 },
    );
  });
});
