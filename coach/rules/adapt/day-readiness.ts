/**
 * The day's final readiness and safety state from the check-ins: the one place that says how ready a
 * runner is today, read by the check-in reply and made of the same assessments the adaptation rules act
 * on (sleep and recovery signals, resting-HR and HRV trends, pain and red flags). Pure.
 */
import type { Reason } from '../decision.js';
import { assessSafety } from '../safety/assess-safety.js';
import type { SafetyOutcome } from '../safety/safety-outcome.js';
import { BAD_NIGHTS_FOR_EASY_DAY } from './readiness-rules.js';
import type { CheckIn, RecoveryBaseline } from './history.js';
import type { Readiness } from './readiness.js';
import { assessReadiness } from './readiness.js';
import { hrvTrend, restingHrTrend, TREND_BASELINE_DAYS, TREND_MORNINGS } from './trend-recovery.js';

/** Days of check-ins before today the day's state reads (trend baseline and judged mornings). */
export const DAY_READINESS_LOOKBACK_DAYS = TREND_BASELINE_DAYS + TREND_MORNINGS;

/**
 * How ready the runner is, as the coach says it: `good` (nothing found), `ok` (one recovery signal, such
 * as one short night: train as planned, no "fine"), `poor` (the rules ease or stop something, or should:
 * under-recovered, two bad nights, a resting-HR or HRV trend, illness, pain or a red flag).
 */
export type ReadinessLevel = 'good' | 'ok' | 'poor';

export interface DayReadiness {
  readonly level: ReadinessLevel;
  readonly readiness: Readiness;
  /** `RESTING_HR_TREND_UP` and/or `HRV_TREND_DOWN`, with their facts. */
  readonly trends: readonly Reason[];
  readonly safety: SafetyOutcome;
  /** The runner said they are ill today. */
  readonly ill: boolean;
}

/**
 * The day's state from check-ins (any order) and the runner's stated baseline.
 *
 * @example
 * assessDay([{ date: '2027-01-12', pain: { location: 'knee', score: 4 } }], '2027-01-12').level; // 'poor'
 * assessDay([{ date: '2027-01-12', sleepHours: 5.5 }], '2027-01-12').level; // 'ok'
 */
export function assessDay(
  checkins: readonly CheckIn[],
  today: string,
  baseline?: RecoveryBaseline,
): DayReadiness {
  const readiness = assessReadiness(checkins, today);
  const trends = [restingHrTrend(checkins, today, baseline), hrvTrend(checkins, today)].filter(
    (r): r is Reason => r !== undefined,
  );
  const safety = assessSafety(checkins, today);
  const ill = checkins.some((c) => c.date === today && c.illness === true);
  const poor =
    readiness.underRecovered ||
    readiness.badNightsInRow >= BAD_NIGHTS_FOR_EASY_DAY ||
    trends.length > 0 ||
    safety.level !== 'clear' ||
    ill;
  const level: ReadinessLevel = poor ? 'poor' : readiness.signals.length > 0 ? 'ok' : 'good';
  return { level, readiness, trends, safety, ill };
}
