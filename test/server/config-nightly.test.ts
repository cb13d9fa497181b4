import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config.js';

describe('the nightly adaptation settings', () => {
  it('are on by default, from 03:00 local, every five minutes', () => {
    const result = parseConfig({});
    expect(result.ok && result.config.nightly).toEqual({ fromHour: 3, intervalMs: 300_000 });
  });

  it('read the hour and the interval, and turn off', () => {
    const tuned = parseConfig({ NIGHTLY_ADAPTATION_HOUR: '5', NIGHTLY_INTERVAL_SECONDS: '60' });
    expect(tuned.ok && tuned.config.nightly).toEqual({ fromHour: 5, intervalMs: 60_000 });
    for (const off of ['off', 'false', '0']) {
      const result = parseConfig({ NIGHTLY_ADAPTATION: off });
      expect(result.ok && result.config.nightly).toBeUndefined();
    }
    expect(parseConfig({ NIGHTLY_ADAPTATION: '' })).toMatchObject({ ok: true, config: { nightly: {} } });
  });

  it.each([
    [{ NIGHTLY_ADAPTATION: 'maybe' }, /^NIGHTLY_ADAPTATION: expected on or off \(got "maybe"\)$/],
    [{ NIGHTLY_ADAPTATION_HOUR: '24' }, /^NIGHTLY_ADAPTATION_HOUR: expected 0–23/],
    [{ NIGHTLY_ADAPTATION_HOUR: '3am' }, /^NIGHTLY_ADAPTATION_HOUR: expected a whole number/],
    [{ NIGHTLY_INTERVAL_SECONDS: '1' }, /^NIGHTLY_INTERVAL_SECONDS: expected 10–86400/],
  ])('refuse %o with one line naming the variable', (env, message) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
