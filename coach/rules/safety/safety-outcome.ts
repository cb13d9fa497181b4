import type { RedFlag } from './red-flags.js';

/**
 * What safety allows today, from least to most restrictive:
 * - `clear`: train as planned;
 * - `no_intensity`: pain reported: easy running only today, no quality work;
 * - `stop_today`: a red flag: no running today, see a qualified professional;
 * - `stop_prescriptions`: pain ≥ 4/10, worsening or lasting: the coach stops prescribing running until a
 *   qualified professional has seen the runner.
 */
export type SafetyLevel = 'clear' | 'no_intensity' | 'stop_today' | 'stop_prescriptions';

/** Stable reason codes behind a safety outcome. */
export type SafetyReasonCode =
  | 'RED_FLAG'
  | 'PAIN_REPORTED'
  | 'PAIN_AT_OR_ABOVE_STOP_SCORE'
  | 'PAIN_WORSENING'
  | 'PAIN_PERSISTENT'
  | 'PAIN_PAUSE_CONTINUES';

export interface SafetyReason {
  readonly code: SafetyReasonCode;
  readonly facts: Readonly<Record<string, unknown>>;
}

export interface SafetyOutcome {
  readonly level: SafetyLevel;
  /** True when the runner should be pointed to a qualified professional (never a diagnosis). */
  readonly recommendProfessional: boolean;
  readonly redFlags: readonly RedFlag[];
  readonly reasons: readonly SafetyReason[];
}

/** Ordering of levels, for "the most restrictive wins". */
export const SAFETY_LEVEL_RANK: Readonly<Record<SafetyLevel, number>> = Object.freeze({
  clear: 0,
  no_intensity: 1,
  stop_today: 2,
  stop_prescriptions: 3,
});

/**
 * The more restrictive of two levels.
 *
 * @example
 * stricterLevel('no_intensity', 'stop_today'); // 'stop_today'
 */
export function stricterLevel(a: SafetyLevel, b: SafetyLevel): SafetyLevel {
  return SAFETY_LEVEL_RANK[b] > SAFETY_LEVEL_RANK[a] ? b : a;
}

/**
 * True when the level allows no running at all today.
 *
 * @example
 * stopsRunning('stop_today'); // true
 */
export function stopsRunning(level: SafetyLevel): boolean {
  return level === 'stop_today' || level === 'stop_prescriptions';
}
