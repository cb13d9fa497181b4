import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoachMessage } from '../../../coach/prompts/coach-message.js';
import { allowedNumbers, checkNumbers } from '../../../coach/prompts/guards/numbers-guard.js';
import { CHANNELS, PERSONAS } from '../../../coach/prompts/persona.js';
import { renderTemplate } from '../../../coach/prompts/templates/index.js';
import { purposeText } from '../../../coach/prompts/templates/purpose-words.js';
import { PURPOSE_SAMPLES } from './purpose-samples.js';

const SEED = { seed: 5150, numRuns: 300 };
const isoDate = fc
  .record({
    y: fc.integer({ min: 2026, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const tenth = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((x) => x / 10);

const runLogged: fc.Arbitrary<CoachMessage> = fc.record(
  {
    kind: fc.constant('run-logged' as const),
    date: isoDate,
    km: tenth(1, 50),
    seconds: fc.integer({ min: 300, max: 20000 }),
    paceSPerKm: fc.integer({ min: 170, max: 700 }),
    avgHr: fc.integer({ min: 90, max: 200 }),
    rpe: fc.integer({ min: 1, max: 10 }),
    progress: fc.record({
      weekKm: tenth(0, 150),
      weekPlannedKm: tenth(1, 150),
      runsLogged: fc.integer({ min: 1, max: 500 }),
    }),
  },
  { requiredKeys: ['kind', 'date', 'km', 'seconds'] },
);

const checkin: fc.Arbitrary<CoachMessage> = fc.record(
  {
    kind: fc.constant('checkin-saved' as const),
    date: isoDate,
    sleepHours: tenth(0, 14),
    restingHr: fc.integer({ min: 30, max: 110 }),
    hrvMs: fc.integer({ min: 5, max: 250 }),
    soreness: fc.integer({ min: 0, max: 10 }),
    stress: fc.integer({ min: 0, max: 10 }),
    illness: fc.boolean(),
    readiness: fc.constantFrom('good' as const, 'ok' as const, 'poor' as const),
  },
  { requiredKeys: ['kind', 'date', 'readiness'] },
);

const paces: fc.Arbitrary<CoachMessage> = fc
  .record({ vdot: tenth(20, 85), t: fc.integer({ min: 180, max: 480 }), before: tenth(20, 85) })
  .map(({ vdot, t, before }) => ({
    kind: 'paces' as const,
    vdot,
    paces: {
      easy: { from: t + 50, to: t + 90 },
      marathon: t + 25,
      threshold: t,
      interval: t - 20,
      repetition: t - 40,
    },
    progress: { vdotBefore: before, vdotNow: vdot },
  }));

const range = (lo: number, hi: number, width: number) =>
  fc.integer({ min: lo, max: hi }).map((from) => ({ from, to: from + width }));
const step = fc.record(
  {
    kind: fc.constantFrom(
      'warmup' as const,
      'run' as const,
      'rep' as const,
      'recovery' as const,
      'cooldown' as const,
      'strides' as const,
    ),
    intensity: fc.constantFrom('E' as const, 'M' as const, 'T' as const, 'I' as const, 'R' as const),
    minutes: fc.constantFrom(0.33, 0.5, 1, 2, 3, 5, 7, 10, 15, 20, 45, 90),
    km: tenth(0, 20),
    repeat: fc.integer({ min: 2, max: 12 }),
    pace: range(170, 600, 8),
    hr: range(100, 190, 10),
  },
  { requiredKeys: ['kind', 'intensity'] },
);
const session = fc.record({
  date: isoDate,
  kind: fc.constantFrom(
    'easy' as const,
    'long' as const,
    'tempo' as const,
    'intervals' as const,
    'hills' as const,
    'rest' as const,
  ),
  hard: fc.boolean(),
  minutes: fc.integer({ min: 10, max: 180 }),
  km: tenth(1, 40),
  purpose: fc.oneof(
    fc.constantFrom(...Object.values(PURPOSE_SAMPLES)),
    fc
      .constantFrom('Easy aerobic running.', 'Threshold work: 50 % more time at T pace than last week.')
      .map((text) => ({ code: 'LEGACY' as const, facts: { text } })),
  ),
  steps: fc.array(step, { minLength: 1, maxLength: 5 }),
});
const today: fc.Arbitrary<CoachMessage> = fc.record({
  kind: fc.constant('today' as const),
  date: isoDate,
  session,
  readiness: fc.constantFrom('good' as const, 'ok' as const, 'poor' as const),
});
const summary = fc.record({
  date: isoDate,
  kind: fc.constantFrom('easy' as const, 'tempo' as const, 'long' as const, 'rest' as const),
  hard: fc.boolean(),
  minutes: fc.integer({ min: 0, max: 180 }),
  km: tenth(0, 40),
});
const decision: fc.Arbitrary<CoachMessage> = fc
  .record({
    rule: fc.constantFrom(
      'readiness.under-recovered',
      'rpe.mismatch',
      'load.ramp',
      'illness.graded-return',
      'some.new-rule',
    ),
    before: summary,
    after: summary,
    askAccept: fc.boolean(),
    sleepHours: tenth(2, 6),
    rpe: fc.integer({ min: 1, max: 10 }),
    km: tenth(10, 120),
  })
  .map(({ rule, before, after, askAccept, sleepHours, rpe, km }) => ({
    kind: 'decision' as const,
    askAccept,
    decision: {
      rule,
      date: before.date,
      action: 'swap_to_easy',
      before,
      after,
      reasons: [
        { code: 'SLEEP_BAD', facts: { sleepHours } },
        {
          code: 'RPE_ABOVE_EXPECTED',
          facts: { date: before.date, kind: 'easy', rpe, expected: { from: 2, to: 4 } },
        },
        {
          code: 'RAMP_ABOVE_10_PERCENT',
          facts: { plannedThisWeekMinutes: km * 6, limitMinutes: km * 6 - 30 },
        },
        { code: 'RETURN_FROM_ILLNESS', facts: { illDays: 3, returnDays: 6 } },
      ],
    },
  }));

describe('template properties', () => {
  it('any facts: clean text whose every number is a fact of the message', () => {
    fc.assert(
      fc.property(
        fc.oneof(runLogged, checkin, paces, today, decision),
        fc.constantFrom(...PERSONAS),
        fc.constantFrom(...CHANNELS),
        fc.constantFrom('km' as const, 'mi' as const),
        (message, persona, channel, units) => {
          const r = renderTemplate({ message, persona, channel, units });
          expect(r.text).not.toMatch(/undefined|NaN|\[object|null|Infinity/);
          // A purpose's fixed words ("3–5 minute efforts") are the template's own, like its other wording.
          const purpose =
            message.kind === 'today' && message.session ? purposeText(message.session.purpose) : '';
          expect(checkNumbers(r.text, allowedNumbers([message], [purpose])), r.text).toEqual({ ok: true });
        },
      ),
      SEED,
    );
  });
});
