/** The latency figures of a phase, from its answers' times (ms, any order; sorted in place). */
import type { PhaseFigures } from './messages-protocol.js';

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

export function latencyOf(times: number[]): PhaseFigures['latencyMs'] {
  const sorted = times.sort((a, b) => a - b);
  return {
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    p50: quantile(sorted, 0.5),
    p97_5: quantile(sorted, 0.975),
    p99: quantile(sorted, 0.99),
    max: sorted.at(-1) ?? NaN,
  };
}
