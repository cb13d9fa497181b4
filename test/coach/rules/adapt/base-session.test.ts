import { describe, expect, it } from 'vitest';
import { baseOf, easyTargets } from '../../../../coach/rules/adapt/base-session.js';
import { toEasy } from '../../../../coach/rules/adapt/plan-edit.js';
import { fixturePlan } from './plan-fixture.js';

const plan = fixturePlan({ start: '2027-01-04', weeks: 1, vdot: 45, withHr: true });
const tempo = plan.weeks[0]!.sessions[3]!;

describe('baseOf', () => {
  it('is the session it replaced, for an adapted session', () => {
    expect(baseOf(toEasy(tempo, { purpose: { code: 'UNDER_RECOVERED_EASY' } }))).toBe(tempo);
  });

  it('is the session itself when it replaced nothing, and a copy without the key when the key is there', () => {
    expect(baseOf(tempo)).toBe(tempo);
    const keyed = { ...tempo, replaces: undefined };
    const base = baseOf(keyed);
    expect(base).not.toBe(keyed);
    expect('replaces' in base).toBe(false);
    expect(base).toStrictEqual(tempo);
  });
});

describe('easyTargets', () => {
  it("reads the pace and HR of the session's first E step with a pace", () => {
    expect(easyTargets(tempo)).toEqual({ pace: tempo.steps[0]!.pace, hr: { from: 125, to: 148 } });
    expect(easyTargets({ ...tempo, steps: tempo.steps.filter((s) => s.intensity !== 'E') })).toEqual({});
  });
});
