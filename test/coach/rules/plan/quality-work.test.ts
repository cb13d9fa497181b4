import { describe, it, expect } from 'vitest';
import { T_LADDER, type Rung } from '../../../../coach/rules/plan/quality-ladders.js';
import {
  fits,
  fromLadder,
  repBlock,
  type LadderSpec,
  type QualityContext,
} from '../../../../coach/rules/plan/quality-work.js';
import { trainingPaces } from '../../../../coach/rules/paces/training-paces.js';
import type { PaceContext } from '../../../../coach/rules/plan/steps.js';

const paces = trainingPaces(50);
const pace: PaceContext = { paces, estimate: paces };
const ctx = (o: Partial<QualityContext> = {}): QualityContext => ({
  date: '2027-01-05',
  weekKm: 60,
  hardBudget: 60,
  room: 120,
  pace,
  purpose: (k) => ({ code: 'LEGACY', facts: { text: k } }),
  ...o,
});
const spec = (o: Partial<LadderSpec> = {}): LadderSpec => ({
  ladder: T_LADDER,
  intensity: 'T',
  kind: 'tempo',
  purpose: (r: Rung) => (r.reps === 1 ? 'tempo' : 'cruise'),
  repMinutes: (r: Rung) => r.size,
  recovery: () => 2,
  capKm: Number.POSITIVE_INFINITY,
  capMinutes: Number.POSITIVE_INFINITY,
  ...o,
});

describe('repBlock', () => {
  it('runs reps with a recovery jog each, and counts the minutes at intensity as hard', () => {
    const b = repBlock(spec(), ctx(), 2, 10, 2, 'cruise');
    expect(b).toMatchObject({ kind: 'tempo', purpose: 'cruise', hard: 20, rung: 2 });
    expect(b.steps.map((s) => [s.kind, s.intensity, s.minutes, s.repeat])).toEqual([
      ['rep', 'T', 10, 2],
      ['recovery', 'E', 2, 2],
    ]);
  });

  it('runs one rep as a continuous run, and reps by distance when the family says so', () => {
    expect(repBlock(spec(), ctx(), 1, 20, -1, 'tempo').steps.map((s) => s.kind)).toEqual(['run']);
    const byKm = repBlock(spec({ recovery: () => 0 }), ctx(), 8, 1.5, 0, 'repetitions', 0.4);
    expect(byKm.steps).toHaveLength(1);
    expect(byKm.steps[0]).toMatchObject({ kind: 'rep', km: 0.4, repeat: 8 });
  });
});

describe('fits', () => {
  const twoByTen = repBlock(spec(), ctx(), 2, 10, 2, 'cruise');

  it('holds when the caps, the budget and the block all allow the work', () => {
    expect(fits(spec(), ctx(), twoByTen, 24)).toBe(true);
  });

  it('fails over the 80/20 budget, the minute cap, the distance cap or the block', () => {
    expect(fits(spec(), ctx({ hardBudget: 15 }), twoByTen, 40)).toBe(false);
    expect(fits(spec({ capMinutes: 15 }), ctx(), twoByTen, 40)).toBe(false);
    expect(fits(spec({ capKm: 1 }), ctx(), twoByTen, 40)).toBe(false);
    expect(fits(spec(), ctx(), twoByTen, 23)).toBe(false);
  });
});

describe('fromLadder', () => {
  it('runs the asked-for rung when it fits', () => {
    expect(fromLadder(spec(), ctx({ rung: 2 }), 60)?.rung).toBe(2);
  });

  it('steps down to the highest rung that fits, and gives up below rung 0', () => {
    const small = fromLadder(spec(), ctx({ rung: T_LADDER.length - 1, hardBudget: 16 }), 60);
    expect(small).toBeDefined();
    expect(small!.hard).toBeLessThanOrEqual(16);
    const next = T_LADDER[small!.rung + 1]!;
    expect(next.reps * next.size).toBeGreaterThan(16);
    expect(fromLadder(spec(), ctx({ hardBudget: 1 }), 60)).toBeUndefined();
  });

  it('takes the top rung when none is asked for', () => {
    expect(fromLadder(spec(), ctx(), 200)?.rung).toBe(T_LADDER.length - 1);
  });
});
