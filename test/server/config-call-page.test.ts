/** The browser call page's settings: all four Twilio values or none, PUBLIC_BASE_URL with them, one-line errors. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config.js';

const FOUR = {
  TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
  TWILIO_API_KEY: `SK${'b'.repeat(32)}`,
  TWILIO_API_SECRET: 'an-api-key-secret-of-32-chars-xx',
  TWILIO_TWIML_APP_SID: `AP${'c'.repeat(32)}`,
};
const BASE = 'https://coach.example.org/';

describe('parseConfig: the browser call page', () => {
  it('none of the four: no call page', () => {
    const result = parseConfig({ PUBLIC_BASE_URL: BASE });
    expect(result.ok && result.config.callPage).toBeUndefined();
    const empty = parseConfig({ TWILIO_ACCOUNT_SID: '', TWILIO_API_KEY: ' ' });
    expect(empty.ok && empty.config.callPage).toBeUndefined();
  });

  it('all four with PUBLIC_BASE_URL: the page, its links on the public address', () => {
    const result = parseConfig({ ...FOUR, PUBLIC_BASE_URL: BASE });
    expect(result.ok && result.config.callPage).toEqual({
      accountSid: FOUR.TWILIO_ACCOUNT_SID,
      apiKey: FOUR.TWILIO_API_KEY,
      apiSecret: FOUR.TWILIO_API_SECRET,
      twimlAppSid: FOUR.TWILIO_TWIML_APP_SID,
      publicBaseUrl: 'https://coach.example.org',
    });
  });

  it.each([
    [
      { ...FOUR, TWILIO_TWIML_APP_SID: undefined },
      /^TWILIO_TWIML_APP_SID: required with TWILIO_ACCOUNT_SID, TWILIO_API_KEY, TWILIO_API_SECRET/,
    ],
    [{ TWILIO_API_KEY: FOUR.TWILIO_API_KEY }, /^TWILIO_ACCOUNT_SID: required with TWILIO_API_KEY \(/],
    [FOUR, /^PUBLIC_BASE_URL: required for the browser call page/],
    [
      { ...FOUR, TWILIO_ACCOUNT_SID: 'AC123' },
      /^TWILIO_ACCOUNT_SID: expected an Account SID \(AC and 32 hex characters\) \(got "AC123"\)$/,
    ],
    [{ ...FOUR, TWILIO_API_KEY: `AC${'b'.repeat(32)}` }, /^TWILIO_API_KEY: expected an API key SID/],
    [{ ...FOUR, TWILIO_TWIML_APP_SID: 'PN1' }, /^TWILIO_TWIML_APP_SID: expected a TwiML App SID/],
    [{ ...FOUR, TWILIO_API_SECRET: 'short' }, /^TWILIO_API_SECRET: expected at least 16 characters/],
  ])('%o is refused with one line naming the variable', (env, message) => {
    const result = parseConfig({
      PUBLIC_BASE_URL: BASE,
      ...env,
      ...(env === FOUR ? { PUBLIC_BASE_URL: undefined } : {}),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.message).not.toContain('\n');
  });

  it('never echoes the API secret', () => {
    const result = parseConfig({ ...FOUR, TWILIO_API_SECRET: 'hunter2', PUBLIC_BASE_URL: BASE });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });
});
