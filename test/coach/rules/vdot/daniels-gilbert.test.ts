import { describe, expect, it } from 'vitest';
import { equationRaceTime, equationVdot } from '../../../../coach/rules/vdot/daniels-gilbert.js';

describe('Daniels–Gilbert equations (SCIENCE.md worked examples)', () => {
  it('5K 24:34 → 39.11', () => expect(equationVdot(5000, 24 * 60 + 34)).toBeCloseTo(39.11, 2));
  it('10K 40:00 → 51.94', () => expect(equationVdot(10000, 40 * 60)).toBeCloseTo(51.94, 2));
  it('5K 20:00 → 49.8', () => expect(equationVdot(5000, 20 * 60)).toBeCloseTo(49.8, 1));
  it('inverts: the race time solved for a VDOT gives that VDOT back', () => {
    for (const [vdot, meters] of [
      [35, 1500],
      [50, 5000],
      [72.5, 21097.5],
      [30, 42195],
    ] as const) {
      expect(equationVdot(meters, equationRaceTime(vdot, meters))).toBeCloseTo(vdot, 6);
    }
  });
});
