/**
 * What every suite shares: per-operation figures, the markdown rows that print them with the ratio to a
 * baseline measured in the same run (so results compare across machines), and the suite shape. The
 * micro-benchmarks' figures come from tinybench (`micro.ts`); the HTTP suites' from samples timed in a
 * load process (`fromSamples`) or from autocannon.
 */

export interface Measurement {
  readonly name: string;
  /** Samples the figures are of. */
  readonly iterations: number;
  /** Mean time per operation in microseconds. */
  readonly meanUs: number;
  /** Median time per operation in microseconds. */
  readonly p50Us: number;
  /** 99th percentile time per operation in microseconds. */
  readonly p99Us: number;
  /** Operations per second from the mean. */
  readonly opsPerSec: number;
  /** Relative margin of error of the mean (95 % confidence), percent, when known. */
  readonly rmePercent?: number;
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

/** One row of `MICRO_TABLE_HEADER`: `row` plus the mean's margin of error and the calls timed. */
export function microRow(m: Measurement, baseline?: Measurement): string {
  const ratio = baseline ? `${(m.meanUs / baseline.meanUs).toFixed(1)}×` : '1.0× (baseline)';
  const rme = m.rmePercent === undefined ? '' : `±${m.rmePercent.toFixed(1)} %`;
  return `| ${m.name} | ${m.meanUs.toFixed(2)} | ${rme} | ${m.p50Us.toFixed(2)} | ${m.p99Us.toFixed(2)} | ${Math.round(m.opsPerSec).toLocaleString('en-US')} | ${m.iterations.toLocaleString('en-US')} | ${ratio} |`;
}

export const MICRO_TABLE_HEADER =
  '| what | mean µs | ± mean | p50 µs | p99 µs | ops/s | calls | vs baseline |\n|---|---|---|---|---|---|---|---|';

/** A suite prints a titled markdown section: its baseline first, then what it measures. */
export interface BenchSuite {
  readonly title: string;
  run(): Promise<string>;
}
