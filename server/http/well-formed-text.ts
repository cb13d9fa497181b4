/**
 * Lone UTF-16 surrogates (`"\ud800"`, valid in JSON, not in Unicode) cannot be stored by PostgreSQL (text
 * and jsonb refuse them). A parsed body is made well formed instead of being refused: Telegram re-sends an
 * update it could not deliver, and a runner's message is worth reading with one odd character replaced.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `value` with every lone surrogate in its strings and keys replaced by U+FFFD (a new value only where
 * something changed).
 *
 * @example
 * wellFormed({ text: 'ran 5k \ud800' }) // → { text: 'ran 5k \ufffd' }
 */
export function wellFormed<T>(value: T, depth = 0): T {
  if (depth > 64) return value;
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => wellFormed(v, depth + 1)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [wellFormed(k), wellFormed(v, depth + 1)]),
    ) as T;
  }
  return value;
}
