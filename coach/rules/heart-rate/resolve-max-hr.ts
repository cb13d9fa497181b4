import { refusal, ok, type Result } from '../result.js';
import { estimateMaxHr, type MaxHr } from './estimate-max-hr.js';
import type { HrInput } from './hr-limits.js';

/**
 * The HRmax to build on: the measured one when known, else Tanaka's estimate from age, else
 * `HR_MAX_UNKNOWN`. Assumes the input passed `checkHrInput`.
 *
 * @example
 * resolveMaxHr({ maxHr: 188 }); // { ok: true, value: { bpm: 188, estimated: false } }
 * resolveMaxHr({ ageYears: 30 }); // { ok: true, value: { bpm: 187, estimated: true, sdBpm: … } }
 */
export function resolveMaxHr(input: HrInput): Result<MaxHr, 'HR_MAX_UNKNOWN' | 'AGE_IMPLAUSIBLE'> {
  if (input.maxHr !== undefined) return ok({ bpm: input.maxHr, estimated: false });
  if (input.ageYears !== undefined) return estimateMaxHr(input.ageYears);
  return refusal('HR_MAX_UNKNOWN');
}
