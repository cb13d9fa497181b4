/**
 * What the outbox sender does after one attempt to send a message: the transport's outcome and the
 * attempt count in, the next step out (sent, retry after a delay, give up, or stop the destination).
 *
 * - 429: wait exactly the `retry_after` seconds the Bot API asks for (Telegram Bot API, "Responses":
 *   `parameters.retry_after`); without it, back off as below.
 * - 5xx and network errors: exponential backoff with "equal jitter" (AWS Architecture Blog, "Exponential
 *   Backoff And Jitter", 2015): half of `min(cap, base × 2^(attempt−1))` fixed, the other half scaled by a
 *   fraction derived from the row's key and the attempt (FNV-1a), so retries of many rows spread out yet
 *   the same row and attempt always wait the same (no randomness here).
 * - 403 (the runner blocked the bot, or their account is gone): stop sending to that destination.
 * - 400 and other 4xx: the request itself is wrong; sending it again cannot help: dead.
 * - After `MAX_DELIVERY_ATTEMPTS` attempts any retryable failure is dead too (about 2.5 hours of outage).
 */

/** What one attempt to send came to, as the transport reports it (a plain value, no exception). */
export type TransportOutcome =
  | { readonly kind: 'ok' }
  /** HTTP 429; `retryAfterSeconds` from the response when given. */
  | { readonly kind: 'rate-limited'; readonly retryAfterSeconds?: number }
  /** HTTP 5xx. */
  | { readonly kind: 'server-error'; readonly status: number }
  /** No HTTP answer: refused, reset, timed out, DNS. */
  | { readonly kind: 'network-error' }
  /** HTTP 403: the bot was blocked, or the account deactivated. */
  | { readonly kind: 'blocked' }
  /** HTTP 400 or another 4xx the message cannot recover from. */
  | { readonly kind: 'bad-request'; readonly status: number };

export type DeliveryStep =
  | { readonly step: 'sent' }
  /** Try again `delayMs` milliseconds from now; `error` is the failure's stable code. */
  | { readonly step: 'retry'; readonly delayMs: number; readonly error: string }
  | { readonly step: 'dead'; readonly error: string }
  /** The destination refuses us: mark it inactive and drop what is queued for it. */
  | { readonly step: 'stop-destination'; readonly error: string };

/** First backoff ceiling, ms (the Bot API's own flood waits are seconds). */
export const BACKOFF_BASE_MS = 1000;
/** Longest backoff, ms: 10 minutes, so a recovered API is used within minutes. */
export const BACKOFF_CAP_MS = 10 * 60_000;
/**
 * Attempts before a retryable failure is given up, count: 1 + 2 + … + 512 s (≈ 17 min) then 14 × at most
 * 10 min ≈ 2.5 hours of outage before a reply is dropped.
 */
export const MAX_DELIVERY_ATTEMPTS = 24;

/** A fraction in [0, 1) from `key` and `attempt` (FNV-1a, 32 bits): deterministic jitter. */
function jitterFraction(key: string, attempt: number): number {
  let hash = 0x811c9dc5;
  const input = `${key}:${attempt}`;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 2 ** 32;
}

/**
 * Delay before attempt `attempt + 1`, ms: between half and all of `min(BACKOFF_CAP_MS, BACKOFF_BASE_MS ×
 * 2^(attempt−1))`, where in that range fixed by `key` (the row id) and the attempt.
 */
export function backoffMs(attempt: number, key: string): number {
  const exponent = Math.max(0, attempt - 1);
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(exponent, 30));
  const half = ceiling / 2;
  return Math.floor(half + half * jitterFraction(key, attempt));
}

/** The stable code of a failed outcome. */
function errorCode(outcome: Exclude<TransportOutcome, { kind: 'ok' }>): string {
  switch (outcome.kind) {
    case 'rate-limited':
      return 'HTTP_429';
    case 'server-error':
    case 'bad-request':
      return `HTTP_${outcome.status}`;
    case 'network-error':
      return 'NETWORK';
    case 'blocked':
      return 'HTTP_403';
  }
}

/**
 * The next step after attempt number `attempts` (1 for the first) of the row `key` came to `outcome`.
 *
 * @example
 * nextDeliveryStep({ attempts: 1, outcome: { kind: 'rate-limited', retryAfterSeconds: 2 }, key: id });
 * // { step: 'retry', delayMs: 2000, error: 'HTTP_429' }
 */
export function nextDeliveryStep(input: {
  readonly attempts: number;
  readonly outcome: TransportOutcome;
  readonly key: string;
}): DeliveryStep {
  const { attempts, outcome, key } = input;
  if (outcome.kind === 'ok') return { step: 'sent' };
  const error = errorCode(outcome);
  if (outcome.kind === 'blocked') return { step: 'stop-destination', error };
  if (outcome.kind === 'bad-request') return { step: 'dead', error };
  if (attempts >= MAX_DELIVERY_ATTEMPTS) return { step: 'dead', error };
  const retryAfter = outcome.kind === 'rate-limited' ? outcome.retryAfterSeconds : undefined;
  const delayMs =
    retryAfter !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0
      ? Math.ceil(retryAfter * 1000)
      : backoffMs(attempts, key);
  return { step: 'retry', delayMs, error };
}
