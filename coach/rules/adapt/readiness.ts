/**
 * Readiness from the morning check-in: sleep, resting HR and HRV against the runner's own 7-day baseline,
 * soreness, stress and mood. Pure assessment; `readiness-rules.ts` turns it into plan changes.
 */
import type { Reason } from '../decision.js';
import { addDays } from '../calendar/index.js';
import type { CheckIn } from './history.js';

/** A night shorter than this (hours) is a bad night. Source: Watson et al. 2015 (AASM/SRS consensus: adults need ≥ 7 h; < 6 h is short sleep). */
export const SLEEP_SHORT_HOURS = 6;
/**
 * A night shorter than this (hours) is severe sleep loss: on its own it counts as under-recovered (two
 * signals), so the next hard session is eased. Source: Fullagar et al. 2015 (Sports Med 45:161–186): sleep
 * restricted to ~4–5 h impairs next-day endurance performance and raises perceived exertion.
 */
export const SLEEP_VERY_SHORT_HOURS = 5;
/** Sleep quality at or below this (1–5 scale) is a bad night. Source: runloop's check-in scale, lowest two answers. */
export const SLEEP_POOR_QUALITY = 2;
/** Days of check-ins forming the personal baseline. Source: Plews et al. 2013 (7-day rolling HRV averages). */
export const BASELINE_DAYS = 7;
/** Fewest baseline values needed before resting HR or HRV are compared. Source: Plews et al. 2014 (≥ 3 of 7 days). */
export const BASELINE_MIN_VALUES = 3;
/** Resting HR this many bpm above baseline is a signal. Source: Buchheit 2014, Front Physiol (day-to-day noise ≈ 3–4 bpm). */
export const RESTING_HR_ELEVATED_BPM = 5;
/** HRV (rMSSD) this fraction below baseline is a signal. Source: Plews et al. 2013 (falls beyond the smallest worthwhile change, ≈ 0.5 SD ≈ 10 %). */
export const HRV_DROP_FRACTION = 0.1;
/** Soreness at or above this (0–10) is a signal. Source: Hooper & Mackinnon 1995 wellness scales (top third). */
export const SORENESS_HIGH = 7;
/** Stress at or above this (0–10) is a signal. Source: Hooper & Mackinnon 1995 wellness scales (top third). */
export const STRESS_HIGH = 7;
/** Mood at or below this (1–5) is a signal. Source: runloop's check-in scale, lowest two answers. */
export const MOOD_LOW = 2;
/** Signals (bad night, high resting HR, low HRV, soreness, stress, mood) that make a runner under-recovered. */
export const UNDER_RECOVERED_MIN_SIGNALS = 2;
/** Signals at which the next hard session becomes rest rather than easy. */
export const REST_MIN_SIGNALS = 3;

export interface Readiness {
  /** Recovery signals found today, each a reason with its facts. */
  readonly signals: readonly Reason[];
  /** Consecutive bad nights ending with last night (from today's check-in backwards). */
  readonly badNightsInRow: number;
  readonly underRecovered: boolean;
}

/**
 * True when the check-in reports a bad night (short or poor sleep).
 *
 * @example
 * isBadNight({ date: '2027-01-12', sleepHours: 5 }); // true
 */
export function isBadNight(c: CheckIn | undefined): boolean {
  if (c === undefined) return false;
  return (
    (c.sleepHours !== undefined && c.sleepHours < SLEEP_SHORT_HOURS) ||
    (c.sleepQuality !== undefined && c.sleepQuality <= SLEEP_POOR_QUALITY)
  );
}

/**
 * Readiness today from the check-ins (sorted or not).
 *
 * @param checkins all check-ins; today's and the previous `BASELINE_DAYS` days matter
 * @param today ISO date
 * @example
 * assessReadiness([{ date: '2027-01-11', sleepHours: 5 }, { date: '2027-01-12', sleepHours: 4.5 }], '2027-01-12')
 *   .badNightsInRow; // 2
 */
export function assessReadiness(checkins: readonly CheckIn[], today: string): Readiness {
  const on = (date: string) => checkins.filter((c) => c.date === date).at(-1);
  const now = on(today);
  const signals: Reason[] = [];
  let badNightsInRow = 0;
  for (let d = today; isBadNight(on(d)); d = addDays(d, -1)) {
    badNightsInRow++;
    if (badNightsInRow > BASELINE_DAYS) break;
  }
  if (now === undefined) return { signals, badNightsInRow, underRecovered: false };

  if (isBadNight(now)) {
    signals.push({
      code: 'SLEEP_BAD',
      facts: { sleepHours: now.sleepHours, sleepQuality: now.sleepQuality },
    });
  }
  if (now.sleepHours !== undefined && now.sleepHours < SLEEP_VERY_SHORT_HOURS) {
    signals.push({
      code: 'SLEEP_VERY_SHORT',
      facts: { sleepHours: now.sleepHours, thresholdHours: SLEEP_VERY_SHORT_HOURS },
    });
  }
  const window = checkins.filter((c) => c.date < today && c.date >= addDays(today, -BASELINE_DAYS));
  const rhrBase = mean(window.map((c) => c.restingHr));
  if (
    now.restingHr !== undefined &&
    rhrBase !== undefined &&
    now.restingHr >= rhrBase + RESTING_HR_ELEVATED_BPM
  ) {
    signals.push({
      code: 'RESTING_HR_ELEVATED',
      facts: {
        restingHrBpm: now.restingHr,
        baselineBpm: round1(rhrBase),
        thresholdBpm: RESTING_HR_ELEVATED_BPM,
      },
    });
  }
  const hrvBase = mean(window.map((c) => c.hrv));
  if (now.hrv !== undefined && hrvBase !== undefined && now.hrv <= hrvBase * (1 - HRV_DROP_FRACTION)) {
    signals.push({
      code: 'HRV_LOW',
      facts: { hrvMs: now.hrv, baselineMs: round1(hrvBase), dropFraction: HRV_DROP_FRACTION },
    });
  }
  if (now.soreness !== undefined && now.soreness >= SORENESS_HIGH) {
    signals.push({ code: 'SORENESS_HIGH', facts: { soreness: now.soreness, threshold: SORENESS_HIGH } });
  }
  if (now.stress !== undefined && now.stress >= STRESS_HIGH) {
    signals.push({ code: 'STRESS_HIGH', facts: { stress: now.stress, threshold: STRESS_HIGH } });
  }
  if (now.mood !== undefined && now.mood <= MOOD_LOW) {
    signals.push({ code: 'MOOD_LOW', facts: { mood: now.mood, threshold: MOOD_LOW } });
  }
  return { signals, badNightsInRow, underRecovered: signals.length >= UNDER_RECOVERED_MIN_SIGNALS };
}

function mean(values: readonly (number | undefined)[]): number | undefined {
  const xs = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (xs.length < BASELINE_MIN_VALUES) return undefined;
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
