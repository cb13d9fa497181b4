/**
 * Reading a decision's reason facts and saying common ones as words: the fact readers the why-lines use,
 * readiness signals, reason codes, the 80/20 shares, a gray-zone run, and resting-HR and HRV trends.
 */
import type { Decision, Reason } from '../../rules/decision.js';
import type { SessionKind } from '../../rules/plan/types.js';
import { formatDate, formatPaceRange, oneDecimal, sessionName, showPace } from '../format.js';
import type { Units } from '../persona.js';
import { listWords } from './safety.js';

export type Facts = Readonly<Record<string, unknown>>;

export const num = (f: Facts | undefined, k: string): number | undefined => {
  const v = f?.[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};
export const str = (f: Facts | undefined, k: string): string | undefined => {
  const v = f?.[k];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
};
export const arr = (f: Facts | undefined, k: string): readonly unknown[] => {
  const v = f?.[k];
  return Array.isArray(v) ? v : [];
};
export const facts = (d: Decision, code: string): Facts | undefined =>
  d.reasons.find((r) => r.code === code)?.facts;
export const kindName = (k: unknown): string =>
  typeof k === 'string' && k in KIND_CHECK ? sessionName(k as SessionKind) : 'run';
const KIND_CHECK: Readonly<Record<SessionKind, true>> = {
  easy: true,
  long: true,
  recovery: true,
  tempo: true,
  intervals: true,
  repetitions: true,
  'marathon-pace': true,
  hills: true,
  'run-walk': true,
  race: true,
  rest: true,
};

/** How readiness signals are said (codes from `coach/rules/adapt/readiness.ts`). */
export function signalWords(r: Reason): string | undefined {
  const f = r.facts;
  switch (r.code) {
    case 'SLEEP_BAD': {
      const h = num(f, 'sleepHours');
      return h !== undefined ? `${oneDecimal(h)} h of sleep` : 'poor sleep';
    }
    case 'RESTING_HR_ELEVATED': {
      const now = num(f, 'restingHrBpm');
      const base = num(f, 'baselineBpm');
      return now !== undefined && base !== undefined
        ? `resting HR ${Math.round(now)} bpm against your usual ${oneDecimal(base)}`
        : 'a raised resting HR';
    }
    case 'HRV_LOW': {
      const now = num(f, 'hrvMs');
      return now !== undefined ? `HRV down to ${Math.round(now)} ms` : 'a low HRV';
    }
    case 'SORENESS_HIGH':
      return num(f, 'soreness') !== undefined ? `soreness ${num(f, 'soreness')}/10` : 'high soreness';
    case 'STRESS_HIGH':
      return num(f, 'stress') !== undefined ? `stress ${num(f, 'stress')}/10` : 'high stress';
    case 'MOOD_LOW':
      return 'low mood';
    default:
      return undefined;
  }
}

/** A reason code said as words: `SLEEP_BAD_NIGHTS_IN_ROW` → `sleep bad nights in row`. */
export function codeWords(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ');
}

export type Why = (d: Decision, units: Units) => string | undefined;

export const range = (x: unknown): { from: number; to: number } | undefined => {
  const r = x as Facts | undefined;
  const from = num(r, 'from');
  const to = num(r, 'to');
  return from !== undefined && to !== undefined ? { from, to } : undefined;
};
export const percent = (x: number | undefined): string | undefined =>
  x === undefined ? undefined : `${Math.round(x * 100)} %`;

/**
 * The 80/20 line of a gray-zone flag or decision: the easy share of the last 7 and 28 days.
 *
 * @example
 * easyShareWords({ last7EasyShare: 0.35, last28EasyShare: 0.62, targetShare: 0.8 });
 * // 'Only 35 % of your last 7 days was easy running (62 % over 28 days; aim for about 80 %).'
 * // ('Only' only below the target.)
 */
export function easyShareWords(input: object | undefined): string | undefined {
  const f = input as Facts | undefined;
  const s7 = percent(num(f, 'last7EasyShare'));
  const s28 = percent(num(f, 'last28EasyShare'));
  const target = percent(num(f, 'targetShare'));
  if (s7 === undefined) return undefined;
  const low = (num(f, 'last7EasyShare') ?? 0) < (num(f, 'targetShare') ?? 0);
  const short = num(f, 'shortWindowDays');
  const long = num(f, 'longWindowDays');
  const last = short !== undefined ? `last ${short} days` : 'last week';
  const over = long !== undefined ? `over ${long} days` : 'over the month';
  return `${low ? 'Only ' : ''}${s7} of your ${last} was easy running${s28 !== undefined ? ` (${s28} ${over}${target !== undefined ? `; aim for about ${target}` : ''})` : ''}.`;
}

/**
 * The numbers of one gray-zone run: "5:20/km at HR 158; easy is 6:09–6:52/km under 141 bpm".
 *
 * @example
 * grayZoneWords({ paceSPerKm: 320, avgHr: 158, easyPace: { from: 369, to: 412 }, hrCeilingBpm: 141 }, 'km');
 */
export function grayZoneWords(input: object | undefined, units: Units): string {
  const f = input as Facts | undefined;
  const pace = num(f, 'paceSPerKm');
  const hr = num(f, 'avgHr');
  const easy = range(f?.['easyPace']);
  const ceiling = num(f, 'hrCeilingBpm');
  const ran = [
    pace !== undefined ? showPace(pace, units) : undefined,
    hr !== undefined ? `HR ${Math.round(hr)}` : undefined,
  ]
    .filter((x) => x !== undefined)
    .join(' at ');
  const band = [
    easy !== undefined ? formatPaceRange(easy, units) : undefined,
    ceiling !== undefined ? `under ${Math.round(ceiling)} bpm` : undefined,
  ]
    .filter((x) => x !== undefined)
    .join(' ');
  return `${ran !== '' ? `${ran}; ` : ''}easy is ${band !== '' ? band : 'conversational'} — slower is the point`;
}

/**
 * A resting-HR trend said with its facts: the mornings, the rise and the baseline it is measured against.
 *
 * @example
 * restingHrTrendWords({ baselineBpm: 50, baselineSource: 'onboarding', riseBpm: 9, mornings: [{ date: '2027-01-13', restingHrBpm: 59 }] });
 * // 'Your resting HR was 59 bpm on Wed 13 Jan, 9 bpm above the 50 bpm you gave me as your usual'
 */
export function restingHrTrendWords(f: Facts | undefined): string {
  const mornings = arr(f, 'mornings').filter((m): m is Facts => typeof m === 'object' && m !== null);
  const values = mornings
    .map((m) => {
      const bpm = num(m, 'restingHrBpm');
      const date = str(m, 'date');
      return bpm !== undefined
        ? `${Math.round(bpm)} bpm${date !== undefined ? ` on ${formatDate(date)}` : ''}`
        : undefined;
    })
    .filter((x): x is string => x !== undefined);
  const base = num(f, 'baselineBpm');
  const rise = num(f, 'riseBpm');
  const usual =
    base === undefined
      ? 'your usual'
      : str(f, 'baselineSource') === 'onboarding'
        ? `the ${oneDecimal(base)} bpm you gave me as your usual`
        : `your usual ${oneDecimal(base)} bpm`;
  const said = values.length > 0 ? `Your resting HR was ${listWords(values)}` : 'Your resting HR has been up';
  return `${said}, ${rise !== undefined ? `${oneDecimal(rise)} bpm above ${usual}` : `above ${usual}`}`;
}

/**
 * An HRV trend said with its facts.
 *
 * @example
 * hrvTrendWords({ baselineMs: 70, dropPercent: 10, mornings: [{}, {}, {}] });
 * // 'Your HRV has been low 3 mornings running, 10 % under your usual 70 ms'
 */
export function hrvTrendWords(f: Facts | undefined): string {
  const n = arr(f, 'mornings').length;
  const base = num(f, 'baselineMs');
  const drop = num(f, 'dropPercent');
  return `Your HRV has been low ${n > 0 ? `${n} mornings running` : 'for several mornings'}${drop !== undefined ? `, ${drop} % under` : ', under'} your usual${base !== undefined ? ` ${oneDecimal(base)} ms` : ''}`;
}
