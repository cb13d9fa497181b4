/**
 * Issue 11 §4: "I can only run 3 days next week" cuts one week: the long run and the phase's key quality
 * stay, easy runs go first, hard days stay apart, and the dropped minutes are not piled onto the kept days.
 * The fixture week: Mon rest, Tue intervals, Wed easy, Thu tempo, Fri rest, Sat easy + strides, Sun long.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../coach/rules/calendar/index.js';
import { limitRunDays, MAX_ADDED_MINUTES } from '../../../../coach/rules/adapt/limit-days.js';
import { fixturePlan } from './plan-fixture.js';

const MON = '2026-12-07';
const plan = fixturePlan({ start: MON, weeks: 8, vdot: 45 });
const day = (i: number) => addDays(MON, i);

describe('limitRunDays', () => {
  it('keeps the long run and the key quality, drops the easy runs first', () => {
    const r = limitRunDays({ plan, today: MON, weekOf: day(3), runDays: 3 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = r.value.decision;
    expect(d.rule).toBe('schedule.limit-days');
    expect(d.date).toBe(MON);
    expect([d.before.runDays, d.after.runDays]).toEqual([5, 3]);
    expect(d.after.sessions.map((s) => s.kind)).toEqual(['intervals', 'tempo', 'long']);
    expect(r.value.sessions.map((s) => [s.date, s.kind])).toEqual([
      [day(5), 'rest'],
      [day(2), 'rest'],
    ]);
    // A lower week: the kept days are not lengthened.
    const kept = plan.weeks[0]!.sessions.filter((s) => ['intervals', 'tempo', 'long'].includes(s.kind));
    expect(d.after.minutes).toBe(kept.reduce((t, s) => t + s.minutes, 0));
    expect(MAX_ADDED_MINUTES).toBe(0);
  });

  it('with two days keeps the long run and the quality that matters most in the phase', () => {
    const base = limitRunDays({ plan, today: MON, weekOf: MON, runDays: 2 });
    expect(base.ok && base.value.decision.after.sessions.map((s) => s.kind)).toEqual(['tempo', 'long']);
    const build = limitRunDays({ plan, today: MON, weekOf: day(7 * 5), runDays: 2 });
    expect(plan.weeks[5]!.phase).toBe('build');
    expect(build.ok && build.value.decision.after.sessions.map((s) => s.kind)).toEqual(['intervals', 'long']);
    const one = limitRunDays({ plan, today: MON, weekOf: MON, runDays: 1 });
    expect(one.ok && one.value.decision.after.sessions.map((s) => s.kind)).toEqual(['long']);
  });

  it('only touches days from today on; a run already past counts as one of the days', () => {
    const r = limitRunDays({ plan, today: day(3), weekOf: MON, runDays: 3 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sessions.every((s) => s.date >= day(3))).toBe(true);
    expect(r.value.decision.after.sessions.map((s) => s.kind)).toEqual(['intervals', 'easy', 'long']);
  });

  it('refuses N out of 1–7 and N at or above the run days the week has', () => {
    for (const n of [0, 8, 2.5]) {
      const r = limitRunDays({ plan, today: MON, weekOf: MON, runDays: n });
      expect(!r.ok && r.code).toBe('DAYS_OUT_OF_RANGE');
    }
    const r = limitRunDays({ plan, today: MON, weekOf: MON, runDays: 5 });
    expect(!r.ok && r.code).toBe('NOTHING_TO_CHANGE');
    expect(!r.ok && r.facts).toMatchObject({ runDays: 5, runDaysNow: 5 });
    const outside = limitRunDays({ plan, today: MON, weekOf: '2030-01-01', runDays: 2 });
    expect(!outside.ok && outside.code).toBe('WEEK_OUTSIDE_PLAN');
  });
});
