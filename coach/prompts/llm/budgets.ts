/**
 * Time and length budgets per channel. A reply that is not ready within its time budget, or is longer than
 * its length budget, is replaced by the template. Source: issue 5 §3 (chat ~8 s, voice ~1.5 s; voice ≤ 2
 * short sentences); the voice budget keeps a mid-run call from feeling dead.
 */
import type { Channel } from '../persona.js';

export interface Budget {
  /** Wall-clock limit for the whole LLM call, retries included, ms. */
  readonly timeMs: number;
  /** Longest accepted text, characters. */
  readonly maxChars: number;
  /** Most sentences accepted (voice), when limited. */
  readonly maxSentences?: number;
}

export const DEFAULT_BUDGETS: Readonly<Record<Channel, Budget>> = Object.freeze({
  chat: { timeMs: 8000, maxChars: 1500 },
  telegram: { timeMs: 8000, maxChars: 1500 },
  terminal: { timeMs: 8000, maxChars: 1500 },
  voice: { timeMs: 1500, maxChars: 240, maxSentences: 2 },
});

/**
 * A budget long enough for one retry: the openai SDK waits ~0.5–1 s before its first retry (exponential
 * backoff from 0.5 s), so a retry only fits when the budget leaves room for a second full attempt.
 */
export const RETRY_MIN_BUDGET_MS = 4000;

/**
 * SDK retries that fit a budget: one when the budget allows a second attempt, none otherwise (the SDK
 * default of 2 retries and a 10-minute timeout would blow any channel budget).
 *
 * @example
 * retriesFor(8000); // 1
 * retriesFor(1500); // 0
 */
export function retriesFor(timeMs: number): number {
  return timeMs >= RETRY_MIN_BUDGET_MS ? 1 : 0;
}

/**
 * The budgets with overrides applied per channel.
 *
 * @example
 * budgetsWith({ voice: { timeMs: 800 } }).voice; // { timeMs: 800, maxChars: 240, maxSentences: 2 }
 */
export function budgetsWith(
  overrides: Partial<Record<Channel, Partial<Budget>>> | undefined,
): Record<Channel, Budget> {
  const out = { ...DEFAULT_BUDGETS } as Record<Channel, Budget>;
  for (const [k, v] of Object.entries(overrides ?? {}) as [Channel, Partial<Budget>][])
    out[k] = { ...out[k], ...v };
  return out;
}
