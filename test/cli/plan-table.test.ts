/**
 * Run/walk labels in the plan table (review #10): every running block is counted, so a session of 8' run,
 * 2' walk, 8' run reads `2×8' run / 2' walk`, not `1×(8'/2')`.
 */
import { describe, it, expect } from 'vitest';
import { describeSession } from '../../cli/plan-table.js';
import { easySession, longSession } from '../../coach/rules/plan/easy-sessions.js';
import { trainingPaces } from '../../coach/rules/paces/training-paces.js';
import type { PaceContext } from '../../coach/rules/plan/steps.js';
import type { Purpose } from '../../coach/rules/plan/types.js';

const paces = trainingPaces(40);
const pace: PaceContext = { paces, estimate: paces };
const purpose = (): Purpose => ({ code: 'RUN_WALK' });
// 2027-01-05 is a Tuesday.
const runWalk = (minutes: number, stage: number): string =>
  describeSession(easySession({ date: '2027-01-05', minutes, pace, purpose, runWalkStage: stage }));

describe('run/walk labels', () => {
  it('counts the second running block: 8′ run, 2′ walk, 8′ run is 2 × 8′', () => {
    // 22 minutes on rung 4 (8/2): 1' walk, 8' run, 2' walk, 8' run, 2' walk, 1' walk.
    expect(runWalk(22, 4)).toBe("Tue run/walk 2×8' run / 2' walk 22'");
  });

  it('names a shorter last run on its own, and a single run without a count', () => {
    expect(runWalk(27, 7)).toBe("Tue run/walk 20' run / 2' walk + 3' run 27'");
    expect(runWalk(28, 8)).toBe("Tue run/walk 25' run / 1' walk 28'");
    expect(
      describeSession(longSession({ date: '2027-01-10', minutes: 20, pace, purpose, runWalkStage: 0 })),
    ).toBe("Sun long run/walk 6×1' run / 2' walk 20'");
  });
});
