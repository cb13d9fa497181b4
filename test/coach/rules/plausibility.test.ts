/**
 * One set of plausibility bounds (issue 11 §7): what the HTTP API accepts, the rules accept, and every
 * reader of a bound agrees with `coach/rules/plausibility.ts`. The API's edges are probed from its zod
 * schemas, not restated, so a schema that drifts from the table fails here.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { hrTargets } from '../../../coach/rules/heart-rate/hr-targets.js';
import { heartRatesFrom } from '../../../coach/rules/language/onboarding/runner-facts.js';
import { resolveAthlete } from '../../../coach/rules/plan/athlete.js';
import type { PlanInput } from '../../../coach/rules/plan/plan-input.js';
import { PLAUSIBLE, type Bound, type PlausibleKey } from '../../../coach/rules/plausibility.js';
import { RPE_OPTIONS } from '../../../coach/prompts/options.js';
import { athleteFields, onboardingFields } from '../../../server/routes/athletes.schemas.js';

/** The smallest and largest value in [from, to] (by `step`) the schema accepts. */
function acceptedRange(schema: z.ZodType, from: number, to: number, step: number): Bound {
  const accepted: number[] = [];
  for (let i = 0; from + i * step <= to; i++) {
    const v = Math.round((from + i * step) * 1000) / 1000;
    if (schema.safeParse(v).success) accepted.push(v);
  }
  return { min: Math.min(...accepted), max: Math.max(...accepted) };
}

const API: readonly (readonly [string, z.ZodType, PlausibleKey, number])[] = [
  ['maxHr', athleteFields.maxHr, 'maxHrBpm', 1],
  ['restingHr', athleteFields.restingHr, 'restingHrBpm', 1],
  ['lthr', athleteFields.lthr, 'lthrBpm', 1],
  ['birthYear', athleteFields.birthYear, 'birthYear', 1],
  ['age', onboardingFields.age, 'ageYears', 1],
  ['weeklyKm', onboardingFields.weeklyKm, 'weeklyKm', 0.1],
  ['weeklyMinutes', onboardingFields.weeklyMinutes, 'weeklyMinutes', 1],
  ['longestRunKm', onboardingFields.longestRunKm, 'longestRunKm', 0.1],
];

const base: PlanInput = {
  fitness: {},
  goal: { distance: '10k', raceDate: '2027-03-07' },
  startDate: '2027-01-06',
  availableDays: ['tue', 'thu', 'sun'],
  longRunDay: 'sun',
  level: 'intermediate',
};
const planCode = (o: Partial<PlanInput>): string => {
  const r = resolveAthlete({ ...base, ...o });
  return r.ok ? 'ok' : r.code;
};

describe('plausibility bounds: one table', () => {
  it.each(API)('the API field %s accepts exactly its bound', (_name, schema, key, step) => {
    const b = PLAUSIBLE[key];
    expect(acceptedRange(schema, b.min - 1000 * step, b.max + 1000 * step, step)).toEqual(b);
  });

  it('every heart rate the API accepts builds a plan (a runner at the edge can replan)', () => {
    const max = acceptedRange(athleteFields.maxHr, 0, 400, 1);
    const rest = acceptedRange(athleteFields.restingHr, 0, 400, 1);
    const lthr = acceptedRange(athleteFields.lthr, 0, 400, 1);
    for (const maxHr of [max.min, max.max]) expect(planCode({ hr: { maxHr } }), `max ${maxHr}`).toBe('ok');
    for (const restingHr of [rest.min, rest.max])
      expect(planCode({ hr: { maxHr: max.max, restingHr } }), `rest ${restingHr}`).toBe('ok');
    for (const v of [lthr.min, lthr.max])
      expect(planCode({ hr: { maxHr: max.max, lthr: v } }), `lthr ${v}`).toBe('ok');
    expect(hrTargets({ maxHr: max.max + 1 }).ok).toBe(false);
  });

  it('every age, weekly volume and longest run the API accepts builds a plan', () => {
    const age = acceptedRange(onboardingFields.age, 0, 300, 1);
    const km = acceptedRange(onboardingFields.weeklyKm, 0, 1000, 0.5);
    const min = acceptedRange(onboardingFields.weeklyMinutes, 0, 4000, 10);
    const longest = acceptedRange(onboardingFields.longestRunKm, 0, 300, 0.1);
    for (const a of [age.min, age.max]) expect(planCode({ age: a }), `age ${a}`).toBe('ok');
    for (const k of [km.min, km.max]) expect(planCode({ weeklyKm: k }), `${k} km`).toBe('ok');
    for (const m of [min.min, min.max]) expect(planCode({ weeklyMinutes: m }), `${m} min`).toBe('ok');
    for (const l of [longest.min, longest.max])
      expect(planCode({ longestRunKm: l, weeklyKm: 60 }), `longest ${l}`).toBe('ok');
    expect(planCode({ weeklyKm: PLAUSIBLE.weeklyKm.max + 1 })).toBe('INVALID_VOLUME');
    expect(planCode({ longestRunKm: PLAUSIBLE.longestRunKm.max + 1 })).toBe('INVALID_LONGEST_RUN');
    expect(planCode({ age: PLAUSIBLE.ageYears.max + 1 })).toBe('INVALID_AGE');
  });

  it('the heart-rate rules refuse just outside each bound and accept its edges', () => {
    const { maxHrBpm: m, restingHrBpm: r, lthrBpm: l } = PLAUSIBLE;
    expect(hrTargets({ maxHr: m.min }).ok).toBe(true);
    expect(hrTargets({ maxHr: m.min - 1 }).ok).toBe(false);
    expect(hrTargets({ maxHr: m.max, restingHr: r.max }).ok).toBe(true);
    expect(hrTargets({ maxHr: m.max, restingHr: r.max + 1 }).ok).toBe(false);
    expect(hrTargets({ maxHr: m.max, restingHr: r.min - 1 }).ok).toBe(false);
    expect(hrTargets({ maxHr: m.max, lthr: l.min }).ok).toBe(true);
    expect(hrTargets({ maxHr: m.max, lthr: l.max }).ok).toBe(true);
    expect(hrTargets({ maxHr: m.max, lthr: l.min - 1 }).ok).toBe(false);
    expect(hrTargets({ maxHr: m.max, lthr: l.max + 1 }).ok).toBe(false);
  });

  it('onboarding reads the heart rates at the edges and no further', () => {
    const { maxHrBpm: m, restingHrBpm: r } = PLAUSIBLE;
    expect(heartRatesFrom(`max ${m.max} rest ${r.min}`)).toEqual({ maxHr: m.max, restingHr: r.min });
    expect(heartRatesFrom(`max ${m.max + 1} rest ${r.max + 1}`)).toEqual({});
  });

  it('the quick-reply RPE scale is the bound', () => {
    expect(RPE_OPTIONS.map((o) => Number(o.label))).toEqual(
      Array.from({ length: PLAUSIBLE.rpe.max - PLAUSIBLE.rpe.min + 1 }, (_, i) => PLAUSIBLE.rpe.min + i),
    );
  });

  it('every bound is an ordered finite range', () => {
    for (const [key, b] of Object.entries(PLAUSIBLE)) {
      expect(Number.isFinite(b.min) && Number.isFinite(b.max), key).toBe(true);
      expect(b.min <= b.max, key).toBe(true);
    }
  });
});
