export { clauseStart, negatedBefore } from '../text/clauses.js';
import type { Problem, ProblemCode, SlotName, Slots } from './types.js';

/** A half-open character range [start, end) of the normalised message that an extractor used. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What one extractor found: slots, problems, and the spans later extractors must not read again. */
export interface Extraction {
  readonly slots: Partial<Slots>;
  readonly problems: Problem[];
  readonly spans: Span[];
}

/**
 * Blanks the given spans with spaces (same length), so offsets stay valid for the next extractor.
 *
 * @example
 * maskSpans('hr 150 10k', [{ start: 0, end: 6 }]) // → '       10k'
 */
export function maskSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const { start, end } of spans) {
    if (end > start) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/**
 * The global copy of each regex `matchesOf` scans with, made once per regex (the extractors' patterns are
 * module constants, so this holds a fixed handful; a WeakMap lets a caller's own regex go with it). A copy,
 * never the caller's regex: its `lastIndex` is never touched.
 */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

function globalCopy(re: RegExp): RegExp {
  let g = GLOBAL_COPIES.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL_COPIES.set(re, g);
  }
  return g;
}

/**
 * Every match of a regex (made global), never looping on an empty match.
 *
 * @example
 * matchesOf(/\d+/, 'a 1 b 22').map((m) => m[0]) // → ['1', '22']
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const g = globalCopy(re);
  g.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex += 1;
  }
  g.lastIndex = 0;
  return out;
}

/**
 * The span of a whole match.
 *
 * @example
 * spanOf(/b+/.exec('abbc')!) // → { start: 1, end: 3 }
 */
export function spanOf(m: RegExpExecArray): Span {
  return { start: m.index, end: m.index + m[0].length };
}

/**
 * Where the clause holding `index` ends (exclusive).
 *
 * @example
 * clauseEnd('knee 3/10, rpe 6', 0) // → 9
 */
export function clauseEnd(text: string, index: number): number {
  for (let i = index; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === ',' || ch === ';' || ch === '!' || ch === '?' || ch === '\n') return i;
    if (ch === '.' && !/\d/.test(text[i + 1] ?? '')) return i;
  }
  return text.length;
}

/**
 * A value on an "x out of N" scale brought to 0–10; `outOf` absent means already 0–10.
 *
 * @example
 * toTen(3, 5) // → 6
 */
export function toTen(value: number, outOf: number | undefined): number {
  return outOf === undefined || outOf === 10 ? value : (value / outOf) * 10;
}

/**
 * A 0–10 score (pain, soreness, stress) as the whole number it is stored as: halves round up, so "2.5/10"
 * is 3 — for a symptom the cautious reading is the higher one. Out-of-range values pass through unchanged
 * for the range check (which refuses them).
 *
 * @example
 * wholeScore(2.5) // → 3
 * wholeScore(3.4) // → 3
 */
export function wholeScore(x: number): number {
  return Number.isFinite(x) ? Math.round(x) : x;
}

/**
 * Rounds to one decimal, the precision every slot keeps.
 *
 * @example
 * round1(316.93) // → 316.9
 */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Builds a problem record: the code and the facts behind it; coach/prompts words the clarifying question.
 *
 * @example
 * problem('RPE_OUT_OF_RANGE', 'rpe', { rpe: 15, reason: 'borg' })
 */
export function problem(code: ProblemCode, slot: SlotName, facts?: Record<string, number | string>): Problem {
  return facts === undefined ? { code, slot } : { code, slot, facts };
}
