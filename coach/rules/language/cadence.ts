import { CADENCE_MAX_SPM, CADENCE_MIN_SPM } from './limits.js';
import type { Extraction } from './scan.js';
import { matchesOf, problem, spanOf } from './scan.js';

const CADENCE =
  /\bcadence\s*(?:of|:|=|was|is|avg|average|around|about|~)*\s*(\d{2,3})\b(?:\s*(?:spm|steps?(?:\/| per )min))?|(?<![\d:.])(\d{2,3})\s*(?:spm|steps?(?:\/| per )min(?:ute)?)\b/;

/**
 * Finds a run's cadence in steps per minute (`cadence 172`, `avg cadence: 168`, `180 spm`), refused
 * outside the plausible range of `limits.ts`.
 *
 * @example
 * extractCadence('7.5km / 40:05 / cadence 172').slots // → { cadence: 172 }
 */
export function extractCadence(text: string): Extraction {
  const m = matchesOf(CADENCE, text)[0];
  if (!m) return { slots: {}, problems: [], spans: [] };
  const spm = Number(m[1] ?? m[2]);
  if (spm >= CADENCE_MIN_SPM && spm <= CADENCE_MAX_SPM) {
    return { slots: { cadence: spm }, problems: [], spans: [spanOf(m)] };
  }
  return {
    slots: {},
    problems: [
      problem('CADENCE_OUT_OF_RANGE', 'cadence', {
        cadence: spm,
        minSpm: CADENCE_MIN_SPM,
        maxSpm: CADENCE_MAX_SPM,
      }),
    ],
    spans: [spanOf(m)],
  };
}
