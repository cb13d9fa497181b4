import { describe, expect, it } from 'vitest';
import { micro } from '../../bench/micro.js';

describe('micro', () => {
  it('returns tinybench figures for every task, in the order given', () => {
    let calls = 0;
    const [first, second] = micro(
      [
        { name: 'sum', fn: () => (calls++, [1, 2, 3].reduce((a, b) => a + b, 0)) },
        { name: 'json', fn: () => JSON.stringify({ a: calls }) },
      ],
      { time: 20 },
    );
    expect(first?.name).toBe('sum');
    expect(second?.name).toBe('json');
    for (const m of [first!, second!]) {
      expect(m.iterations).toBeGreaterThanOrEqual(64);
      expect(m.meanUs).toBeGreaterThan(0);
      expect(m.p99Us).toBeGreaterThanOrEqual(m.p50Us);
      expect(m.opsPerSec).toBeCloseTo(1e6 / m.meanUs);
      expect(Number.isFinite(m.rmePercent)).toBe(true);
    }
    // Every timed call ran the task (plus the batch-size probe and tinybench's warm-up).
    expect(calls).toBeGreaterThanOrEqual(first!.iterations);
  });

  it('throws when a task throws', () => {
    expect(() =>
      micro(
        [
          {
            name: 'broken',
            fn: () => {
              throw new Error('no');
            },
          },
        ],
        { time: 10 },
      ),
    ).toThrow();
  });
});
