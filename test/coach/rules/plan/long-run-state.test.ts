import { describe, it, expect } from 'vitest';
import {
  LONG_RUN_RACE_SPECIFIC_SHARE,
  LONG_RUN_START_FRACTION,
} from '../../../../coach/rules/plan/long-run.js';
import {
  LONG_RUN_STEP_MINUTES,
  afterLongRun,
  startLongRun,
  weekLongRun,
  type BuiltLongRun,
  type LongRunState,
} from '../../../../coach/rules/plan/long-run-state.js';

const week = { taper: false, rungUsed: false, raceSpecific: false };
const built = (o: Partial<BuiltLongRun> = {}): BuiltLongRun => ({
  partial: false,
  taper: false,
  ladder: false,
  longMinutes: 95,
  reached: 95,
  ...o,
});

describe('startLongRun', () => {
  it('starts at 90 % of the runner’s longest run, and that start is the floor', () => {
    expect(LONG_RUN_START_FRACTION).toBe(0.9);
    expect(startLongRun(100, 150)).toEqual({ longest: 90, floor: 90, firstBuilt: false });
  });

  it('keeps the floor within the goal’s longest long run', () => {
    expect(startLongRun(200, 150)).toEqual({ longest: 180, floor: 150, firstBuilt: false });
  });

  it('has no longest and no floor when the runner gave no longest run', () => {
    expect(startLongRun(undefined, 150)).toEqual({ longest: undefined, floor: 0, firstBuilt: false });
  });
});

describe('weekLongRun', () => {
  const started: LongRunState = { longest: 90, floor: 90, firstBuilt: false };
  const grown: LongRunState = { ...started, firstBuilt: true };

  it('holds the long run at its start until the first full week’s long run is built', () => {
    expect(weekLongRun(started, 150, week)).toEqual({ longCap: 90, longFloor: 90 });
  });

  it('grows by at most the step once the first long run is built, or after the run/walk ladder', () => {
    expect(weekLongRun(grown, 150, week).longCap).toBe(90 + LONG_RUN_STEP_MINUTES);
    expect(weekLongRun(started, 150, { ...week, rungUsed: true }).longCap).toBe(105);
  });

  it('grows from nothing known by the goal’s cap alone, and never over the goal', () => {
    expect(weekLongRun(startLongRun(undefined, 150), 150, week).longCap).toBe(150);
    expect(weekLongRun({ longest: 140, floor: 90, firstBuilt: true }, 150, week).longCap).toBe(150);
  });

  it('floors whole minutes of growth', () => {
    expect(weekLongRun({ longest: 90.6, floor: 90, firstBuilt: true }, 150, week).longCap).toBe(105);
  });

  it('drops the floor in the taper', () => {
    expect(weekLongRun(grown, 150, { ...week, taper: true })).toEqual({ longCap: 105 });
  });

  it('gives a race-specific week the larger share only while the long run is short of the goal’s', () => {
    expect(weekLongRun(grown, 150, { ...week, raceSpecific: true }).longShare).toBe(
      LONG_RUN_RACE_SPECIFIC_SHARE,
    );
    const atGoal = { longest: 150, floor: 90, firstBuilt: true };
    expect(weekLongRun(atGoal, 150, { ...week, raceSpecific: true })).not.toHaveProperty('longShare');
    expect(weekLongRun(grown, 150, week)).not.toHaveProperty('longShare');
  });
});

describe('afterLongRun', () => {
  const started: LongRunState = { longest: 90, floor: 90, firstBuilt: false };

  it('sets the floor at the first full, continuous, pre-taper long run', () => {
    expect(afterLongRun(started, built())).toEqual({ longest: 95, floor: 95, firstBuilt: true });
  });

  it('never lowers the floor or the longest', () => {
    expect(afterLongRun(started, built({ longMinutes: 80, reached: 80 }))).toEqual({
      longest: 90,
      floor: 90,
      firstBuilt: true,
    });
  });

  it('only grows the longest after a partial week, a taper week, a ladder week or once the floor is set', () => {
    for (const o of [{ partial: true }, { taper: true }, { ladder: true }]) {
      const next = afterLongRun(started, built({ ...o, longMinutes: 120, reached: 100 }));
      expect(next).toEqual({ longest: 100, floor: 90, firstBuilt: false });
    }
    expect(afterLongRun({ ...started, firstBuilt: true }, built({ longMinutes: 120, reached: 120 }))).toEqual(
      {
        longest: 120,
        floor: 90,
        firstBuilt: true,
      },
    );
  });

  it('grows the longest on the ladder from the longest continuous run, not time on feet', () => {
    const none = startLongRun(undefined, 150);
    expect(afterLongRun(none, built({ ladder: true, longMinutes: 40, reached: 8 }))).toEqual({
      longest: 8,
      floor: 0,
      firstBuilt: false,
    });
  });

  it('leaves the state alone in a week without a long run', () => {
    expect(afterLongRun(started, built({ longMinutes: 0, reached: 0 }))).toBe(started);
  });
});
