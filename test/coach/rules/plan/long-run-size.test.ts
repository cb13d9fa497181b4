import { describe, it, expect } from 'vitest';
import { cutLongRun, sizeLongRun, type RealWeek } from '../../../../coach/rules/plan/long-run-size.js';
import { MIN_SESSION_MINUTES } from '../../../../coach/rules/plan/week-spec.js';

// 6:40/km easy: 60 km is 400 minutes, so weeks under 400 minutes give the long run 40 %.
const EASY = 400;
const real = (o: Partial<RealWeek> = {}): RealWeek => ({
  others: 120,
  sessions: 3,
  easyCapped: false,
  dayCapped: false,
  ...o,
});

describe('sizeLongRun', () => {
  it('takes 40 % of a small four-day week, within the week’s cap', () => {
    expect(sizeLongRun({ target: 300, longCap: 150 }, 4, Infinity, EASY)).toEqual({ minutes: 120, floor: 0 });
    expect(sizeLongRun({ target: 300, longCap: 100 }, 4, Infinity, EASY).minutes).toBe(100);
  });

  it('takes the race-specific share when it is larger', () => {
    expect(sizeLongRun({ target: 300, longCap: 150, longShare: 0.5 }, 4, Infinity, EASY).minutes).toBe(150);
  });

  it('keeps the long day’s cap, and stays at the floor up to half the week and the day’s cap', () => {
    expect(sizeLongRun({ target: 300, longCap: 150 }, 4, 90, EASY).minutes).toBe(90);
    expect(sizeLongRun({ target: 300, longCap: 100, longFloor: 130 }, 4, Infinity, EASY)).toEqual({
      minutes: 130,
      floor: 130,
    });
    expect(sizeLongRun({ target: 200, longCap: 150, longFloor: 130 }, 4, Infinity, EASY).floor).toBe(100);
    expect(sizeLongRun({ target: 300, longCap: 150, longFloor: 130 }, 4, 110, EASY).floor).toBe(110);
  });

  it('rounds down to whole minutes', () => {
    expect(sizeLongRun({ target: 301, longCap: 150 }, 4, Infinity, EASY).minutes).toBe(120);
  });

  it('never plans a long run under the shortest session unless the week is smaller', () => {
    expect(sizeLongRun({ target: 30, longCap: 150 }, 4, Infinity, EASY).minutes).toBe(MIN_SESSION_MINUTES);
    expect(sizeLongRun({ target: 10, longCap: 150 }, 1, Infinity, EASY).minutes).toBe(10);
  });
});

describe('cutLongRun', () => {
  it('cuts a long run the real week cannot hold to 40 % of it from four sessions', () => {
    expect(cutLongRun(120, 0, real(), undefined, EASY)).toBe(80);
  });

  it('leaves a week of fewer than four sessions alone', () => {
    expect(cutLongRun(120, 0, real({ sessions: 2 }), undefined, EASY)).toBe(120);
  });

  it('keeps the floor, up to the other minutes', () => {
    expect(cutLongRun(120, 100, real(), undefined, EASY)).toBe(100);
    expect(cutLongRun(200, 150, real(), undefined, EASY)).toBe(120);
  });

  it('keeps half the week when the easy runs are at their caps, 60 % when the runner’s own caps hold them', () => {
    expect(cutLongRun(150, 0, real({ easyCapped: true }), undefined, EASY)).toBe(120);
    expect(cutLongRun(200, 0, real({ easyCapped: true, dayCapped: true }), undefined, EASY)).toBe(180);
  });

  it('keeps the race-specific share of the real week', () => {
    expect(cutLongRun(150, 0, real(), 0.5, EASY)).toBe(120);
  });

  it('never lengthens the long run', () => {
    expect(cutLongRun(60, 0, real(), undefined, EASY)).toBe(60);
  });
});
