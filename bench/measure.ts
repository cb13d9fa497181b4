/**
 * Tiny benchmark harness: time a function over many iterations after a warm-up and report per-op figures.
 * Every suite measures a baseline in the same run and prints its figures as a ratio to it, so results
 * compare across machines.
 */
import { performance } from 'node:perf_hooks';

export interface Measurement {
  readonly name: string;
  readonly iterations: number;
  /** Mean time per operation in microseconds. */
  readonly meanUs: number;
  /** Median per-batch time per operation in microseconds. */
  readonly p50Us: number;
  /** 99th percentile per-batch time per operation in microseconds. */
  readonly p99Us: number;
  /** Operations per second from the mean. */
  readonly opsPerSec: number;
}

export interface MeasureOptions {
  /** Total timed operations (default 20 000). */
  iterations?: number;
  /** Operations per timed batch: small functions are timed in batches (default 100). */
  batch?: number;
  /** Untimed warm-up operations (default a tenth of iterations). */
  warmup?: number;
}

/** Times `fn` and returns per-operation figures. `fn` may return a value so the JIT cannot drop it. */
export function measure(name: string, fn: () => unknown, options: MeasureOptions = {}): Measurement {
  const iterations = options.iterations ?? 20_000;
  const batch = Math.max(1, Math.min(options.batch ?? 100, iterations));
  const warmup = options.warmup ?? Math.ceil(iterations / 10);
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const perOp: number[] = [];
  const start = performance.now();
  for (let done = 0; done < iterations; done += batch) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) sink = fn();
    perOp.push(((performance.now() - t0) * 1000) / batch);
  }
  const totalMs = performance.now() - start;
  if (sink === Symbol.for('never')) console.log(sink);
  return summarize(name, perOp, (totalMs * 1000) / iterations, iterations);
}

/** Times an async operation one call at a time (for HTTP round trips and database work). */
export async function measureAsync(
  name: string,
  fn: () => Promise<unknown>,
  options: { iterations?: number; warmup?: number } = {},
): Promise<Measurement> {
  const iterations = options.iterations ?? 500;
  const warmup = options.warmup ?? Math.ceil(iterations / 10);
  for (let i = 0; i < warmup; i++) await fn();
  const perOp: number[] = [];
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn();
    perOp.push((performance.now() - t0) * 1000);
  }
  const totalMs = performance.now() - start;
  return summarize(name, perOp, (totalMs * 1000) / iterations, iterations);
}

/**
 * Figures from per-operation samples timed elsewhere (e.g. in a load process), in microseconds; the mean
 * is the samples' mean.
 */
export function fromSamples(name: string, samplesUs: readonly number[]): Measurement {
  const mean = samplesUs.reduce((a, b) => a + b, 0) / Math.max(1, samplesUs.length);
  return summarize(name, [...samplesUs], mean, samplesUs.length);
}

function summarize(name: string, perOpUs: number[], meanUs: number, iterations: number): Measurement {
  const sorted = [...perOpUs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { name, iterations, meanUs, p50Us: at(0.5), p99Us: at(0.99), opsPerSec: 1e6 / meanUs };
}

/** One markdown table row: figures plus the ratio of the mean to the baseline's mean. */
export function row(m: Measurement, baseline?: Measurement): string {
  const ratio = baseline ? `${(m.meanUs / baseline.meanUs).toFixed(1)}×` : '1.0× (baseline)';
  return `| ${m.name} | ${m.meanUs.toFixed(2)} | ${m.p50Us.toFixed(2)} | ${m.p99Us.toFixed(2)} | ${Math.round(m.opsPerSec).toLocaleString('en-US')} | ${ratio} |`;
}

export const TABLE_HEADER =
  '| what | mean µs | p50 µs | p99 µs | ops/s | vs baseline |\n|---|---|---|---|---|---|';

/** A suite prints a titled markdown section: its baseline first, then what it measures. */
export interface BenchSuite {
  readonly title: string;
  run(): Promise<string>;
}
