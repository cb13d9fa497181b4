import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../server/config.js';

const TOKEN = '123456:AAbbCCddEEffGGhhIIjjKKllMMnn';
const SECRET = 'a-webhook-secret-of-length';

describe('parseConfig: Telegram', () => {
  it('no token, no bot', () => {
    const result = parseConfig({});
    expect(result.ok && result.config.telegram).toBeUndefined();
  });

  it('a token alone: long polling against the official API root', () => {
    const result = parseConfig({ TELEGRAM_BOT_TOKEN: TOKEN });
    expect(result.ok && result.config.telegram).toEqual({
      token: TOKEN,
      apiRoot: 'https://api.telegram.org',
      mode: { kind: 'polling' },
    });
  });

  it('PUBLIC_BASE_URL and a secret: webhook mode at /telegram/webhook; the API root is configurable', () => {
    const result = parseConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9999/',
      PUBLIC_BASE_URL: 'https://coach.example.org/',
      TELEGRAM_WEBHOOK_SECRET: SECRET,
    });
    expect(result.ok && result.config.telegram).toEqual({
      token: TOKEN,
      apiRoot: 'http://127.0.0.1:9999',
      mode: { kind: 'webhook', url: 'https://coach.example.org/telegram/webhook', secretToken: SECRET },
    });
    expect(result.ok && result.config.publicBaseUrl).toBe('https://coach.example.org');
  });

  it.each([
    [{ TELEGRAM_BOT_TOKEN: 'not-a-token' }, /^TELEGRAM_BOT_TOKEN: expected a token from BotFather/],
    [
      { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: 'ftp://x' },
      /^TELEGRAM_API_ROOT: expected an http\(s\) URL/,
    ],
    [
      { TELEGRAM_BOT_TOKEN: TOKEN, PUBLIC_BASE_URL: 'https://coach.example.org' },
      /^TELEGRAM_WEBHOOK_SECRET: required when PUBLIC_BASE_URL is set/,
    ],
    [
      {
        TELEGRAM_BOT_TOKEN: TOKEN,
        PUBLIC_BASE_URL: 'https://c.example.org',
        TELEGRAM_WEBHOOK_SECRET: 'short',
      },
      /^TELEGRAM_WEBHOOK_SECRET: expected at least 16 characters$/,
    ],
    [
      {
        TELEGRAM_BOT_TOKEN: TOKEN,
        PUBLIC_BASE_URL: 'https://c.example.org',
        TELEGRAM_WEBHOOK_SECRET: 'has spaces in it, sixteen+',
      },
      /^TELEGRAM_WEBHOOK_SECRET: expected only letters/,
    ],
    [{ TELEGRAM_WEBHOOK_SECRET: SECRET }, /^TELEGRAM_WEBHOOK_SECRET: set TELEGRAM_BOT_TOKEN too/],
    [{ PUBLIC_BASE_URL: 'coach.example.org' }, /^PUBLIC_BASE_URL: expected an http\(s\) URL/],
  ])('refuses %o with one line', (env, message) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).not.toContain('\n');
    }
  });

  it('never echoes the token or the secret', () => {
    const bad = parseConfig({ TELEGRAM_BOT_TOKEN: '123:has spaces hunter2' });
    const short = parseConfig({
      TELEGRAM_BOT_TOKEN: TOKEN,
      PUBLIC_BASE_URL: 'https://c.example.org',
      TELEGRAM_WEBHOOK_SECRET: 'hunter3',
    });
    expect(JSON.stringify([bad, short])).not.toMatch(/hunter2|hunter3/);
  });
});
