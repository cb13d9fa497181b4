/** Phone numbers as runloop stores them: E.164, a plus, a country code and up to 15 digits in all. */

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * True for an E.164 number.
 *
 * @example isE164('+4915112345678') // true
 * @example isE164('0151 1234567') // false
 */
export function isE164(value: string): boolean {
  return E164.test(value);
}
