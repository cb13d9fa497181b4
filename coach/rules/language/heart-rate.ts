import {
  AVG_HR_MAX,
  AVG_HR_MIN,
  HRV_MAX_MS,
  HRV_MIN_MS,
  MAX_HR_MAX,
  MAX_HR_MIN,
  RESTING_HR_MAX,
  RESTING_HR_MIN,
} from './limits.js';
import { RANGE_TO } from './score-range.js';
import type { Extraction, Span } from './scan.js';
import { matchesOf, maskSpans, problem, spanOf } from './scan.js';
import type { Problem, Slots } from './types.js';

const FILLER = String.raw`(?:\s*(?:was|of|at|is|around|about|approx|roughly|~|:|=|hit|reached|got to|went to|went up to|up to|averaged|avg|average|only|just|like|maybe|in the))*\s*`;
const NUM = String.raw`(\d{1,4}(?:\.\d+)?)`;
/**
 * A number or a range of two (`50-52`, `48 to 51`): the second end in the next group. A second number
 * with a unit is not an end ("rhr 48 - 10k easy" is a resting HR and a run).
 */
const NUM_OR_RANGE = String.raw`${NUM}(?:${RANGE_TO}(\d{1,4}(?:\.\d+)?)(?![\d.:]|\s*(?:k|km|mi|miles?|mins?|h|hrs?|hours?|x|%)\b))?`;
const BPM = String.raw`(?:\s*bpm\b)?`;

/** `max hr 182`, `hrmax 190`, `max heart rate of 182`, `peaked at 185`, `max 178 bpm`. */
const MAX_HR = new RegExp(
  String.raw`\b(?:max(?:imum)?\s*(?:heart rate|hr|pulse)?|hr\s*max|peak(?:ed)?(?:\s*(?:heart rate|hr))?)${FILLER}${NUM}${BPM}`,
);
/** `resting hr 48`, `rhr 52`, `resting heart rate was 50`, `morning hr 55`, `waking pulse 49`, `rhr 50-52`. */
const RESTING_HR = new RegExp(
  String.raw`\b(?:(?:resting|rhr)\s*(?:heart rate|hr|pulse)?|(?:morning|waking)\s*(?:heart rate|hr|pulse))${FILLER}${NUM_OR_RANGE}${BPM}`,
);
/** `hrv 65`, `hrv was 42 ms`, `hrv 40-45`. */
const HRV = new RegExp(String.raw`\bhrv(?:\s*(?:score|rmssd|reading))?${FILLER}${NUM_OR_RANGE}(?:\s*ms\b)?`);
/** `hr 150`, `average heart rate 150`, `heart rate avg 148`, `pulse 150` ("1 hr 10" is hours; "2:45:00 hr 142" is a heart rate). */
const AVG_HR = new RegExp(
  String.raw`(?<!(?:^|[^\d:.])\d{1,3}(?:\.\d+)?\s?)\b(?:average\s*)?(?:heart rate|hr|pulse)(?:\s*average)?${FILLER}${NUM}${BPM}`,
);
/** `150 bpm`, `average 150 bpm`. */
const BARE_BPM = new RegExp(String.raw`\b(?:average\s*(?:of\s*)?)?(\d{1,4}(?:\.\d+)?)\s*bpm\b`);

interface Kind {
  readonly re: RegExp;
  readonly slot: 'maxHr' | 'restingHr' | 'hrvMs' | 'avgHr';
  /**
   * Which end of a range (`rhr 50-52`) is kept: the cautious reading of a morning value. A resting HR
   * above the runner's baseline and an HRV below it are the signs of incomplete recovery (Buchheit 2014),
   * so a resting HR keeps its higher end and an HRV its lower one. Kinds without one read no range.
   */
  readonly range?: (a: number, b: number) => number;
  readonly min: number;
  readonly max: number;
  readonly invalid: (v: number) => Problem;
}

const KINDS: readonly Kind[] = [
  {
    re: MAX_HR,
    slot: 'maxHr',
    min: MAX_HR_MIN,
    max: MAX_HR_MAX,
    invalid: (v) =>
      problem('MAX_HR_OUT_OF_RANGE', 'maxHr', { maxHr: v, minBpm: MAX_HR_MIN, maxBpm: MAX_HR_MAX }),
  },
  {
    re: RESTING_HR,
    slot: 'restingHr',
    range: Math.max,
    min: RESTING_HR_MIN,
    max: RESTING_HR_MAX,
    invalid: (v) =>
      problem('RESTING_HR_OUT_OF_RANGE', 'restingHr', {
        restingHr: v,
        minBpm: RESTING_HR_MIN,
        maxBpm: RESTING_HR_MAX,
      }),
  },
  {
    re: HRV,
    slot: 'hrvMs',
    range: Math.min,
    min: HRV_MIN_MS,
    max: HRV_MAX_MS,
    invalid: (v) => problem('HRV_OUT_OF_RANGE', 'hrvMs', { hrvMs: v, minMs: HRV_MIN_MS, maxMs: HRV_MAX_MS }),
  },
  {
    re: AVG_HR,
    slot: 'avgHr',
    min: AVG_HR_MIN,
    max: AVG_HR_MAX,
    invalid: (v) => problem('HR_OUT_OF_RANGE', 'avgHr', { avgHr: v, minBpm: AVG_HR_MIN, maxBpm: AVG_HR_MAX }),
  },
];

/**
 * Finds heart-rate facts: max HR, resting HR, HRV (ms) and average HR (bpm). A value outside its
 * plausible range becomes a Problem and is not stored. The first mention of each kind wins.
 *
 * @example
 * extractHeartRate('avg hr 152, max 181').slots // → { avgHr: 152, maxHr: 181 }
 */
export function extractHeartRate(text: string): Extraction {
  const slots: Partial<Slots> = {};
  const problems: Problem[] = [];
  const spans: Span[] = [];
  let t = text;
  for (const kind of KINDS) {
    for (const re of kind.slot === 'avgHr' ? [kind.re, BARE_BPM] : [kind.re]) {
      for (const m of matchesOf(re, t)) {
        const other = kind.range && m[2] !== undefined ? Number(m[2]) : undefined;
        const v = other === undefined ? Number(m[1]) : kind.range!(Number(m[1]), other);
        spans.push(spanOf(m));
        if (slots[kind.slot] !== undefined || problems.some((p) => p.slot === kind.slot)) continue;
        if (Number.isFinite(v) && v >= kind.min && v <= kind.max) slots[kind.slot] = Math.round(v);
        else problems.push(kind.invalid(v));
      }
      t = maskSpans(t, spans);
    }
  }
  return { slots, problems, spans };
}
