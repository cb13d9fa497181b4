import { parseRaceDistance } from '../units/race-distance.js';
import { HALF_MARATHON_M, MARATHON_M, METERS_PER_MILE, PARKRUN_M } from './limits.js';
import type { Extraction, Span } from './scan.js';
import { maskSpans, matchesOf, spanOf } from './scan.js';

/** A distance found in a message, in metres, with the unit the runner used. */
export interface DistanceHit {
  readonly start: number;
  readonly meters: number;
  readonly unit: 'km' | 'mi';
  /** A named race distance (`half`, `marathon`, `parkrun`), which hints at a race result. */
  readonly named: boolean;
}

/** The run's distance, and whether the message described interval sets (a workout, even without one). */
export type DistanceExtraction = Extraction & {
  hit?: DistanceHit;
  reps: boolean;
  /** With a warm-up or cool-down distance: the main part's metres (the tempo segment); `hit` is the whole run. */
  segmentM?: number;
};

const NUM = String.raw`(\d{1,30}(?:\.\d+)?)`;
/** Interval sets (`6x800m`, `5 x 1k`, `3x1 mile`): not the run's distance. */
const REPS = new RegExp(String.raw`\b\d{1,2}\s*(?:x|×|times)\s*${NUM}\s*(?:m|meters|metres|km|k|miles)?\b`);
/** Warm-up and cool-down distances (`2k wu`, `cd 1 mile`), added to the main part to give the run. */
const WARM_COOL = new RegExp(
  String.raw`(?<![\d:.])${NUM}\s*(?:km|k|miles|mile|mi)\s*(?:easy\s*)?(?:warm ?up|cool ?down|wu|cd|w/u|c/d)\b|\b(?:warm ?up|cool ?down|wu|cd)\s*(?:of\s*)?${NUM}\s*(?:km|k|miles|mile|mi)\b`,
);
const KM = new RegExp(
  String.raw`(?<![\d:.])${NUM}\s*(?:km|k)\b(?!\s?(?:pace|effort|race pace|steps|step|feet|ft|elevation|climb|gain)\b)`,
);
const MILES = new RegExp(String.raw`(?<![\d:.])${NUM}\s*(?:miles|miler)\b(?!\s?pace)`);
const METERS = new RegExp(
  String.raw`(?<![\d:])(\d{3,6})\s*(?:m|meters|metres)\b(?!\s?(?:pace|reps?|repeats?|x))`,
);
const NAMED: readonly (readonly [RegExp, number])[] = [
  [
    /\bhalf marathon\b|\b(?:the|a|my|first) half\b(?!\s?(?:an|of|way|the|hour|a|marathon)\b)|\bhm\b|\bhalf(?= in\b)/,
    HALF_MARATHON_M,
  ],
  [/\b(?<!half )(?:full )?marathon\b(?!\s?pace)/, MARATHON_M],
  [/\bparkrun\b/, PARKRUN_M],
];
/** `ran 8`, `did 10 today`: a bare number after a running verb, in the runner's unit. */
const BARE = new RegExp(
  String.raw`\b(?:ran|run|did|jogged|done|logged|covered|went)\s+(?:an?\s+|about\s+|around\s+|like\s+|another\s+)?${NUM}(?!\s?(?:[:/%x.]|min|hours|h\b|hr\b|sec|bpm|am|pm|times|days?|weeks?|reps?|of\b|out\b|k\b|km\b|miles\b|m\b))`,
);

/** A number with its unit (`12.5km`, `6mi`, `800m`) in metres, via `units/race-distance.ts`. */
function metersOf(text: string, unit: 'km' | 'mi'): Omit<DistanceHit, 'start'> | undefined {
  const r = parseRaceDistance(text);
  return r.ok ? { meters: r.value.meters, unit, named: false } : undefined;
}

/**
 * Finds the distance of a run in metres: `10k`, `6.2 miles`, `12.5 km`, `800m`, `half`,
 * `half marathon`, `marathon`, `parkrun`, or a bare number after a running verb (`ran 8`) in the
 * runner's unit. Interval sets (`6x800m`) are skipped; with several distances the longest is the run, and
 * warm-up and cool-down distances are added to it (`2k wu, 5k @ 4:50, 2k cd` → 9 km, segment 5 km).
 *
 * @example
 * extractDistance('ran 6.2 miles', 'km').hit?.meters // → 9977.9328
 */
export function extractDistance(text: string, units: 'km' | 'mi'): DistanceExtraction {
  const spans: Span[] = [];
  const hits: DistanceHit[] = [];
  let t = text;
  const step = (re: RegExp, toHit: (m: RegExpExecArray) => Omit<DistanceHit, 'start'> | undefined): void => {
    const found = matchesOf(re, t);
    for (const m of found) {
      const h = toHit(m);
      spans.push(spanOf(m));
      if (h && Number.isFinite(h.meters)) hits.push({ start: m.index, ...h });
    }
    // Every match blanked for the patterns after (they carry no flags: a global scan finds just these).
    t = maskSpans(t, found.map(spanOf));
  };
  step(REPS, () => undefined);
  const reps = spans.length > 0;
  const warmCool: DistanceHit[] = [];
  for (const m of matchesOf(WARM_COOL, t)) {
    const km = /\d\s*(?:miles|mile|mi)\b/.test(m[0]) ? 'mi' : 'km';
    const h = metersOf(`${m[1] ?? m[2]}${km}`, km);
    if (h) warmCool.push({ start: m.index, ...h });
  }
  step(WARM_COOL, () => undefined);
  step(KM, (m) => metersOf(`${m[1]}km`, 'km'));
  step(MILES, (m) => metersOf(`${m[1]}mi`, 'mi'));
  step(METERS, (m) => metersOf(`${m[1]}m`, 'km'));
  for (const [re, meters] of NAMED) step(re, () => ({ meters, unit: units, named: true }));
  if (hits.length === 0) {
    step(BARE, (m) =>
      Number(m[1]) <= 100
        ? { meters: Number(m[1]) * (units === 'mi' ? METERS_PER_MILE : 1000), unit: units, named: false }
        : undefined,
    );
  }
  hits.sort((a, b) => b.meters - a.meters);
  const main = hits[0];
  if (main && warmCool.length > 0 && !main.named) {
    const meters = warmCool.reduce((sum, h) => sum + h.meters, main.meters);
    return { slots: {}, problems: [], spans, hit: { ...main, meters }, reps, segmentM: main.meters };
  }
  const hit = main;
  return hit === undefined
    ? { slots: {}, problems: [], spans, reps }
    : { slots: {}, problems: [], spans, hit, reps };
}
