import type { RunReport } from './run-report.js';

/** Numeric fields of a run report and the smallest value each may take (a pace or HR of 0 is a glitch). */
const NUMERIC_FIELDS = {
  elapsedSeconds: 0,
  distanceKm: 0,
  lapPaceSPerKm: Number.MIN_VALUE,
  rollingPaceSPerKm: Number.MIN_VALUE,
  hr: Number.MIN_VALUE,
  rpe: 0,
  temperatureC: Number.NEGATIVE_INFINITY,
  dewPointC: Number.NEGATIVE_INFINITY,
  painScore: 0,
} as const satisfies Partial<Record<keyof RunReport, number>>;

/**
 * The report with every numeric value that is not a finite number at or above its floor removed (treated
 * as not reported), and the names of the fields removed.
 *
 * @example usableReport({ lapPaceSPerKm: NaN, hr: 150 }) // { usable: { hr: 150 }, ignored: ['lapPaceSPerKm'] }
 */
export function usableReport(report: RunReport): { usable: RunReport; ignored: string[] } {
  const usable: Record<string, unknown> = { ...report };
  const ignored: string[] = [];
  for (const [field, floor] of Object.entries(NUMERIC_FIELDS)) {
    const value = usable[field];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < floor) {
      delete usable[field];
      ignored.push(field);
    }
  }
  return { usable: usable as RunReport, ignored };
}
