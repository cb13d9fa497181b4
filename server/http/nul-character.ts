/**
 * True when any string in a parsed JSON body (keys included) holds a NUL character. PostgreSQL text cannot
 * store one, so such input is refused up front with a 400 instead of failing inside the database.
 */
export function hasNulCharacter(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  // A binary body (an activity file) is bytes, not text: NUL bytes are data there.
  if (value instanceof Uint8Array) return false;
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some((v) => hasNulCharacter(v, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNulCharacter(v, depth + 1));
  }
  return false;
}
