import { fuzzyKeyword } from './fuzzy-words.js';
import { MAX_MESSAGE_CHARS } from './limits.js';

/** Only ASCII characters (none that NFKC or the quote and dash folding would change, but the backtick). */
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Common runner typos and texting shorthands → the canonical word the extractors look for. */
const TYPOS: Readonly<Record<string, string>> = {
  kilometres: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometer: 'km',
  kilomters: 'km',
  kilometeres: 'km',
  klicks: 'km',
  klick: 'km',
  kms: 'km',
  kays: 'km',
  miels: 'miles',
  mils: 'miles',
  mls: 'miles',
  mi: 'miles',
  mile: 'miles',
  minuts: 'min',
  minuets: 'min',
  mintues: 'min',
  minutes: 'min',
  minute: 'min',
  mins: 'min',
  mns: 'min',
  hours: 'hours',
  hour: 'hours',
  hrs: 'hours',
  houres: 'hours',
  secs: 'sec',
  seconds: 'sec',
  second: 'sec',
  yesterdy: 'yesterday',
  yesturday: 'yesterday',
  yday: 'yesterday',
  ysterday: 'yesterday',
  yesteday: 'yesterday',
  yesterdat: 'yesterday',
  yest: 'yesterday',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrow: 'tomorrow',
  tomoz: 'tomorrow',
  tommorow: 'tomorrow',
  tomorow: 'tomorrow',
  wk: 'week',
  wknd: 'weekend',
  wkend: 'weekend',
  todays: "today's",
  slep: 'slept',
  sleeped: 'slept',
  hearth: 'heart',
  heartrate: 'heart rate',
  avg: 'average',
  ave: 'average',
  avrg: 'average',
  averge: 'average',
  marthon: 'marathon',
  mara: 'marathon',
  marathn: 'marathon',
  halfmarathon: 'half marathon',
  'half-marathon': 'half marathon',
  kne: 'knee',
  knees: 'knee',
  shins: 'shin',
  calves: 'calf',
  hamstrings: 'hamstring',
  quads: 'quad',
  hips: 'hip',
  ankles: 'ankle',
  feet: 'foot',
  achiles: 'achilles',
  achillies: 'achilles',
  excercise: 'exercise',
  u: 'you',
  ur: 'your',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  fealt: 'felt',
  feelt: 'felt',
  wat: 'what',
  whats: "what's",
  wht: 'what',
  im: "i'm",
  ive: "i've",
  dont: "don't",
  didnt: "didn't",
  cant: "can't",
};

/** The spelling `w` stands for, if it is a known typo (own keys only: "constructor" is a word, not a typo). */
const typoOf = (w: string): string | undefined => (Object.hasOwn(TYPOS, w) ? TYPOS[w] : undefined);

/**
 * Lower-cases and tidies a runner's message so the extractors see one spelling: Unicode compatibility
 * forms folded (full-width digits, ligatures), curly quotes straightened, decimal commas turned into
 * points when a unit follows (`12,5 km` → `12.5 km`), common typos fixed (a table, then
 * `fuzzy-words.ts` for long keywords one edit away), whitespace collapsed. Offsets
 * are not preserved; only the normalised text is used afterwards. Long messages are cut at
 * `MAX_MESSAGE_CHARS`.
 *
 * @example
 * normalizeText('Ran 12,5 KMs yesturday!') // → 'ran 12.5 km yesterday!'
 */
export function normalizeText(text: string): string {
  const cut = text.slice(0, MAX_MESSAGE_CHARS);
  let t: string;
  if (ASCII.test(cut)) {
    // Plain ASCII is its own NFKC form and holds none of the characters folded below but the backtick.
    t = cut.toLowerCase().replace(/`/g, "'");
  } else {
    t = cut
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u2032`´]/g, "'")
      .replace(/[\u201c\u201d\u2033]/g, '"')
      .replace(/[\u2013\u2014\u2212]/g, '-')
      .replace(/\u00bd/g, '.5')
      .replace(/\u{1f44d}|\u{1f44c}|\u2705/gu, ' ok ');
  }
  t = t
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\blight[ -]headed/g, 'lightheaded')
    .replace(/\b([a-z]+)(?: \1\b)+/g, '$1');
  // Decimal commas: "12,5 km", "6,5h", "5,2 miles", "3,5/10" (a unit, a score's slash or the end follows).
  t = t.replace(/(\d+),(\d{1,2})(?=\s?(?:k|km|mi|miles?|h|hours?|hrs?|min|m\b|\/|out of|$))/g, '$1.$2');
  t = t.replace(/[a-z'-]+/g, (w) => {
    const typo = typoOf(w);
    if (typo !== undefined) return typo;
    const k = fuzzyKeyword(w);
    return typoOf(k) ?? k;
  });
  // Glue splits a few shorthands into words the extractors know ("10kms" → "10 km", "6mi" → "6 miles").
  t = t.replace(
    /(\d)(km|kms|k|miles|mi|mile|min|mins|hours|hrs|hr|h|sec|secs|s|bpm|ms)\b/g,
    (_, d: string, u: string) => {
      const unit = typoOf(u) ?? u;
      return `${d} ${unit}`;
    },
  );
  return t.trim();
}
