/**
 * The numbers guard: every number, pace, distance, duration and date in an LLM text must be one the
 * message holds (in some formatting: 5:15/km for 315 s/km, 10k for 10 km, 6.2 mi for 10 km, 45 min for
 * 2700 s, 50 % for 0.5). Anything else means the model invented or changed a fact, and the template wins.
 * The runner's own text is never a source of allowed numbers.
 */
import { KM_PER_MILE } from '../format.js';
import { NUMBER_WORD_VALUES } from '../../rules/language/number-words.js';

/** Seconds a clock token may differ from a fact (rounding of converted paces and times). */
export const CLOCK_TOLERANCE_SECONDS = 1;

/** Keys whose values are the runner's own words or name: never facts. */
export const UNTRUSTED_KEYS: readonly string[] = Object.freeze(['runnerText', 'name']);
/** Keys that are identifiers, not facts a reply states (their digits must not widen what is allowed). */
export const IDENTIFIER_KEYS: readonly string[] = Object.freeze(['id', 'athleteId', 'decisionId']);

export type NumberToken =
  | { readonly kind: 'date'; readonly raw: string; readonly iso: string }
  | { readonly kind: 'clock'; readonly raw: string; readonly seconds: readonly number[] }
  | { readonly kind: 'number'; readonly raw: string; readonly value: number; readonly decimals: number };

/** What a text may contain: clock values (seconds), plain numbers and ISO dates. */
export interface AllowedNumbers {
  readonly clocks: readonly number[];
  readonly numbers: readonly number[];
  readonly dates: ReadonlySet<string>;
}

/** Number words the guard counts: the parser's vocabulary, less "zero" and "one" (too common in English). */
const WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORD_VALUES).filter(([word]) => word !== 'zero' && word !== 'one'),
);

const TOKEN =
  /(\d{4}-\d{2}-\d{2})|(\d{1,2}(?::\d{2}){1,2})(?!\d)|(\d{1,2})h(\d{2})\b|(\d+(?:[.,]\d+)?)|\b([a-z]+)\b/gi;

/**
 * Finds the numbers in a text: ISO dates, clock times (m:ss, h:mm:ss, and h:mm read both ways), `1h05`,
 * plain numbers (decimal point or comma) and number words from two to a hundred ("one" is too common in
 * English to count). The `10` of a score written `n/10` is the scale and is skipped.
 *
 * @example
 * extractNumbers('6 × 800 m at 4:05/km'); // [6, 800, clock 245 (or 4 h 05)]
 */
export function extractNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    if (m[1] !== undefined) out.push({ kind: 'date', raw: m[1], iso: m[1] });
    else if (m[2] !== undefined) {
      const parts = m[2].split(':').map(Number);
      const [a = 0, b = 0, c] = parts;
      const seconds = c !== undefined ? [a * 3600 + b * 60 + c] : [a * 60 + b, a * 3600 + b * 60];
      out.push({ kind: 'clock', raw: m[2], seconds });
    } else if (m[3] !== undefined && m[4] !== undefined) {
      out.push({ kind: 'clock', raw: m[0], seconds: [Number(m[3]) * 3600 + Number(m[4]) * 60] });
    } else if (m[5] !== undefined) {
      const raw = m[5];
      // "6/10" states a score on a 0–10 scale: the 10 is the scale, not a fact.
      if (raw === '10' && m.index > 0 && text[m.index - 1] === '/') continue;
      // "12,5" is a decimal comma; "1,000" a thousands separator.
      const norm = /,\d{3}$/.test(raw) ? raw.replace(',', '') : raw.replace(',', '.');
      const decimals = norm.includes('.') ? (norm.split('.')[1]?.length ?? 0) : 0;
      out.push({ kind: 'number', raw, value: Number(norm), decimals });
    } else if (m[6] !== undefined) {
      const w = WORDS[m[6].toLowerCase()];
      if (w !== undefined) out.push({ kind: 'number', raw: m[6], value: w, decimals: 0 });
    }
  }
  return out;
}

interface Collector {
  clocks: number[];
  numbers: number[];
  dates: Set<string>;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function addNumber(c: Collector, path: string, key: string, v: number): void {
  c.numbers.push(v);
  const p = path.toLowerCase();
  // A mid-run cue's `target` range is a pace too (`MidRunCue.target`, s/km).
  if (/pace|(?:^|\.)target\.(?:from|to)$/.test(p)) {
    c.clocks.push(v, v * KM_PER_MILE);
    return;
  }
  if (/km$/i.test(key)) c.numbers.push(v / KM_PER_MILE, v * 1000);
  if (/(meters|metres)$/i.test(key)) c.numbers.push(v / 1000, v / (KM_PER_MILE * 1000));
  if (/(seconds|time|target)$/i.test(key)) {
    c.clocks.push(v);
    // "52:30" is said "52 minutes" as often as "53": whole minutes and hours truncate too.
    c.numbers.push(v / 60, v / 3600, Math.floor(v / 60), Math.floor(v / 3600));
  }
  if (/minutes$/i.test(key)) {
    c.clocks.push(v * 60);
    c.numbers.push(v / 60, v * 60);
  }
  if (/(fraction|factor|share)$/i.test(key)) c.numbers.push(v * 100);
  if (/hours$/i.test(key)) c.numbers.push(v * 60);
}

function addDate(c: Collector, iso: string): void {
  c.dates.add(iso);
  const [y, m, d] = iso.split('-').map(Number);
  if (y !== undefined && d !== undefined && m !== undefined) c.numbers.push(y, d);
}

function addText(c: Collector, text: string): void {
  for (const t of extractNumbers(text)) {
    if (t.kind === 'date') addDate(c, t.iso);
    else if (t.kind === 'clock') c.clocks.push(...t.seconds);
    else c.numbers.push(t.value);
  }
}

function walk(c: Collector, x: unknown, path: string, key: string): void {
  if (UNTRUSTED_KEYS.includes(key) || IDENTIFIER_KEYS.includes(key)) return;
  if (typeof x === 'number' && Number.isFinite(x)) addNumber(c, path, key, x);
  else if (typeof x === 'string') {
    if (ISO.test(x)) addDate(c, x);
    else addText(c, x);
  } else if (Array.isArray(x)) {
    // How many items a list holds is a fact too ("2 runs felt harder").
    c.numbers.push(x.length);
    x.forEach((v, i) => walk(c, v, `${path}.${i}`, key));
  } else if (typeof x === 'object' && x !== null)
    for (const [k, v] of Object.entries(x)) walk(c, v, path === '' ? k : `${path}.${k}`, k);
}

/**
 * The numbers a reply may contain: those in the facts (with unit and format variants; `runnerText` and
 * `name` skipped) and those in trusted texts (the template reply, which is formatted from the same facts).
 *
 * @example
 * allowedNumbers([{ km: 10, paceSPerKm: 315 }], []); // clocks ⊇ {315, 507}, numbers ⊇ {10, 6.21…, 10000}
 */
export function allowedNumbers(facts: readonly unknown[], trustedTexts: readonly string[]): AllowedNumbers {
  const c: Collector = { clocks: [], numbers: [], dates: new Set() };
  for (const f of facts) walk(c, f, '', '');
  for (const t of trustedTexts) addText(c, t);
  return c;
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** True when one token is allowed. */
export function isAllowed(t: NumberToken, allowed: AllowedNumbers): boolean {
  if (t.kind === 'date') return allowed.dates.has(t.iso);
  if (t.kind === 'clock')
    return t.seconds.some((s) => allowed.clocks.some((a) => Math.abs(a - s) <= CLOCK_TOLERANCE_SECONDS));
  return allowed.numbers.some((a) => Math.abs(roundTo(a, t.decimals) - t.value) < 1e-9);
}

export type NumbersVerdict =
  { readonly ok: true } | { readonly ok: false; readonly unknown: readonly string[] };

/**
 * Checks that every number in `text` is allowed.
 *
 * @example
 * checkNumbers('20 × 400 at 3:00/km', allowedNumbers([{ minutes: 45 }], [])); // { ok: false, unknown: ['20', '400', '3:00'] }
 */
export function checkNumbers(text: string, allowed: AllowedNumbers): NumbersVerdict {
  const unknown = extractNumbers(text)
    .filter((t) => !isAllowed(t, allowed))
    .map((t) => t.raw);
  return unknown.length === 0 ? { ok: true } : { ok: false, unknown };
}
