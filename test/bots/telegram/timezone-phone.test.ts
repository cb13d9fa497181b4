import { describe, expect, it } from 'vitest';
import { toE164 } from '../../../bots/telegram/phone.js';
import { isIanaZone, zoneFromLongitude } from '../../../bots/telegram/timezone.js';

describe('timezones and phone numbers from Telegram', () => {
  it('accepts IANA zones the runtime knows, nothing else', () => {
    for (const z of ['Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT-1'])
      expect(isIanaZone(z), z).toBe(true);
    for (const z of ['Berlin', 'Europe/Nowhere', 'ran 5k', 'utc', '']) expect(isIanaZone(z), z).toBe(false);
  });

  it('a location gives its whole-hour Etc zone', () => {
    expect(zoneFromLongitude(13.4)).toBe('Etc/GMT-1');
    expect(zoneFromLongitude(-74)).toBe('Etc/GMT+5');
    expect(zoneFromLongitude(2)).toBe('UTC');
    expect(zoneFromLongitude(179)).toBe('Etc/GMT-12');
    for (const lon of [-180, -90, 0, 45, 180]) expect(isIanaZone(zoneFromLongitude(lon))).toBe(true);
  });

  it('normalises shared numbers to E.164', () => {
    expect(toE164('4915112345678')).toBe('+4915112345678');
    expect(toE164('+44 (20) 7946-0958')).toBe('+442079460958');
    expect(toE164('0049 151 12345678')).toBe('+4915112345678');
    expect(toE164('12')).toBeUndefined();
    expect(toE164('+0123456789')).toBeUndefined();
  });
});
