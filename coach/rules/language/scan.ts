import { formatDuration } from '../units/duration.js';
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

/** Blanks the given spans with spaces (same length), so offsets stay valid for the next extractor. */
export function maskSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const { start, end } of spans) {
    if (end > start) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/** Every match of a global regex, never looping on an empty match. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex += 1;
  }
  return out;
}

/** The span of a whole match. */
export function spanOf(m: RegExpExecArray): Span {
  return { start: m.index, end: m.index + m[0].length };
}

/** Where the clause holding `index` starts: after the last `,;!?` or sentence dot before it. */
export function clauseStart(text: string, index: number): number {
  for (let i = Math.min(index, text.length) - 1; i >= 0; i -= 1) {
    const ch = text[i];
    if (ch === ',' || ch === ';' || ch === '!' || ch === '?' || ch === '\n') return i + 1;
    if (ch === '.' && !/\d/.test(text[i + 1] ?? '')) return i + 1;
  }
  return 0;
}

/** Where the clause holding `index` ends (exclusive). */
export function clauseEnd(text: string, index: number): number {
  for (let i = index; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === ',' || ch === ';' || ch === '!' || ch === '?' || ch === '\n') return i;
    if (ch === '.' && !/\d/.test(text[i + 1] ?? '')) return i;
  }
  return text.length;
}

/** A value on an "x out of N" scale brought to 0–10 (`3/5` → 6); `outOf` absent means already 0–10. */
export function toTen(value: number, outOf: number | undefined): number {
  return outOf === undefined || outOf === 10 ? value : (value / outOf) * 10;
}

/** Rounds to one decimal, the precision every slot keeps. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** True when one of `words` appears within the few words before `index` (simple negation: "no pain"). */
export function negatedBefore(text: string, index: number, maxWords = 3): boolean {
  const before = text.slice(clauseStart(text, index), index).trim().split(' ').slice(-maxWords);
  return before.some((w) =>
    /^(no|not|never|without|zero|isn't|wasn't|aren't|don't|didn't|doesn't|nor|any)$/.test(w),
  );
}

/** Builds a problem record. */
export function problem(
  code: ProblemCode,
  slot: SlotName,
  message: string,
  facts?: Record<string, number | string>,
): Problem {
  return facts === undefined ? { code, slot, message } : { code, slot, message, facts };
}

/** Formats seconds as m:ss or h:mm:ss for clarifying questions (`units/duration.ts`). */
export const clock = formatDuration;
