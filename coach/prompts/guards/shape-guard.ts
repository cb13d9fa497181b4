/**
 * The shape guard: an LLM text must look like a reply — non-empty prose within the channel's length budget,
 * with no template debris (`undefined`, `NaN`, `[object`), no code, markup or JSON, and no chat-template
 * tokens. Anything else is garbage and the template is used.
 */
import type { Budget } from '../llm/budgets.js';

export type ShapeCode = 'EMPTY' | 'TOO_LONG' | 'TOO_MANY_SENTENCES' | 'GARBAGE';

export type ShapeVerdict =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly code: ShapeCode };

/** Fewest letters a reply must have to count as prose. */
export const MIN_LETTERS = 8;

const DEBRIS = /\bundefined\b|\bNaN\b|\[object|```|<\|[^|]*\|>|^\s*[{[]|[{}]|<\/?[a-z][^>]*>|\bas an ai\b/i;

/**
 * Counts sentences: runs of text ending in `.`, `!` or `?` (a decimal point does not end one).
 *
 * @example
 * sentenceCount('Easy 6.2 km today. Enjoy it!'); // 2
 */
export function sentenceCount(text: string): number {
  return text
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter((s) => /[a-z0-9]/i.test(s)).length;
}

/**
 * Checks and trims an LLM text against a budget.
 *
 * @example
 * checkShape('  Easy run today.  ', { timeMs: 1500, maxChars: 240, maxSentences: 2 }); // { ok: true, text: 'Easy run today.' }
 * checkShape('{"text": 1}', { timeMs: 8000, maxChars: 1500 }); // { ok: false, code: 'GARBAGE' }
 */
export function checkShape(raw: string | null | undefined, budget: Budget): ShapeVerdict {
  const text = (raw ?? '')
    .trim()
    .replace(/^["“]|["”]$/g, '')
    .trim();
  if (text === '') return { ok: false, code: 'EMPTY' };
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS || DEBRIS.test(text))
    return { ok: false, code: 'GARBAGE' };
  if (text.length > budget.maxChars) return { ok: false, code: 'TOO_LONG' };
  if (budget.maxSentences !== undefined && sentenceCount(text) > budget.maxSentences)
    return { ok: false, code: 'TOO_MANY_SENTENCES' };
  return { ok: true, text };
}
