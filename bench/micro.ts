/**
 * Micro-benchmarks through tinybench: each task runs for `time` ms after tinybench's warm-up, and its
 * figures are tinybench's statistics of the samples. A sample is one batch of calls sized to take about
 * `SAMPLE_US` (one call for work longer than that), reported to tinybench as the batch's time per call, so
 * work far below the timer's grain is still resolved: percentiles are of batch means, as for any batch.
 * Tasks run one after another in the order given, so the baseline is measured in the same run.
 */
import { performance } from 'node:perf_hooks';
import { Bench, type FnReturnedObject } from 'tinybench';
import type { Measurement } from './measure.js';

export interface MicroTask {
  readonly name: string;
  /** The work; it may return a value, which is kept so the JIT cannot drop it. */
  readonly fn: () => unknown;
}

/** Target time of one sample, µs: calls are batched up to it. */
const SAMPLE_US = 20;

/** Calls per sample so one sample takes about `SAMPLE_US` (an untimed probe of up to 1 000 calls). */
function batchFor(fn: () => unknown): number {
  let calls = 0;
  const t0 = performance.now();
  while (calls < 1000 && performance.now() - t0 < 2) {
    fn();
    calls++;
  }
  const perCallUs = ((performance.now() - t0) * 1000) / calls;
  return Math.max(1, Math.min(1000, Math.round(SAMPLE_US / perCallUs)));
}

export interface MicroOptions {
  /** Time budget per task after warm-up, ms (default 1 000; at least 64 calls either way). */
  readonly time?: number;
}

/** Runs `tasks` in order and returns their figures in that order (throws if a task throws). */
export function micro(tasks: readonly MicroTask[], options: MicroOptions = {}): Measurement[] {
  const bench = new Bench({ time: options.time ?? 1000, throws: true });
  let sink: unknown;
  const batches = new Map<string, number>();
  for (const task of tasks) {
    const batch = batchFor(task.fn);
    batches.set(task.name, batch);
    bench.add(
      task.name,
      (): FnReturnedObject => {
        const t0 = bench.now();
        for (let i = 0; i < batch; i++) sink = task.fn();
        const elapsed = bench.now() - t0;
        return { overriddenDuration: elapsed / batch, overriddenIterationCost: elapsed };
      },
      { async: false },
    );
  }
  bench.runSync();
  if (sink === Symbol.for('never')) console.log(sink);
  return bench.tasks.map((task) => {
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
    const { latency } = result;
    const meanUs = latency.mean * 1000;
    return {
      name: task.name,
      iterations: latency.samplesCount * (batches.get(task.name) ?? 1),
      meanUs,
      p50Us: latency.p50 * 1000,
      p99Us: latency.p99 * 1000,
      opsPerSec: 1e6 / meanUs,
      rmePercent: latency.rme,
    };
  });
}
