import { describe, it, expect } from 'vitest';
import { separateHardDays, SOFTENED_PURPOSE } from '../../../../coach/rules/plan/hard-day-guard.js';
import { makeSession, makeStep, type PaceContext } from '../../../../coach/rules/plan/steps.js';
import { trainingPaces } from '../../../../coach/rules/paces/training-paces.js';

const paces = trainingPaces(45);
const pace: PaceContext = { paces, estimate: paces };
const hard = (date: string, kind: 'tempo' | 'race' = 'tempo') =>
  makeSession(date, kind, true, { code: 'LEGACY', facts: { text: 'why' } }, [
    makeStep('warmup', 'E', 15, pace),
    makeStep('run', 'T', 20, pace),
    makeStep('cooldown', 'E', 10, pace),
  ]);
const easy = (date: string) =>
  makeSession(date, 'easy', false, { code: 'LEGACY', facts: { text: 'why' } }, [
    makeStep('run', 'E', 40, pace),
  ]);

describe('separateHardDays', () => {
  it('softens the later of two hard days, across a week boundary too, keeping its minutes', () => {
    const out = separateHardDays([hard('2027-01-11'), hard('2027-01-10')], pace);
    expect(out.map((s) => [s.date, s.hard])).toEqual([
      ['2027-01-10', true],
      ['2027-01-11', false],
    ]);
    expect(out[1]).toMatchObject({ kind: 'easy', minutes: 45, purpose: SOFTENED_PURPOSE });
  });

  it('softens the day before the race rather than the race', () => {
    const out = separateHardDays([hard('2027-04-17'), hard('2027-04-18', 'race')], pace);
    expect(out.map((s) => s.kind)).toEqual(['easy', 'race']);
  });

  it('softens the day before a hard long run (M segment) rather than the long run', () => {
    const longM = makeSession('2027-03-14', 'long', true, { code: 'LEGACY', facts: { text: 'why' } }, [
      makeStep('run', 'E', 40, pace),
      makeStep('run', 'M', 50, pace),
      makeStep('cooldown', 'E', 20, pace),
    ]);
    const out = separateHardDays([hard('2027-03-13'), longM], pace);
    expect(out.map((s) => [s.kind, s.hard])).toEqual([
      ['easy', false],
      ['long', true],
    ]);
  });

  it('leaves hard days two apart alone', () => {
    const sessions = [hard('2027-01-05'), easy('2027-01-06'), hard('2027-01-07')];
    expect(separateHardDays(sessions, pace)).toEqual(sessions);
  });
});
