import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  baseOf,
  capMinutes,
  replaceSession,
  toEasy,
  toRest,
  withoutStrides,
} from '../../../../coach/rules/adapt/plan-edit.js';
import type { Session } from '../../../../coach/rules/plan/types.js';
import { fixturePlan } from './plan-fixture.js';

const E = { from: 330, to: 370 };
const runWalk: Session = {
  date: '2027-01-04',
  kind: 'run-walk',
  hard: false,
  minutes: 50,
  km: 5.5,
  purpose: { code: 'LEGACY', facts: { text: 'Run/walk' } },
  steps: [
    { kind: 'warmup', intensity: 'walk', minutes: 5, km: 0.5 },
    { kind: 'run', intensity: 'E', minutes: 4, km: 0.7, repeat: 8, pace: E },
    { kind: 'walk', intensity: 'walk', minutes: 1, km: 0.1, repeat: 8 },
    { kind: 'cooldown', intensity: 'walk', minutes: 5, km: 0.5 },
  ],
};
const easyStrides: Session = {
  date: '2027-01-05',
  kind: 'easy',
  hard: false,
  minutes: 46,
  km: 7.9,
  purpose: { code: 'LEGACY', facts: { text: 'Easy + strides' } },
  steps: [
    { kind: 'run', intensity: 'E', minutes: 40, km: 7, pace: E },
    { kind: 'strides', intensity: 'R', minutes: 0.33, km: 0.08, repeat: 6 },
    { kind: 'recovery', intensity: 'E', minutes: 0.67, km: 0.11, repeat: 6, pace: E },
  ],
};
const plan = fixturePlan({ start: '2027-01-04', weeks: 4, vdot: 45 });
const tempo = plan.weeks[0]!.sessions[3]!;

describe('plan edits', () => {
  it('an easy day keeps its shape: a run/walk stays a run/walk, only shorter', () => {
    const s = toEasy(runWalk, { maxMinutes: 40, purpose: { code: 'LEGACY', facts: { text: 'Shorter' } } });
    expect(s.kind).toBe('run-walk');
    expect(s.minutes).toBe(40);
    expect(s.steps.map((x) => x.kind)).toEqual(runWalk.steps.map((x) => x.kind));
    expect(s.replaces).toEqual(runWalk);
  });

  it('strides and their recoveries go when intensity is off', () => {
    const s = withoutStrides(easyStrides, { code: 'LEGACY', facts: { text: 'Easy only' } });
    expect(s.steps.map((x) => x.kind)).toEqual(['run']);
    expect(s.minutes).toBe(40);
    expect(s.km).toBe(6.7); // 7.9 km less 6 × (0.08 + 0.11) km of strides and recoveries, rounded down
    expect(withoutStrides(s, { code: 'LEGACY', facts: { text: 'again' } })).toBe(s);
    expect(
      toEasy(easyStrides, { purpose: { code: 'LEGACY', facts: { text: 'x' } } }).steps.map((x) => x.kind),
    ).toEqual(['run']);
  });

  it('a hard session becomes one easy run, never longer in time or distance', () => {
    const s = toEasy(tempo, { purpose: { code: 'LEGACY', facts: { text: 'Easy instead' } } });
    expect(s).toMatchObject({ kind: 'easy', hard: false, status: 'adapted' });
    expect(s.steps).toHaveLength(1);
    expect(s.steps[0]!.intensity).toBe('E');
    expect(s.minutes).toBeLessThanOrEqual(tempo.minutes);
    expect(s.km).toBeLessThanOrEqual(tempo.km);
    expect(baseOf(s)).toEqual(tempo);
  });

  it('every edit is idempotent and only ever makes a session lighter', () => {
    const sessions = plan.weeks.flatMap((w) => w.sessions).concat([runWalk, easyStrides]);
    const edits = [
      (s: Session) => toEasy(s, { purpose: { code: 'LEGACY', facts: { text: 'e' } } }),
      (s: Session) => toEasy(s, { maxMinutes: 30, purpose: { code: 'LEGACY', facts: { text: 'e30' } } }),
      (s: Session) => toRest(s, { code: 'LEGACY', facts: { text: 'r' } }),
      (s: Session) => capMinutes(s, baseOf(s).minutes * 0.8, { code: 'LEGACY', facts: { text: 'c' } }),
      (s: Session) => withoutStrides(s, { code: 'LEGACY', facts: { text: 'w' } }),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...sessions),
        fc.array(fc.integer({ min: 0, max: edits.length - 1 }), { minLength: 1, maxLength: 5 }),
        (session, order) => {
          let s = session;
          for (const i of order) {
            const once = edits[i]!(s);
            expect(edits[i]!(once)).toBe(once);
            expect(once.minutes).toBeLessThanOrEqual(s.minutes);
            expect(once.km).toBeLessThanOrEqual(s.km + 1e-9);
            if (!s.hard) expect(once.hard).toBe(false);
            expect(baseOf(once)).toEqual(baseOf(session));
            s = once;
          }
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });

  it('replacing a session keeps the week totals consistent', () => {
    const next = replaceSession(
      plan,
      { week: 0, index: 3 },
      toRest(tempo, { code: 'LEGACY', facts: { text: 'r' } }),
    );
    expect(next.weeks[0]!.minutes).toBeCloseTo(plan.weeks[0]!.minutes - tempo.minutes, 6);
    expect(next.weeks[0]!.km).toBeCloseTo(plan.weeks[0]!.km - tempo.km, 6);
    expect(next.weeks[1]).toBe(plan.weeks[1]);
    expect(replaceSession(plan, { week: 0, index: 3 }, tempo)).toBe(plan);
  });
});
