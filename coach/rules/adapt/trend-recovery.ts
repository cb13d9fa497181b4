/**
 * Resting-HR and HRV trends over several mornings, against the runner's own baseline: a resting HR that
 * stays up or an HRV that stays down is an early sign of illness or poor recovery. Pure assessment;
 * `readiness-rules.ts` eases the next hard session and the check-in reply asks about illness.
 *
 * The baseline is the mean of the runner's readings in the weeks before the mornings being judged (so a
 * rise never hides inside its own baseline); until there are enough of them, the resting HR the runner
 * stated at onboarding stands in.
 */
import type { Reason } from '../decision.js';
import { addDays } from '../calendar/index.js';
import type { CheckIn, RecoveryBaseline } from './history.js';
import { BASELINE_MIN_VALUES } from './readiness.js';

/**
 * A resting HR at least this many bpm over baseline, every morning of `TREND_MORNINGS`, is a sustained rise.
 * Source: Buchheit 2014, Front Physiol 5:73 (resting HR varies ≈ 3–4 bpm day to day; a rise beyond that held
 * over several days goes with fatigue or oncoming illness).
 */
export const RESTING_HR_TREND_RISE_BPM = 5;
/**
 * A resting HR at least this many bpm over baseline on a single morning counts on its own (about twice the
 * day-to-day noise). Source: Buchheit 2014, Front Physiol 5:73.
 */
export const RESTING_HR_SPIKE_BPM = 7;
/**
 * HRV (rMSSD, ms) at least this fraction below baseline, every morning of `TREND_MORNINGS`, is a sustained
 * drop. Single mornings are not judged: day-to-day HRV is too noisy. Source: Plews et al. 2013, Sports Med
 * 43:773–781 (judge rolling values against the smallest worthwhile change, ≈ 0.5 SD ≈ 10 %).
 */
export const HRV_TREND_DROP_FRACTION = 0.1;
/** Consecutive mornings (ending today, days) a rise or drop must last to be sustained. Source: issue 10 §7; Plews et al. 2013. */
export const TREND_MORNINGS = 3;
/** Days before the judged mornings whose readings form the baseline. Source: Buchheit 2014; Plews et al. 2013 (baselines over weeks, not days). */
export const TREND_BASELINE_DAYS = 28;

/** One morning's reading and how far it is from baseline (bpm for resting HR, a fraction for HRV). */
export interface TrendMorning {
  readonly date: string;
  readonly value: number;
  readonly offset: number;
}

/** Where a baseline came from: the runner's check-ins, or (resting HR only) what they said at onboarding. */
export type BaselineSource = 'checkins' | 'onboarding';

/**
 * The resting-HR trend today, as a reason `RESTING_HR_TREND_UP`, or undefined when there is none (or no
 * baseline). Facts: `baselineBpm`, `baselineSource`, `kind` (`sustained` | `spike`), `thresholdBpm`,
 * `mornings[{ date, restingHrBpm, riseBpm }]`, `riseBpm` (today's).
 *
 * @param checkins check-ins in any order
 * @param today ISO date
 * @param baseline what the runner stated at onboarding (used until the check-ins give a baseline)
 * @example
 * restingHrTrend([{ date: '2027-01-12', restingHr: 59 }], '2027-01-12', { restingHrBpm: 50 });
 * // { code: 'RESTING_HR_TREND_UP', facts: { baselineBpm: 50, kind: 'spike', riseBpm: 9, … } }
 */
export function restingHrTrend(
  checkins: readonly CheckIn[],
  today: string,
  baseline?: RecoveryBaseline,
): Reason | undefined {
  const base = baselineOf(checkins, today, (c) => c.restingHr, baseline?.restingHrBpm);
  if (base === undefined) return undefined;
  const mornings = judgedMornings(checkins, today, (c) => c.restingHr).map((m) => ({
    ...m,
    offset: round1(m.value - base.value),
  }));
  const now = mornings.at(-1);
  if (now === undefined || now.date !== today) return undefined;
  const sustained =
    mornings.length === TREND_MORNINGS && mornings.every((m) => m.offset >= RESTING_HR_TREND_RISE_BPM);
  const spike = now.offset >= RESTING_HR_SPIKE_BPM;
  if (!sustained && !spike) return undefined;
  const shown = sustained ? mornings : [now];
  return {
    code: 'RESTING_HR_TREND_UP',
    facts: {
      baselineBpm: round1(base.value),
      baselineSource: base.source,
      kind: sustained ? 'sustained' : 'spike',
      thresholdBpm: sustained ? RESTING_HR_TREND_RISE_BPM : RESTING_HR_SPIKE_BPM,
      riseBpm: now.offset,
      mornings: shown.map((m) => ({ date: m.date, restingHrBpm: m.value, riseBpm: m.offset })),
    },
  };
}

/**
 * The HRV trend today, as a reason `HRV_TREND_DOWN`, or undefined. Facts: `baselineMs`, `dropFraction`
 * (the threshold), `mornings[{ date, hrvMs, dropPercent }]`, `dropPercent` (today's, whole %).
 *
 * @example
 * hrvTrend(threeLowMornings, '2027-01-12'); // { code: 'HRV_TREND_DOWN', facts: { baselineMs: 70, … } }
 */
export function hrvTrend(checkins: readonly CheckIn[], today: string): Reason | undefined {
  const base = baselineOf(checkins, today, (c) => c.hrv, undefined);
  if (base === undefined || base.value <= 0) return undefined;
  const mornings = judgedMornings(checkins, today, (c) => c.hrv).map((m) => ({
    ...m,
    offset: (base.value - m.value) / base.value,
  }));
  const now = mornings.at(-1);
  if (now === undefined || now.date !== today || mornings.length < TREND_MORNINGS) return undefined;
  // A hair under 10 % is not 10 %: compare at whole percent, as the reply states it.
  if (!mornings.every((m) => Math.round(m.offset * 100) >= HRV_TREND_DROP_FRACTION * 100)) return undefined;
  return {
    code: 'HRV_TREND_DOWN',
    facts: {
      baselineMs: round1(base.value),
      dropFraction: HRV_TREND_DROP_FRACTION,
      dropPercent: Math.round(now.offset * 100),
      mornings: mornings.map((m) => ({
        date: m.date,
        hrvMs: m.value,
        dropPercent: Math.round(m.offset * 100),
      })),
    },
  };
}

/** The last reading of each of the `TREND_MORNINGS` days ending today, stopping at the first day without one. */
function judgedMornings(
  checkins: readonly CheckIn[],
  today: string,
  read: (c: CheckIn) => number | undefined,
): Omit<TrendMorning, 'offset'>[] {
  const out: Omit<TrendMorning, 'offset'>[] = [];
  for (let i = 0; i < TREND_MORNINGS; i++) {
    const date = addDays(today, -i);
    const value = lastValue(checkins.filter((c) => c.date === date).map(read));
    if (value === undefined) break;
    out.unshift({ date, value });
  }
  return out;
}

function baselineOf(
  checkins: readonly CheckIn[],
  today: string,
  read: (c: CheckIn) => number | undefined,
  stated: number | undefined,
): { value: number; source: BaselineSource } | undefined {
  const from = addDays(today, -(TREND_MORNINGS - 1 + TREND_BASELINE_DAYS));
  const before = addDays(today, -(TREND_MORNINGS - 1));
  const byDay = new Map<string, number>();
  for (const c of checkins) {
    const v = read(c);
    if (c.date >= from && c.date < before && isReading(v)) byDay.set(c.date, v);
  }
  const values = [...byDay.values()];
  if (values.length >= BASELINE_MIN_VALUES)
    return { value: values.reduce((a, b) => a + b, 0) / values.length, source: 'checkins' };
  return isReading(stated) ? { value: stated, source: 'onboarding' } : undefined;
}

function lastValue(values: readonly (number | undefined)[]): number | undefined {
  return values.filter(isReading).at(-1);
}

function isReading(v: number | undefined): v is number {
  return v !== undefined && Number.isFinite(v) && v > 0;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
