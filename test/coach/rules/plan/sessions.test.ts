import { describe, it, expect } from 'vitest';
import {
  easySession,
  longSession,
  RUN_WALK_STAGES,
  runWalkSessionMinutes,
} from '../../../../coach/rules/plan/easy-sessions.js';
import { qualitySession, type QualityContext } from '../../../../coach/rules/plan/quality-sessions.js';
import { raceSession } from '../../../../coach/rules/plan/race-session.js';
import { intensityKm, intensityMinutes, sessionCapsHold } from '../../../../coach/rules/plan/session-caps.js';
import { paceRange, stepMinutes, type PaceContext } from '../../../../coach/rules/plan/steps.js';
import type { Purpose, Session } from '../../../../coach/rules/plan/types.js';
import { trainingPaces } from '../../../../coach/rules/paces/training-paces.js';

const paces = trainingPaces(50);
const pace: PaceContext = { paces, estimate: paces };
const purpose = (k: string): Purpose => ({ code: 'LEGACY', facts: { text: `purpose of ${k}` } });
const ctx = (o: Partial<QualityContext> = {}): QualityContext => ({
  date: '2027-01-05',
  weekKm: 60,
  hardBudget: 60,
  room: 120,
  pace,
  purpose,
  ...o,
});
const total = (s: Session) => s.steps.reduce((sum, st) => sum + stepMinutes(st), 0);

describe('quality sessions', () => {
  it('T: cruise intervals of the asked-for rung, ≤ 10 % of the week in km, warm-up and cool-down easy', () => {
    const q = qualitySession('T', ctx({ weekKm: 75, rung: 3 }))!;
    expect(q.session.kind).toBe('tempo');
    expect(q.session.hard).toBe(true);
    expect(q.rung).toBe(3);
    expect(q.session.steps.find((s) => s.kind === 'rep')).toMatchObject({ minutes: 10, repeat: 3 });
    expect(intensityKm(q.session, 'T')).toBeLessThanOrEqual(7.5);
    expect(q.session.steps[0]).toMatchObject({ kind: 'warmup', intensity: 'E', minutes: 15 });
    expect(q.session.steps.at(-1)).toMatchObject({ kind: 'cooldown', intensity: 'E', minutes: 10 });
    expect(q.session.minutes).toBeCloseTo(total(q.session), 6);
  });

  it('T: the highest rung the km cap allows, and one steady block below the ladder', () => {
    // 40 km: T ≤ 4 km ≈ 17 min at 4:15/km: 3 × 5 min fits, 4 × 5 does not; 30 km: T ≤ 3 km ≈ 12 min.
    expect(qualitySession('T', ctx({ weekKm: 40 }))!.rung).toBe(0);
    const small = qualitySession('T', ctx({ weekKm: 30 }))!;
    expect(small.rung).toBe(-1);
    expect(small.session.steps.filter((s) => s.intensity === 'T')).toEqual([
      expect.objectContaining({ kind: 'run', minutes: 12 }),
    ]);
  });

  it('I: 3–5 minute reps with equal jog recoveries, ≤ 8 % of the week in km and ≤ 10 km', () => {
    const q = qualitySession('I', ctx())!;
    const rep = q.session.steps.find((s) => s.kind === 'rep')!;
    const rec = q.session.steps.find((s) => s.kind === 'recovery')!;
    expect(rep.minutes).toBeGreaterThanOrEqual(3);
    expect(rep.minutes).toBeLessThanOrEqual(5);
    expect(rec).toMatchObject({ intensity: 'E', minutes: rep.minutes, repeat: rep.repeat });
    expect(intensityKm(q.session, 'I')).toBeLessThanOrEqual(0.08 * 60);
    expect(rep.pace).toEqual(paceRange(paces, 'I'));
    const big = qualitySession('I', ctx({ weekKm: 400, hardBudget: 200, room: 300 }))!;
    expect(intensityKm(big.session, 'I')).toBeLessThanOrEqual(10);
  });

  it('R: 200–400 m reps at R pace, ≤ 5 % of the week in km', () => {
    const q = qualitySession('R', ctx({ weekKm: 70 }))!;
    const rep = q.session.steps.find((s) => s.kind === 'rep')!;
    expect([0.2, 0.4]).toContain(rep.km);
    expect(intensityKm(q.session, 'R')).toBeLessThanOrEqual(3.5);
  });

  it('M: capped at 110 min and 29 km whatever the week', () => {
    const q = qualitySession('M', ctx({ weekKm: 400, hardBudget: 500, room: 400 }))!;
    expect(intensityMinutes(q.session, 'M')).toBeLessThanOrEqual(110);
    expect(sessionCapsHold(q.session, 400)).toBe(true);
  });

  it('returns nothing when the week cannot hold it', () => {
    expect(qualitySession('T', ctx({ weekKm: 15 }))).toBeUndefined();
    expect(qualitySession('I', ctx({ hardBudget: 5 }))).toBeUndefined();
    expect(qualitySession('M', ctx({ room: 30 }))).toBeUndefined();
    expect(qualitySession('hills', ctx({ room: 20 }))).toBeUndefined();
  });

  it('keeps a session inside a tight daily cap', () => {
    const q = qualitySession('T', ctx({ room: 45 }))!;
    expect(q.session.minutes).toBeLessThanOrEqual(45);
  });
});

describe('easy sessions', () => {
  it('an easy run with strides keeps its total and marks only the strides fast', () => {
    const s = easySession({ date: '2027-01-06', minutes: 40, pace, purpose, strides: true });
    expect(s.minutes).toBeCloseTo(40, 1);
    expect(s.hard).toBe(false);
    expect(s.steps.filter((st) => st.intensity !== 'E')).toEqual([
      expect.objectContaining({ kind: 'strides', repeat: 6 }),
    ]);
  });

  it('run/walk follows the ladder, fills the minutes exactly and never runs longer than the rung', () => {
    for (let stage = 0; stage < RUN_WALK_STAGES.length; stage++) {
      const [rungRun, rungWalk] = RUN_WALK_STAGES[stage]!;
      for (const minutes of [15, 20, 27, 30, 45]) {
        const s = easySession({ date: '2027-01-06', minutes, pace, purpose, runWalkStage: stage });
        expect(total(s)).toBeCloseTo(minutes, 6);
        const runs = s.steps.filter((st) => st.kind === 'run');
        const walk = s.steps.find((st) => st.kind === 'walk')!;
        // A session long enough for one full cycle runs the rung's run; a shorter one runs less, never more.
        if (minutes >= runWalkSessionMinutes(stage)) expect(runs[0]!.minutes).toBe(rungRun);
        else expect(runs[0]!.minutes).toBeLessThan(rungRun);
        for (const r of runs) expect(r.minutes).toBeLessThanOrEqual(rungRun);
        expect(walk).toMatchObject({ intensity: 'walk', minutes: rungWalk, repeat: runs[0]!.repeat });
        expect(walk.pace).toBeUndefined();
      }
    }
  });

  it('the long run is all easy', () => {
    const s = longSession({ date: '2027-01-10', minutes: 90, pace, purpose });
    expect(s).toMatchObject({ kind: 'long', hard: false, minutes: 90 });
    expect(s.steps.every((st) => st.intensity === 'E')).toBe(true);
  });
});

describe('race session', () => {
  it('races the half at the planned time with the pace range it is given', () => {
    const s = raceSession(
      '2027-04-18',
      'half',
      21097.5,
      6330,
      pace,
      { from: 300, to: 309 },
      { code: 'LEGACY', facts: { text: 'Race day' } },
    );
    const race = s.steps.find((st) => st.kind === 'run')!;
    expect(race).toMatchObject({ intensity: 'T', minutes: 105.5, km: 21.1 });
    expect(race.pace).toEqual({ from: 300, to: 309 });
    expect(s).toMatchObject({ kind: 'race', hard: true, date: '2027-04-18' });
  });

  it('has no pace without a VDOT, and cools down after a 5K', () => {
    const s = raceSession('2027-04-18', '5k', 5000, 1800, pace, undefined, {
      code: 'LEGACY',
      facts: { text: 'Race day' },
    });
    expect(s.steps.find((st) => st.kind === 'run')!.pace).toBeUndefined();
    expect(s.steps.at(-1)!.kind).toBe('cooldown');
  });
});
