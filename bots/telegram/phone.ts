/** Telegram's contact phone numbers to E.164. */
import { isE164 } from '../../coach/channel.js';

/**
 * The E.164 form of a phone number as Telegram shares it (digits, often without the plus); undefined
 * when it cannot be one.
 *
 * @example toE164('4915112345678')   // '+4915112345678'
 * @example toE164('+44 (20) 7946-0958') // '+442079460958'
 */
export function toE164(raw: string): string | undefined {
  const compact = raw.replace(/[\s().-]/g, '');
  const plus = compact.startsWith('00')
    ? `+${compact.slice(2)}`
    : compact.startsWith('+')
      ? compact
      : `+${compact}`;
  return isE164(plus) ? plus : undefined;
}
