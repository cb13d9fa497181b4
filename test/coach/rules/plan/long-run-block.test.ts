import { describe, it, expect } from 'vitest';
import {
  LONG_BLOCK_MIN_E_AFTER,
  LONG_BLOCK_MIN_E_BEFORE,
  longBlockFor,
  longRunWithBlock,
} from '../../../../coach/rules/plan/long-run-block.js';
import { weekQuality } from '../../../../coach/rules/plan/quality-menu.js';
import { intensityKm, intensityMinutes } from '../../../../coach/rules/plan/session-caps.js';
import { trainingPaces } from '../../../../coach/rules/paces/training-paces.js';
import type { PaceContext } from '../../../../coach/rules/plan/steps.js';
import type { Purpose } from '../../../../coach/rules/plan/types.js';

const paces = trainingPaces(50);
const pace: PaceContext = { paces, estimate: paces };
const purpose = (k: string): Purpose => ({ code: 'LEGACY', facts: { text: `purpose of ${k}` } });
const input = { date: '2027-03-14', minutes: 140, weekKm: 80, hardBudget: 90, pace, purpose };

describe('race-specific long runs', () => {
  it('only in non-down race-specific weeks of a marathon (M) or half (T)', () => {
    expect(longBlockFor('marathon', 'race-specific', false)).toBe('M');
    expect(longBlockFor('half', 'race-specific', false)).toBe('T');
    expect(longBlockFor('marathon', 'race-specific', true)).toBeUndefined();
    expect(longBlockFor('marathon', 'build', false)).toBeUndefined();
    expect(longBlockFor('10k', 'race-specific', false)).toBeUndefined();
  });

  it('M: the rung asked for, between an easy start and an easy finish, as a hard long run', () => {
    const r = longRunWithBlock({ ...input, block: 'M', rung: 1 })!;
    expect(r.rung).toBe(1);
    expect(r.session).toMatchObject({ kind: 'long', hard: true, minutes: 140 });
    expect(intensityKm(r.session, 'M')).toBeCloseTo(10, 0);
    const [first, , last] = r.session.steps;
    expect(first).toMatchObject({ intensity: 'E' });
    expect(first!.minutes!).toBeGreaterThanOrEqual(LONG_BLOCK_MIN_E_BEFORE);
    expect(last).toMatchObject({ intensity: 'E', kind: 'cooldown' });
    expect(last!.minutes!).toBeGreaterThanOrEqual(LONG_BLOCK_MIN_E_AFTER);
  });

  it('M: within 20 % of the week, 110 min and 29 km; nothing under 5 km', () => {
    const small = longRunWithBlock({ ...input, block: 'M', weekKm: 40 })!;
    expect(intensityKm(small.session, 'M')).toBeLessThanOrEqual(8);
    const huge = longRunWithBlock({ ...input, block: 'M', minutes: 240, weekKm: 300, hardBudget: 300 })!;
    expect(intensityMinutes(huge.session, 'M')).toBeLessThanOrEqual(110);
    expect(intensityKm(huge.session, 'M')).toBeLessThanOrEqual(29);
    expect(longRunWithBlock({ ...input, block: 'M', weekKm: 20 })).toBeUndefined();
  });

  it('T: cruise blocks inside 10 % of the week', () => {
    const r = longRunWithBlock({ ...input, block: 'T', minutes: 100, weekKm: 60 })!;
    expect(r.session.kind).toBe('long');
    expect(intensityKm(r.session, 'T')).toBeGreaterThan(0);
    expect(intensityKm(r.session, 'T')).toBeLessThanOrEqual(6);
  });
});

describe("2Q for 4-day runners (Daniels' Q1 = the long run)", () => {
  const menu = { level: 'intermediate', gentle: false, runWalk: false, availableDays: 4 } as const;
  it('asks for the block session and a midweek Q in race-specific half and marathon weeks', () => {
    expect(
      weekQuality({ ...menu, goal: 'marathon', phase: 'race-specific', downWeek: false, weekIndex: 11 }),
    ).toEqual(['M', 'T']);
    expect(
      weekQuality({ ...menu, goal: 'half', phase: 'race-specific', downWeek: false, weekIndex: 11 }),
    ).toEqual(['T', 'T']);
  });
  it('keeps one midweek Q in other weeks, and beginners keep one', () => {
    expect(
      weekQuality({ ...menu, goal: 'marathon', phase: 'build', downWeek: false, weekIndex: 6 }),
    ).toHaveLength(1);
    expect(
      weekQuality({ ...menu, goal: 'marathon', phase: 'race-specific', downWeek: true, weekIndex: 11 }),
    ).toHaveLength(1);
    expect(
      weekQuality({
        ...menu,
        level: 'beginner',
        goal: 'marathon',
        phase: 'race-specific',
        downWeek: false,
        weekIndex: 11,
      }),
    ).toEqual(['M']);
  });
});
