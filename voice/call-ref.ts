/**
 * A log-safe reference to a call or caller: a keyed hash (HMAC-SHA256 under the auth token, 12 hex digits),
 * so logs can follow one call across webhooks without holding its CallSid or phone number. A plain hash
 * of a phone number could be reversed by trying every number; a keyed one cannot without the token.
 */
import { createHmac } from 'node:crypto';

/** @example callRef(token, 'CA0123…') // → '3f9a0c21b7de' */
export function callRef(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex').slice(0, 12);
}
