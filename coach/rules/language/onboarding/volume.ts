/**
 * Weekly volume and longest recent run in an onboarding answer: `about 25k a week`, `20 miles/week`,
 * `15 mpw`, `30-40 km weekly`, `around 3 hours a week`, `180 min a week`, `3 runs of 30 min`; and
 * `longest run 14k`, `long run is about 10 miles`. Miles are converted to km (1 mi = 1609.344 m).
 */
import { PLAUSIBLE } from '../../plausibility.js';
import { METERS_PER_MILE } from '../limits.js';

export interface VolumeHit {
  readonly weeklyKm?: number;
  readonly weeklyMinutes?: number;
  /** The unit the runner wrote the distance in, when they wrote one. */
  readonly unit?: 'km' | 'mi';
}

/** Largest weekly volume read as a weekly volume, km (beyond it the number is not a week). */
export const MAX_WEEKLY_KM = PLAUSIBLE.weeklyKm.max;
/** Largest weekly running time read, minutes (30 h). */
export const MAX_WEEKLY_MINUTES = PLAUSIBLE.weeklyMinutes.max;

const NUM = String.raw`(\d{1,3}(?:\.\d+)?)(?:\s*(?:-|to|or)\s*(\d{1,3}(?:\.\d+)?))?`;
const WEEK = String.raw`\s*(?:a|per|\/|each|every|in a)?\s*(?:week|wk|w)\b|\s*weekly\b`;
const KM_UNIT = String.raw`\s*(?:km|kms|ks|k|kilomet(?:er|re)s?|kilo(?:s)?)`;
const MI_UNIT = String.raw`\s*(?:miles?|mi|mls?)`;
const KM_WEEK = new RegExp(String.raw`\b${NUM}${KM_UNIT}\b(?:${WEEK})`);
const MI_WEEK = new RegExp(String.raw`\b${NUM}${MI_UNIT}\b(?:${WEEK})|\b${NUM}\s*mpw\b`);
const WEEKLY_BEFORE = new RegExp(
  String.raw`\b(?:weekly|a week|per week|week)\s*(?:volume|mileage|distance|km|total)?\s*(?:is|of|=|:|about|around|roughly|~)?\s*(?:about|around|roughly|~)?\s*${NUM}\s*(km|kms|k|miles?|mi)\b`,
);
const HOURS_WEEK = new RegExp(String.raw`\b${NUM}\s*(?:h|hr|hrs|hours?)\b(?:${WEEK})`);
const MINUTES_WEEK = new RegExp(String.raw`\b${NUM}\s*(?:min|mins|minutes)\b(?:${WEEK})`);
const RUNS_OF =
  /\b([1-7])\s*(?:runs?|times|x)\s*(?:a week|per week|\/week|weekly)?\s*(?:of|for|at|,)?\s*(?:about|around|like|~)?\s*(\d{1,3})\s*min/;

function mid(a: string | undefined, b: string | undefined): number {
  const x = Number(a);
  return b === undefined ? x : (x + Number(b)) / 2;
}

/**
 * Reads the weekly volume; `asked` says the volume question was asked, so a bare `25` or `25k` is the
 * week in the runner's `units` (or the unit written).
 *
 * @example
 * volumeFrom('about 25k a week', 'km', false) // → { weeklyKm: 25, unit: 'km' }
 * volumeFrom('around 3 hours a week', 'km', false) // → { weeklyMinutes: 180 }
 */
export function volumeFrom(text: string, units: 'km' | 'mi', asked: boolean): VolumeHit | undefined {
  const kmWeek = KM_WEEK.exec(text);
  if (kmWeek) return bound({ weeklyKm: mid(kmWeek[1], kmWeek[2]), unit: 'km' });
  const mi = MI_WEEK.exec(text);
  if (mi)
    return bound({ weeklyKm: (mid(mi[1] ?? mi[3], mi[2] ?? mi[4]) * METERS_PER_MILE) / 1000, unit: 'mi' });
  const before = WEEKLY_BEFORE.exec(text);
  if (before) {
    const miles = /^mi/.test(before[3] ?? '');
    const n = mid(before[1], before[2]);
    return bound({ weeklyKm: miles ? (n * METERS_PER_MILE) / 1000 : n, unit: miles ? 'mi' : 'km' });
  }
  const hours = HOURS_WEEK.exec(text);
  if (hours) return bound({ weeklyMinutes: Math.round(mid(hours[1], hours[2]) * 60) });
  const minutes = MINUTES_WEEK.exec(text);
  if (minutes) return bound({ weeklyMinutes: Math.round(mid(minutes[1], minutes[2])) });
  const runs = RUNS_OF.exec(text);
  if (runs) return bound({ weeklyMinutes: Number(runs[1]) * Number(runs[2]) });
  const near = nearWeek(text);
  if (near) return near;
  if (!asked) return undefined;
  if (
    /^\s*(?:0|zero|none|nothing|nada|not much|not (?:running|at all)(?: at the moment| right now)?|i don'?t)\b/.test(
      text,
    )
  ) {
    return { weeklyKm: 0 };
  }
  const bare = new RegExp(
    String.raw`^\s*(?:about|around|roughly|maybe|like|~|prob(?:ably)?)?\s*${NUM}\s*(km|kms|k|kilomet(?:er|re)s?|miles?|mi|h|hrs?|hours?|min|mins|minutes)?\b`,
  ).exec(text);
  if (!bare) return undefined;
  const n = mid(bare[1], bare[2]);
  const unit = bare[3] ?? '';
  if (/^(?:h|hr|hour)/.test(unit)) return bound({ weeklyMinutes: Math.round(n * 60) });
  if (/^min/.test(unit)) return bound({ weeklyMinutes: Math.round(n) });
  const miles = /^mi/.test(unit) || (unit === '' && units === 'mi');
  const km = miles ? (n * METERS_PER_MILE) / 1000 : n;
  return bound(unit === '' ? { weeklyKm: km } : { weeklyKm: km, unit: miles ? 'mi' : 'km' });
}

/** A distance in the same sentence as a week word ("i run 4x a week, about 20 miles"). */
const DISTANCE = new RegExp(String.raw`\b${NUM}\s*(km|kms|ks|k|miles?|mi)\b`, 'g');
const WEEK_WORD = /\b(?:a|per|each|every) week\b|\bweekly\b|\/\s*week\b/;
function nearWeek(text: string): VolumeHit | undefined {
  for (const sentence of text.split(/[.!?;\n]/)) {
    if (!WEEK_WORD.test(sentence)) continue;
    for (const m of sentence.matchAll(DISTANCE)) {
      const before = sentence.slice(0, m.index);
      const after = sentence.slice((m.index ?? 0) + m[0].length);
      // "a 10k", "my 5k", "longest 14k", "10k in 55 min" and "5k race" are not a week's running.
      if (/\b(?:a|the|my|an|longest|long run|long one|furthest)\s*$/.test(before)) continue;
      if (/^\s*(?:in|at|on|next|this|race|pb|pr|time|parkrun)\b|^\s*\d/.test(after)) continue;
      const miles = /^mi/.test(m[3] ?? '');
      const n = mid(m[1], m[2]);
      return bound({ weeklyKm: miles ? (n * METERS_PER_MILE) / 1000 : n, unit: miles ? 'mi' : 'km' });
    }
  }
  return undefined;
}

function bound(v: VolumeHit): VolumeHit | undefined {
  if (v.weeklyKm !== undefined && !(v.weeklyKm >= 0 && v.weeklyKm <= MAX_WEEKLY_KM)) return undefined;
  if (v.weeklyMinutes !== undefined && !(v.weeklyMinutes >= 0 && v.weeklyMinutes <= MAX_WEEKLY_MINUTES))
    return undefined;
  return v;
}

const LONGEST = new RegExp(
  String.raw`\b(?:longest|long run|long runs|long one|furthest|farthest)\b[^.,;!?\d]{0,30}?${NUM}\s*(km|kms|k|miles?|mi)?\b`,
);

/**
 * The longest recent run, km: `longest run 14k`, `long run is about 10 miles`; with `asked`, a bare number
 * in the runner's units.
 *
 * @example
 * longestRunFrom('longest recently was 14k', 'km', false) // → 14
 */
export function longestRunFrom(text: string, units: 'km' | 'mi', asked: boolean): number | undefined {
  return longestRunHit(text, units, asked)?.km;
}

/** `longestRunFrom` with the unit the runner wrote, when they wrote one. */
export function longestRunHit(
  text: string,
  units: 'km' | 'mi',
  asked: boolean,
): { km: number; unit?: 'km' | 'mi' } | undefined {
  const m =
    LONGEST.exec(text) ??
    (asked
      ? new RegExp(String.raw`^\s*(?:about|around|like|~)?\s*${NUM}\s*(km|kms|k|miles?|mi)?\s*$`).exec(text)
      : null);
  if (!m) return undefined;
  const unit = m[3] ?? '';
  if (unit === '' && /^\s*(?:min|mins|minutes|h|hrs?|hours?)\b/.test(text.slice(m.index + m[0].length)))
    return undefined;
  const n = mid(m[1], m[2]);
  const miles = /^mi/.test(unit) || (unit === '' && units === 'mi');
  const km = miles ? (n * METERS_PER_MILE) / 1000 : n;
  if (!(km > 0 && km <= 100)) return undefined;
  // "14k" is said in either unit; only miles or km written out tell the runner's unit.
  return miles && unit !== '' ? { km, unit: 'mi' } : /^km/.test(unit) ? { km, unit: 'km' } : { km };
}
